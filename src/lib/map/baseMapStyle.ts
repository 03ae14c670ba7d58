/**
 * What MapView changes in MapLibre's base map after it is made: the borders of the level shown, the
 * theme's colours, and MapLibre's sky left out of its frames.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { PlaceLevel } from '../domain/areas';
import type { Theme } from '../state/theme';
import { baseColourPaints, COUNTY_BORDER_OPACITY, COUNTY_LAYER_BEFORE_ID, PREFECTURE_BORDERS_ID } from '../cartography/baseStyle';

/**
 * MapLibre draws a sky over the whole canvas at the start of every frame, for pitched and globe
 * views. This map is never pitched (no pitch or rotation gestures, pitch 0) and its opaque sea
 * background covers the whole canvas, so the sky is never seen: it is only work in every frame (its
 * uniforms on the main thread, and a full-screen fill that SwiftShader rasterises on the same CPU).
 */
export function leaveOutSky(map: MapLibreMap): void {
  // The painter's draw functions are MapLibre's internals (as in 6.17): the sky's is replaced only
  // when found there, so a release that moved them keeps drawing everything, sky included.
  const drawFunctions = map.painter?.drawFunctions;
  if (typeof drawFunctions?.sky === 'function') map.painter.drawFunctions = { ...drawFunctions, sky: () => {} };
}

/** The base style's level and theme as shown; each is applied once it differs (and the style has loaded). */
export class BaseMapStyle {
  readonly #map: MapLibreMap;
  /** The level whose borders the base style shows. */
  #level: PlaceLevel = 'county';
  /** The theme the base style is coloured in (buildBaseStyle's default). */
  #theme: Theme = 'light';

  constructor(map: MapLibreMap) {
    this.#map = map;
  }

  /**
   * At the prefecture level the prefecture borders show; above the county level the county borders
   * fade, since all counties of an area share its colour and the area is the place being read.
   */
  showBordersOf(level: PlaceLevel): void {
    if (level === this.#level) return;
    this.#level = level;
    this.#map.setLayoutProperty(PREFECTURE_BORDERS_ID, 'visibility', level === 'prefecture' ? 'visible' : 'none');
    this.#map.setPaintProperty(
      COUNTY_LAYER_BEFORE_ID,
      'line-opacity',
      level === 'county' ? COUNTY_BORDER_OPACITY.countyLevel : COUNTY_BORDER_OPACITY.areaLevel,
    );
  }

  /** Restyles the base map in the theme's colours (the overlay's follow the model in MapView). */
  showTheme(theme: Theme): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    for (const { layerId, property, value } of baseColourPaints(theme)) this.#map.setPaintProperty(layerId, property, value);
  }
}
