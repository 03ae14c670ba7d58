/** What the view hands the map to draw; MapView.update(model) draws exactly this. */
import type { PlaceLevel } from '../domain/areas';
import type { SpreadCentre } from '../domain/atlas';
import type { LayerId } from '../domain/layers';
import type { Theme } from '../state/theme';

export type RGBA = [number, number, number, number];

export interface MapDrawModel {
  /** The layer whose colours are drawn. */
  layer: LayerId;
  /** The category of the metrics coloured ('all' for every category). */
  category: string;
  /** The year the colours show; the map writes it to data-year once drawn. */
  year: number;
  /** The places coloured: counties, or prefectures/provinces (each county in its area's colour, their borders shown). */
  level: PlaceLevel;
  /** While two years are compared: the first year (the colours show the change since then); null otherwise. */
  compareFrom: number | null;
  /**
   * The fill of every county for the fields above: RGBA bytes, four per county in county-table
   * order. A new array exactly when the colouring changes, the same one otherwise, so the map
   * compares identities to know whether to upload it.
   */
  countyColours: Uint8Array;
  /** Code of the selected place of that level (6-digit county, 4-digit prefecture, 2-digit province), outlined; null for none. */
  selectedCode: string | null;
  lang: 'zh' | 'en';
  /** The yearly sales-weighted centres of 百亿 belts on the spread layer (all years; the map draws those up to `year`), else null. */
  spreadCentres: readonly SpreadCentre[] | null;
  /** Colour transition length in ms; 0 under prefers-reduced-motion. */
  transitionMs: number;
  /** The theme of the base map and of what is drawn over it (the county colours are already in it). */
  theme: Theme;
}

export interface MapHover {
  countyIndex: number;
  /** Pointer position in CSS pixels relative to the map container. */
  x: number;
  y: number;
}
