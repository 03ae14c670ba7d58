/**
 * Whether the browser knows WebGL2 at all (deck.gl in interleaved mode shares MapLibre's context
 * and needs it). A cheap test, read at start-up so that a browser without it gets the table at once.
 * It does not create a context: a throw-away one cost the load a few hundred milliseconds (the
 * first GPU channel set up on the main thread). Whether a context can actually be created is
 * learnt when the map creates its own (createMapView reports 'webgl-unavailable').
 */
export function isWebGL2Supported(): boolean {
  return typeof WebGL2RenderingContext === 'function';
}
