/**
 * What the map marks besides the colours: the place under the pointer and the selected place.
 * At the county level the hovered county is lit; at the prefecture and province levels the area
 * holding it is outlined instead, since there the county would mark only a part of the place the
 * tooltip describes. Plain state: MapView redraws when a change says so.
 */
import type { Feature, Geometry } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { PlaceFeatures } from './placeFeatures';

type Outline = { code: string | null; features: Feature<Geometry, object>[] };

const NONE: Outline = { code: null, features: [] };

export class PlaceHighlight {
  readonly #places: PlaceFeatures;
  #level: PlaceLevel = 'county';
  /** The county under the pointer, at any level (null off the counties). */
  #hoveredCountyIndex: number | null = null;
  #hoveredArea: Outline = NONE;
  #selected: Outline = NONE;
  /** The outline layers join the map when first needed and then stay (see MapLayersInput). */
  #hasHoveredAreaLayer = false;
  #hasSelectionLayer = false;

  constructor(places: PlaceFeatures) {
    this.#places = places;
  }

  get hoveredCountyIndex(): number | null {
    return this.#hoveredCountyIndex;
  }

  /** Follows the level and selection drawn. */
  show(level: PlaceLevel, selectedCode: string | null): void {
    this.#level = level;
    if (level === 'county') this.#hoveredArea = NONE;
    if (this.#selected.code !== selectedCode) {
      const feature = selectedCode === null ? undefined : this.#places.featureOf(selectedCode);
      this.#selected = { code: selectedCode, features: feature ? [feature] : [] };
      this.#hasSelectionLayer ||= selectedCode !== null;
    }
  }

  /** Marks the county under the pointer (or none); true when what is drawn changes. */
  hover(countyIndex: number | null): boolean {
    const level = this.#level;
    const hasLitCountyChanged = level === 'county' && countyIndex !== this.#hoveredCountyIndex;
    this.#hoveredCountyIndex = countyIndex;
    const code = countyIndex === null || level === 'county' ? null : this.#places.areaCodeOf(level, countyIndex);
    const hasAreaChanged = code !== this.#hoveredArea.code;
    if (hasAreaChanged) {
      const feature = code === null ? undefined : this.#places.featureOf(code);
      this.#hoveredArea = { code, features: feature ? [feature] : [] };
      this.#hasHoveredAreaLayer ||= code !== null;
    }
    return hasAreaChanged || hasLitCountyChanged;
  }

  /** The marks as the layers take them (see MapLayersInput). */
  marks() {
    return {
      litCountyIndex: this.#level === 'county' ? this.#hoveredCountyIndex : null,
      hoveredArea: this.#hasHoveredAreaLayer ? this.#hoveredArea.features : null,
      selectedPlace: this.#hasSelectionLayer ? this.#selected.features : null,
    };
  }
}
