/** The features of the places the map can outline or fly to, looked up by code, and their bounds. */
import type { Feature, Geometry } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { Atlas } from '../domain/atlas';
import { geometryBounds, type Bounds } from '../cartography/camera';

export class PlaceFeatures {
  readonly #counties: Atlas['geometry']['counties'];
  readonly #countyIndexByCode: Atlas['countyIndexByCode'];
  /** Prefecture and province features by code. */
  readonly #areas: Map<string, Feature<Geometry, object>>;
  /** Prefecture and province code of each county, by county index. */
  readonly #areaCodesOfCounty: Record<Exclude<PlaceLevel, 'county'>, string[]>;
  readonly #boundsByCode = new Map<string, Bounds | null>();

  constructor(atlas: Pick<Atlas, 'geometry' | 'counties' | 'countyIndexByCode'>) {
    this.#counties = atlas.geometry.counties;
    this.#countyIndexByCode = atlas.countyIndexByCode;
    this.#areas = new Map(
      [...atlas.geometry.prefectures.features, ...atlas.geometry.provinces.features].map((f) => [f.properties.code, f]),
    );
    this.#areaCodesOfCounty = { prefecture: atlas.counties.prefectures, province: atlas.counties.provinces };
  }

  /** A county (6-digit code), prefecture (4) or province (2). */
  featureOf(code: string): Feature<Geometry, object> | undefined {
    const index = this.#countyIndexByCode.get(code);
    return index === undefined ? this.#areas.get(code) : this.#counties.features[index];
  }

  /** Code of the prefecture or province holding a county. */
  areaCodeOf(level: Exclude<PlaceLevel, 'county'>, countyIndex: number): string | null {
    return this.#areaCodesOfCounty[level][countyIndex] ?? null;
  }

  boundsOf(code: string): Bounds | null {
    if (!this.#boundsByCode.has(code)) this.#boundsByCode.set(code, geometryBounds(this.featureOf(code)?.geometry ?? null));
    return this.#boundsByCode.get(code) ?? null;
  }
}
