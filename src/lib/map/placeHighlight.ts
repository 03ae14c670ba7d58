/**
 * What the map marks besides the colours: the place under the pointer and the selected place.
 * At the county level the hovered county is lit; at the prefecture and province levels the area
 * holding it is outlined instead, since there the county would mark only a part of the place the
 * tooltip describes. Plain state: MapView redraws when a change says so. A place's feature is
 * found when the marks are first asked for, not as the pointer moves: the 2D picture outlines an
 * area by its code (litCountyIndex, hoveredAreaCode) and never needs the prefectures' and
 * provinces' GeoJSON, which the geometry decodes on first use.
 */
import type { Feature, Geometry } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import type { PlaceFeatures } from './placeFeatures';

/** A place outlined, by code; its feature is looked up once, when the marks first ask for it. */
type Outline = { code: string | null; features: Feature<Geometry, object>[] | null };

const none = (): Outline => ({ code: null, features: [] });

export class PlaceHighlight {
  readonly #places: PlaceFeatures;
  #level: PlaceLevel = 'county';
  /** The county under the pointer, at any level (null off the counties). */
  #hoveredCountyIndex: number | null = null;
  #hoveredArea: Outline = none();
  #selected: Outline = none();
  /** The outline layers join the map when first needed and then stay (see MapLayersInput). */
  #hasHoveredAreaLayer = false;
  #hasSelectionLayer = false;

  constructor(places: PlaceFeatures) {
    this.#places = places;
  }

  get hoveredCountyIndex(): number | null {
    return this.#hoveredCountyIndex;
  }

  /** The county lit under the pointer: at the county level only. */
  get litCountyIndex(): number | null {
    return this.#level === 'county' ? this.#hoveredCountyIndex : null;
  }

  /** The code of the prefecture or province outlined under the pointer, or null. */
  get hoveredAreaCode(): string | null {
    return this.#hoveredArea.code;
  }

  /** Follows the level and selection drawn. */
  show(level: PlaceLevel, selectedCode: string | null): void {
    this.#level = level;
    if (level === 'county') this.#hoveredArea = none();
    if (this.#selected.code !== selectedCode) {
      this.#selected = { code: selectedCode, features: null };
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
      this.#hoveredArea = { code, features: null };
      this.#hasHoveredAreaLayer ||= code !== null;
    }
    return hasAreaChanged || hasLitCountyChanged;
  }

  /** The marks as the layers take them (see MapLayersInput). */
  marks() {
    return {
      litCountyIndex: this.litCountyIndex,
      hoveredArea: this.#hasHoveredAreaLayer ? this.#featuresOf(this.#hoveredArea) : null,
      selectedPlace: this.#hasSelectionLayer ? this.#featuresOf(this.#selected) : null,
    };
  }

  /** The outline's feature as a list (the same list each time, so the layer's data stays the same). */
  #featuresOf(outline: Outline): Feature<Geometry, object>[] {
    if (!outline.features) {
      const feature = outline.code === null ? undefined : this.#places.featureOf(outline.code);
      outline.features = feature ? [feature] : [];
    }
    return outline.features;
  }
}
