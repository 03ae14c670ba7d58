/**
 * What the map container tells tests, benchmarks and embeds through its data attributes (written
 * by MapView and by the 2D map, src/lib/screenMap):
 * - data-first-paint="done": the complete opening choropleth is on screen, drawn on a 2D canvas
 *   (counties, borders, the 南海诸岛 inset), before the interactive map has loaded;
 * - data-state: "loading" until the interactive map has drawn its first complete frame, then
 *   "ready" (hover and click answer from then on); "error" after a map or WebGL failure; "static"
 *   where the 2D map is the map (no WebGL, or its context was lost);
 * - data-year and data-colour-key: set in the first frame drawn with new colours, their year and
 *   what they show (colouringKey).
 */
import type { MapDrawModel } from '../view/drawModel';

/** What data-colour-key says of the colours drawn: "layer|category|year|level", with "|fromYYYY" while two years are compared. */
export function colouringKey({ layer, category, year, level, compareFrom }: MapDrawModel): string {
  return `${layer}|${category}|${year}|${level}${compareFrom === null ? '' : `|from${compareFrom}`}`;
}
