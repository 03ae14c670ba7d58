/**
 * The page's layouts in numbers (layout.css draws them): on a desktop the controls (left), the
 * place panel (right) and the timeline (bottom) lie over the map; in the compact layout (phone,
 * short landscape window, 200 % zoom) and in an embed they sit above and below it instead.
 */
import type { MapViewOptions } from '../lib/map/MapView';
import { INSET_BOX, insetSize } from '../lib/screenMap/canvasInset';

/** The compact layout; the same query as the @media rules in layout.css. */
export const COMPACT_LAYOUT_QUERY = '(max-width: 760px), (max-height: 480px)';

/** The band along the left edge that the controls take on a desktop, and the map keeps China out of. */
export const DESKTOP_CONTROLS_BAND_PX = 330;
/** The first view keeps China clear of the controls and the timeline. */
const DESKTOP_FIT_PADDING: MapViewOptions['fitPadding'] = { left: DESKTOP_CONTROLS_BAND_PX, bottom: 110 };
/** A place flown to keeps clear of the controls and of its panel. */
const DESKTOP_PLACE_PADDING: MapViewOptions['placePadding'] = { left: DESKTOP_CONTROLS_BAND_PX, right: 340 };

export interface MapPaddings {
  fitPadding: MapViewOptions['fitPadding'];
  placePadding: MapViewOptions['placePadding'];
}

/**
 * Pixels the map keeps free: where the controls and panels lie over it; without them (the compact
 * layout, an embed) the 南海诸岛 inset's corner in the first view (firstViewPadding), whose size
 * follows the window's width.
 */
export function mapPaddings(isOverlaid: boolean, windowWidth: number): MapPaddings {
  if (isOverlaid) return { fitPadding: DESKTOP_FIT_PADDING, placePadding: DESKTOP_PLACE_PADDING };
  // The inset with its margin: Taiwan sat under it at 375 px.
  const inset = insetSize(windowWidth);
  return { fitPadding: { insetCorner: { width: Math.ceil(inset.width + INSET_BOX.marginPx), height: Math.ceil(inset.height + INSET_BOX.marginPx) } }, placePadding: {} };
}
