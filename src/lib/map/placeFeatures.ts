/** The features of the places the map can outline or fly to, looked up by code, and their bounds. */
import type { Feature, Geometry } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { Atlas } from '../domain/atlas';
import { geometryBounds, type Bounds } from '../cartography/camera';

export class PlaceFeatures {
  /** Read when a place is asked for: the geometry decodes each layer's GeoJSON on first use (data/decode.ts). */
  readonly #geometry: Pick<Atlas['geometry'], 'counties' | 'prefectures' | 'provinces'>;
  readonly #countyIndexByCode: Atlas['countyIndexByCode'];
  /** Prefecture and province features by code; made at the first area asked for. */
  #areasByCode: Map<string, Feature<Geometry, object>> | null = null;
  /** Prefecture and province code of each county, by county index. */
  readonly #areaCodesOfCounty: Record<Exclude<PlaceLevel, 'county'>, string[]>;
  readonly #boundsByCode = new Map<string, Bounds | null>();

  constructor(atlas: Pick<Atlas, 'geometry' | 'counties' | 'countyIndexByCode'>) {
    this.#geometry = atlas.geometry;
    this.#countyIndexByCode = atlas.countyIndexByCode;
    this.#areaCodesOfCounty = { prefecture: atlas.counties.prefectures, province: atlas.counties.provinces };
  }

  get #areas(): Map<string, Feature<Geometry, object>> {
    this.#areasByCode ??= new Map(
      [...this.#geometry.prefectures.features, ...this.#geometry.provinces.features].map((f) => [f.properties.code, f]),
    );
    return this.#areasByCode;
  }

  /** A county (6-digit code), prefecture (4) or province (2). */
  featureOf(code: string): Feature<Geometry, object> | undefined {
    const index = this.#countyIndexByCode.get(code);
    return index === undefined ? this.#areas.get(code) : this.#geometry.counties.features[index];
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
