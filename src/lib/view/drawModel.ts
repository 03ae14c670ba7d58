/** What the UI hands the map to draw; MapView.update(state) draws exactly this. */
import type { PlaceLevel } from '../domain/areas';

export type RGBA = [number, number, number, number];

export interface MapDrawState {
  /** Changes whenever the colouring changes (layer, year, category, level): drives deck.gl updateTriggers. */
  colourKey: string;
  /** Fill colour of a county, by index in the county table. */
  countyFill: (countyIndex: number) => RGBA;
  /** The places coloured: counties, or prefectures/provinces (each county in its area's colour, their borders shown). */
  level: PlaceLevel;
  /** Code of the selected place of that level (6-digit county, 4-digit prefecture, 2-digit province), outlined; null for none. */
  selectedCode: string | null;
  lang: 'zh' | 'en';
  /** The yearly sales-weighted centre of 百亿 belts up to the shown year (spread layer only), else null. */
  over100YiPath: { year: number; lng: number; lat: number }[] | null;
  /** Colour transition length in ms; 0 under prefers-reduced-motion. */
  transitionMs: number;
  /** The year being drawn; MapView writes it to data-year once drawn. */
  year: number;
}

export interface MapHover {
  countyIndex: number;
  /** Pointer position in CSS pixels relative to the map container. */
  x: number;
  y: number;
}
