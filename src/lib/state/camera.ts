/**
 * The camera as state: where the map looks (in the URL as `view`) and where it should move next.
 * The zoom range lives here because the URL reader rejects a view outside it and the map
 * enforces it; the camera maths that use it are in cartography/camera.ts.
 */

/** A camera position: centre and zoom (north up, no tilt). */
export interface CameraView {
  lng: number;
  lat: number;
  zoom: number;
}

/** Where the map should move next: a camera position, or China fitted to the screen (the first view). */
export type CameraRequest = CameraView | { fit: 'china' };

/** The zooms the map allows; a view outside them is malformed. */
export const MIN_ZOOM = 1.5;
export const MAX_ZOOM = 9;
