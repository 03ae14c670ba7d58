/**
 * The camera of the map: where it starts, the moves the UI asks for (fly to a place, go to a
 * position or back to the whole of China), how far out the reader may zoom, and which moves are
 * reported (those the reader made or asked for, rounded as the address keeps them).
 */
import { LngLat, type Map as MapLibreMap, type MapOptions, type PaddingOptions } from 'maplibre-gl';
import { CHINA_MAIN_BOUNDS, constrainToChina, firstViewPadding, openingCamera, type FirstViewPadding, type Padding } from '../cartography/camera';
import { MAX_ZOOM, MIN_ZOOM, type CameraRequest, type CameraView } from '../state/camera';
import { roundView } from '../state/url';
import type { PlaceFeatures } from './placeFeatures';

export interface CameraOptions {
  /** Space in CSS pixels kept free around China when fitting it (e.g. under the UI's panels, the inset's corner). */
  fitPadding?: FirstViewPadding;
  /** Space kept free when flying to a place, which opens its panel (e.g. controls left, panel right). */
  placePadding?: Partial<Padding>;
  /** Where the camera starts (a permalink's view); without it China is fitted to the screen. */
  initialView?: CameraView | null;
}

/** How far (in zoom levels) the reader may zoom out beyond the first view. */
const ZOOM_OUT_PAST_FIT = 0.5;
/** flyTo stops at a zoom where a county still shows its neighbours. */
const FLY_TO_MAX_ZOOM = 8;
/** A requested camera move (story step, back/forward) takes this long, unless motion is reduced. */
const CAMERA_MOVE_MS = 1200;

function centreAndZoom(view: CameraView): { center: [number, number]; zoom: number } {
  return { center: [view.lng, view.lat], zoom: view.zoom };
}

/** The MapLibre options of the camera: where it starts and the bounds it keeps to. */
export function cameraStartOptions(container: HTMLElement, options: CameraOptions): Partial<MapOptions> {
  return {
    // A link's view is the camera from the start: moved there later, deck.gl would keep picking
    // counties in the first view's projection until the reader moves the map. China's fit is
    // computed here rather than by MapLibre, so that the 2D first paint starts at the same camera.
    ...centreAndZoom(openingCamera(container.clientWidth, container.clientHeight, options.initialView ?? null, options.fitPadding ?? {})),
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    transformConstrain: (lngLat, zoom) => {
      const constrained = constrainToChina(lngLat, zoom);
      return { center: new LngLat(constrained.lng, constrained.lat), zoom: constrained.zoom };
    },
  };
}

export class CameraController {
  readonly #map: MapLibreMap;
  readonly #container: HTMLElement;
  readonly #places: PlaceFeatures;
  readonly #fitPadding: FirstViewPadding;
  readonly #placePadding: Partial<Padding>;
  readonly #onMove: (view: CameraView | null) => void;
  /** The camera is moving back to the first view: its end is reported as null, not as a position. */
  #isFittingChina = false;
  /** The container is being resized: the moves that makes (MapLibre's own, the first view fitted again) are nobody's choice. */
  #isResizing = false;
  /** The camera shows the first view (China fitted), which a resized container fits again. */
  #isAtFirstView: boolean;

  constructor(map: MapLibreMap, container: HTMLElement, places: PlaceFeatures, options: CameraOptions, onMove: (view: CameraView | null) => void) {
    this.#map = map;
    this.#container = container;
    this.#places = places;
    this.#fitPadding = options.fitPadding ?? {};
    this.#placePadding = options.placePadding ?? {};
    this.#isAtFirstView = !options.initialView;
    this.#onMove = onMove;
    this.#limitZoomOut();
    map.on('moveend', this.#handleMoveEnd);
    map.on('resize', this.#handleResize);
  }

  /** Moves the camera to a place: a county (6-digit code), prefecture (4) or province (2). */
  flyTo(code: string): void {
    const bounds = this.#places.boundsOf(code);
    if (!bounds) return;
    this.#isAtFirstView = false;
    // The place fills the part of the screen the panels leave free, with a margin for its neighbours.
    const { top = 0, bottom = 0, left = 0, right = 0 } = this.#placePadding;
    const free = Math.min(this.#container.clientWidth - left - right, this.#container.clientHeight - top - bottom);
    const margin = Math.max(0, Math.round(free * 0.2));
    this.#map.fitBounds(bounds, {
      padding: { top: top + margin, bottom: bottom + margin, left: left + margin, right: right + margin },
      maxZoom: FLY_TO_MAX_ZOOM,
    });
  }

  /** Moves the camera to a position, or back to the whole of China (the first view); `animate` false jumps. */
  moveTo(request: CameraRequest, animate: boolean): void {
    const duration = animate ? CAMERA_MOVE_MS : 0;
    this.#isAtFirstView = 'fit' in request;
    if ('fit' in request) {
      this.#isFittingChina = true;
      this.#map.fitBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit(), duration });
    } else {
      this.#isFittingChina = false;
      this.#map.easeTo({ ...centreAndZoom(request), duration });
    }
  }

  destroy(): void {
    this.#map.off('moveend', this.#handleMoveEnd);
    this.#map.off('resize', this.#handleResize);
  }

  #paddingForFit(): PaddingOptions {
    return firstViewPadding(this.#container.clientWidth, this.#container.clientHeight, this.#fitPadding);
  }

  /**
   * Reports moves the reader made (pointer, wheel, pinch, keys) or asked for, not those a resized
   * container makes on its own, which would write a view into the address that nobody chose. The
   * resize is what is told apart: MapLibre does not pass every gesture's DOM event (a single wheel
   * step ends with none).
   */
  readonly #handleMoveEnd = (): void => {
    if (this.#isResizing) return;
    this.#isAtFirstView = this.#isFittingChina;
    if (this.#isFittingChina) {
      this.#isFittingChina = false;
      this.#onMove(null);
      return;
    }
    const { lng, lat } = this.#map.getCenter();
    this.#onMove(roundView({ lng, lat, zoom: this.#map.getZoom() }));
  };

  /** Zooming out stops a little past the first view, where China still fills most of the screen: further out, the backdrop of neighbours would end in open water. */
  #limitZoomOut(): void {
    const fitZoom = this.#map.cameraForBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit() })?.zoom ?? this.#map.getZoom();
    this.#map.setMinZoom(Math.max(MIN_ZOOM, fitZoom - ZOOM_OUT_PAST_FIT));
  }

  /** A resized map (a rotated phone, an embed's frame narrowed) that still shows the first view fits China again. */
  readonly #handleResize = (): void => {
    // MapLibre ends a resize with its moveend after this event, in the same task; so do the moves below.
    this.#isResizing = true;
    queueMicrotask(() => (this.#isResizing = false));
    this.#limitZoomOut();
    if (this.#isAtFirstView && !this.#map.isMoving()) this.#map.fitBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit(), duration: 0 });
  };
}
