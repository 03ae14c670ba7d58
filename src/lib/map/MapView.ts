/**
 * MapView: the entry point of src/lib/map, the only folder that touches MapLibre and deck.gl.
 * It owns the MapLibre map (offline base style), one interleaved MapLibreOverlay with the county
 * choropleth, and the 南海诸岛 inset. The UI hands it a MapDrawState through update(state) and listens to hover, click and
 * error; it never reaches into the map.
 *
 * Ready signal (for tests and benchmarks): the container carries data-state="loading" until the
 * first complete frame of the choropleth has been drawn (MapLibre idle, and a deck.gl frame
 * with the county layer loaded), then "ready"; "error" after a map or WebGL failure. data-year
 * is set to state.year, and data-colour-key to state.colourKey, in the first frame drawn with those
 * colours (a layer or category change keeps the year but changes the key).
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { LngLat, Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
import type { PaddingOptions } from 'maplibre-gl';
// MapLibre resolves its worker at run time next to its own URL, which a bundle does not keep;
// imported as a worker URL, Vite emits it as a .js chunk (served as JavaScript by any static
// host, unlike .mjs) and MapLibre is given its address.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
// @deck.gl/maplibre, not @deck.gl/mapbox: the latter reads map.transform, which MapLibre 6 removed.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import type { Atlas } from '../domain/atlas';
import type { MapDrawState, MapHover } from '../view/drawModel';
import type { CameraRequest } from '../state/camera';
import type { Feature, Geometry } from 'geojson';
import type { PlaceLevel } from '../domain/areas';
import { buildBaseStyle, COUNTY_BORDER_OPACITY, COUNTY_LAYER_BEFORE_ID, PREFECTURE_BORDERS_ID } from '../cartography/baseStyle';
import { CHINA_MAIN_BOUNDS, constrainToChina, geometryBounds, type Bounds } from '../cartography/camera';
import { MAX_ZOOM, MIN_ZOOM } from '../state/camera';
import {
  countyLayer,
  LAYER_IDS,
  labelledPathPoints,
  over100YiPathLayers,
  hoveredAreaLayer,
  provinceLabelLayer,
  selectedPlaceLayer,
  type CountyFeature,
} from './layers';
import { labelCharacterSet, labelsToShow, provinceLabels, type ProvinceLabel } from '../cartography/provinceLabels';
import { colourTable, nextColourFrame, type CountyColourFrame } from '../cartography/countyColourFrames';
import { SouthChinaSeaInset } from './SouthChinaSeaInset';
import { roundView } from '../state/url';
import { type CameraView } from '../state/camera';

setWorkerUrl(maplibreWorkerUrl);
// Start MapLibre's workers while the geodata is still downloading, not after: fetching and
// compiling the worker script would otherwise delay the first frame.
prewarm();

export type MapErrorKind = 'webgl-context-lost' | 'map' | 'render';

export interface MapError {
  kind: MapErrorKind;
  message: string;
}

export interface MapViewEvents {
  /** The county under the pointer, or null when the pointer leaves the counties. */
  hover: MapHover | null;
  /** The county clicked or tapped, or null for a click outside the counties. */
  click: MapHover | null;
  /** The camera after it stopped moving (rounded as the URL keeps it), or null when it is back at the first view. */
  move: CameraView | null;
  error: MapError;
  /** The first complete frame is drawn (data-state="ready"). */
  ready: undefined;
}

export interface MapViewOptions {
  /** Space in CSS pixels kept free around China when fitting it (e.g. under the UI's panels). */
  fitPadding?: Partial<PaddingOptions>;
  /** Space kept free when flying to a place, which opens its panel (e.g. controls left, panel right). */
  placePadding?: Partial<PaddingOptions>;
  /** Where the camera starts (a permalink's view); without it China is fitted to the screen. */
  initialView?: CameraView | null;
}

/** How far (in zoom levels) the reader may zoom out beyond the first view. */
const ZOOM_OUT_PAST_FIT = 0.5;
/** flyTo stops at a zoom where a county still shows its neighbours. */
const FLY_TO_MAX_ZOOM = 8;
/** A requested camera move (story step, back/forward) takes this long, unless motion is reduced. */
const CAMERA_MOVE_MS = 1200;

type Listener<T> = (event: T) => void;

function cameraOptions(view: CameraView): { center: [number, number]; zoom: number } {
  return { center: [view.lng, view.lat], zoom: view.zoom };
}

export class MapView {
  readonly #container: HTMLElement;
  readonly #map: MapLibreMap;
  readonly #overlay: MapLibreOverlay;
  readonly #geometry: Atlas['geometry'];
  /** Created just after the first frame: see #createInset. */
  #inset: SouthChinaSeaInset | null = null;
  #insetTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #counties: Atlas['geometry']['counties'];
  readonly #countyIndexByCode: Atlas['countyIndexByCode'];
  /** Prefecture and province features by code, for the selection outline and flying to them. */
  readonly #areaFeatures: Map<string, Feature<Geometry, object>>;
  readonly #boundsByCode = new Map<string, Bounds | null>();
  /** Prefecture and province code of each county, by county index. */
  readonly #areaCodesOfCounty: { prefecture: string[]; province: string[] };
  readonly #labels: ProvinceLabel[];
  readonly #labelCharacters: string[];
  readonly #fitPadding: Partial<PaddingOptions>;
  readonly #placePadding: Partial<PaddingOptions>;
  readonly #listeners: { [K in keyof MapViewEvents]: Set<Listener<MapViewEvents[K]>> } = {
    hover: new Set(),
    click: new Set(),
    move: new Set(),
    error: new Set(),
    ready: new Set(),
  };

  #state: MapDrawState | null = null;
  #countyLayer: ReturnType<typeof countyLayer> | null = null;
  /** The county colours being drawn, with their fade; replaced when the colouring changes. */
  #colours: CountyColourFrame | null = null;
  #selected: { code: string | null; features: Feature<Geometry, object>[] } = { code: null, features: [] };
  /** The prefecture or province under the pointer (those levels only), outlined. */
  #hoveredArea: { code: string | null; features: Feature<Geometry, object>[] } = { code: null, features: [] };
  #hasHoveredAreaLayer = false;
  /** The level whose borders the base style shows; applied once the style has loaded. */
  #shownLevel: PlaceLevel = 'county';
  /**
   * Layers that the first view may not need join the map when first needed and then stay,
   * shown or hidden: creating them up front would compile their shaders before the first frame.
   */
  #hasSelectionLayer = false;
  /**
   * The 百亿 centre path's layers (null until a path is first shown), kept for as long as the path
   * is the same: a redraw for a hover must not lay the path and its years out again.
   */
  #over100YiLayers: { path: MapDrawState['over100YiPath']; layers: ReturnType<typeof over100YiPathLayers> } | null = null;
  #isMapIdle = false;
  /** The style has loaded: its layers can be restyled (isStyleLoaded() is false again while tiles load). */
  #isLoaded = false;
  #isReady = false;
  #isFailed = false;
  /** The year whose colours were handed to deck.gl and are not yet confirmed drawn. */
  #pendingDraw: Pick<MapDrawState, 'year' | 'colourKey'> | null = null;
  /**
   * The province names written at the current zoom; replaced only when the set changes (the zoom
   * crosses a label's minZoom, the 百亿 path moves), so that deck.gl does not lay them out again.
   */
  #shownLabels: ProvinceLabel[] = [];
  #lastHoverIndex: number | null = null;
  /** The camera is moving back to the first view: its end is reported as null, not as a position. */
  #isFittingChina = false;
  /** The camera is moving because it was asked to (flyTo, moveTo): its end is reported. */
  #isMovingOnRequest = false;
  /** The camera shows the first view (China fitted), which a resized container fits again. */
  #isAtFirstView: boolean;
  #isDestroyed = false;

  constructor(container: HTMLElement, atlas: Atlas, options: MapViewOptions = {}) {
    this.#container = container;
    container.dataset.state = 'loading';
    delete container.dataset.year;

    this.#counties = atlas.geometry.counties;
    this.#countyIndexByCode = atlas.countyIndexByCode;
    this.#areaCodesOfCounty = { prefecture: atlas.counties.prefectures, province: atlas.counties.provinces };
    this.#areaFeatures = new Map(
      [...atlas.geometry.prefectures.features, ...atlas.geometry.provinces.features].map((f) => [f.properties.code, f]),
    );
    this.#labels = provinceLabels(atlas.counties.provinceTable);
    this.#labelCharacters = labelCharacterSet(this.#labels);
    this.#fitPadding = options.fitPadding ?? {};
    this.#placePadding = options.placePadding ?? {};
    this.#isAtFirstView = !options.initialView;

    this.#map = new MapLibreMap({
      container,
      style: buildBaseStyle(atlas.geometry),
      // A link's view is the camera from the start: moved there later, deck.gl would keep picking
      // counties in the first view's projection until the reader moves the map.
      ...(options.initialView ? cameraOptions(options.initialView) : { bounds: CHINA_MAIN_BOUNDS, fitBoundsOptions: { padding: this.#paddingForFit() } }),
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      transformConstrain: (lngLat, zoom) => {
        const constrained = constrainToChina(lngLat, zoom);
        return { center: new LngLat(constrained.lng, constrained.lat), zoom: constrained.zoom };
      },
      renderWorldCopies: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // No MSAA: it would multiply the fill cost under a software renderer (SwiftShader), and the
      // county and province borders drawn over the fill's edges are antialiased by MapLibre.
      canvasContextAttributes: { antialias: false },
    });
    this.#map.touchZoomRotate.disableRotation();
    this.#overlay = new MapLibreOverlay({
      interleaved: true,
      layers: [],
      onHover: this.#handleHover,
      onClick: this.#handleClick,
      onAfterRender: this.#handleAfterRender,
      onError: this.#handleDeckError,
    });
    // Added at once, so that deck.gl prepares its layers (tessellation, shaders) while MapLibre's
    // workers tile the GeoJSON; see #handleLoad for inserting them into the style.
    this.#map.addControl(this.#overlay);
    this.#limitZoomOut();
    this.#map.once('load', this.#handleLoad);

    // The pointer can leave the map onto controls laid over it without deck.gl seeing a move
    // off the county, so the hover ends here.
    container.addEventListener('pointerleave', this.#handlePointerLeave);
    this.#map.once('idle', this.#handleFirstIdle);
    this.#map.on('zoom', this.#handleZoom);
    this.#map.on('moveend', this.#handleMoveEnd);
    this.#map.on('resize', this.#handleResize);
    this.#map.on('error', this.#handleMapError);
    this.#map.on('webglcontextlost', this.#handleContextLost);

    this.#geometry = atlas.geometry;
  }

  /**
   * Draws `state`. A colouring change (new colourKey) evaluates countyFill once per county and
   * uploads the result; the fade to it runs on the GPU. Otherwise only layer descriptors are rebuilt.
   */
  update(state: MapDrawState): void {
    if (this.#isDestroyed) return;
    const previous = this.#state;
    this.#state = state;
    if (!this.#colours || previous?.colourKey !== state.colourKey) {
      const colours = colourTable(this.#counties.features.length, state.countyFill);
      this.#colours = nextColourFrame(this.#colours, colours, state.transitionMs, performance.now());
    }
    if (previous?.colourKey !== state.colourKey || previous.year !== state.year) {
      this.#pendingDraw = { year: state.year, colourKey: state.colourKey };
    }
    this.#refreshShownLabels();
    this.#overlay.setProps({ layers: this.#layers(state, this.#colours) });
    this.#inset?.update(state.lang, this.#colours);
    if (this.#isLoaded) this.#showBordersOf(state.level);
  }

  /** Moves the camera to a place: a county (6-digit code), prefecture (4) or province (2). */
  flyTo(code: string): void {
    const bounds = this.#boundsOf(code);
    if (!bounds || this.#isDestroyed) return;
    this.#isMovingOnRequest = true;
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
    if (this.#isDestroyed) return;
    const duration = animate ? CAMERA_MOVE_MS : 0;
    this.#isMovingOnRequest = true;
    this.#isAtFirstView = 'fit' in request;
    if ('fit' in request) {
      this.#isFittingChina = true;
      this.#map.fitBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit(), duration });
    } else {
      this.#isFittingChina = false;
      this.#map.easeTo({ ...cameraOptions(request), duration });
    }
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof MapViewEvents>(type: K, listener: Listener<MapViewEvents[K]>): () => void {
    const listeners = this.#listeners[type] as Set<Listener<MapViewEvents[K]>>;
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  destroy(): void {
    if (this.#isDestroyed) return;
    this.#isDestroyed = true;
    this.#container.removeEventListener('pointerleave', this.#handlePointerLeave);
    this.#map.off('load', this.#handleLoad);
    this.#map.off('idle', this.#handleFirstIdle);
    this.#map.off('zoom', this.#handleZoom);
    this.#map.off('moveend', this.#handleMoveEnd);
    this.#map.off('resize', this.#handleResize);
    this.#map.off('error', this.#handleMapError);
    this.#map.off('webglcontextlost', this.#handleContextLost);
    for (const listeners of Object.values(this.#listeners)) listeners.clear();
    clearTimeout(this.#insetTimer);
    this.#inset?.destroy();
    this.#overlay.finalize();
    this.#map.remove();
    delete this.#container.dataset.state;
    delete this.#container.dataset.year;
    delete this.#container.dataset.colourKey;
  }

  #featureOf(code: string): Feature<Geometry, object> | undefined {
    const index = this.#countyIndexByCode.get(code);
    return index === undefined ? this.#areaFeatures.get(code) : this.#counties.features[index];
  }

  #boundsOf(code: string): Bounds | null {
    if (!this.#boundsByCode.has(code)) this.#boundsByCode.set(code, geometryBounds(this.#featureOf(code)?.geometry ?? null));
    return this.#boundsByCode.get(code) ?? null;
  }

  /**
   * At the prefecture level the prefecture borders show; above the county level the county borders
   * fade, since all counties of an area share its colour and the area is the place being read.
   */
  #showBordersOf(level: PlaceLevel): void {
    if (level === this.#shownLevel) return;
    this.#shownLevel = level;
    this.#map.setLayoutProperty(PREFECTURE_BORDERS_ID, 'visibility', level === 'prefecture' ? 'visible' : 'none');
    this.#map.setPaintProperty(
      COUNTY_LAYER_BEFORE_ID,
      'line-opacity',
      level === 'county' ? COUNTY_BORDER_OPACITY.countyLevel : COUNTY_BORDER_OPACITY.areaLevel,
    );
  }

  #layers(state: MapDrawState, colours: CountyColourFrame) {
    if (this.#selected.code !== state.selectedCode) {
      const feature = state.selectedCode === null ? undefined : this.#featureOf(state.selectedCode);
      this.#selected = { code: state.selectedCode, features: feature ? [feature] : [] };
    }
    if (state.level === 'county' && this.#hoveredArea.code !== null) this.#hoveredArea = { code: null, features: [] };
    // Hover lights up a single county, which only reads right when counties are the places shown.
    this.#countyLayer = countyLayer(this.#counties, colours, {
      beforeId: COUNTY_LAYER_BEFORE_ID,
      highlightedIndex: state.level === 'county' ? this.#lastHoverIndex : null,
    });
    this.#hasSelectionLayer ||= state.selectedCode !== null;
    if (state.over100YiPath !== (this.#over100YiLayers?.path ?? null)) {
      this.#over100YiLayers = { path: state.over100YiPath, layers: over100YiPathLayers(state.over100YiPath) };
    }
    return [
      this.#countyLayer,
      this.#hasHoveredAreaLayer && hoveredAreaLayer(this.#hoveredArea.features),
      this.#hasSelectionLayer && selectedPlaceLayer(this.#selected.features),
      provinceLabelLayer(this.#shownLabels, this.#labelCharacters, state.lang),
      // Above the province names: the path's year labels are the layer's message.
      ...(this.#over100YiLayers?.layers ?? []),
    ];
  }

  #paddingForFit(): PaddingOptions {
    // A phone keeps almost every pixel for the map; a desktop gets a margin around the country.
    const base = Math.round(Math.min(28, this.#container.clientWidth * 0.025));
    return { top: base, bottom: base, left: base, right: base, ...this.#fitPadding };
  }

  #emit<K extends keyof MapViewEvents>(type: K, event: MapViewEvents[K]): void {
    for (const listener of this.#listeners[type] as Set<Listener<MapViewEvents[K]>>) listener(event);
  }

  #hoverOf(info: PickingInfo): MapHover | null {
    if (info.layer?.id !== LAYER_IDS.counties || !info.object) return null;
    const county = info.object as CountyFeature;
    return { countyIndex: county.properties.index, x: info.x, y: info.y };
  }

  readonly #handleHover = (info: PickingInfo): void => {
    const hover = this.#hoverOf(info);
    // Moving within a county still reports the new position (the tooltip follows the pointer);
    // moving over sea reports null once, not on every pointer move.
    if (hover === null && this.#lastHoverIndex === null) return;
    this.#showHover(hover?.countyIndex ?? null);
    this.#emit('hover', hover);
  };

  /**
   * Marks the county under the pointer (or none): at the county level it is lit; at the
   * prefecture and province levels the area holding it is outlined instead.
   */
  #showHover(countyIndex: number | null): void {
    const level = this.#state?.level ?? 'county';
    const hasLitCountyChanged = level === 'county' && countyIndex !== this.#lastHoverIndex;
    this.#lastHoverIndex = countyIndex;
    const code = countyIndex === null || level === 'county' ? null : (this.#areaCodesOfCounty[level][countyIndex] ?? null);
    const hasAreaChanged = code !== this.#hoveredArea.code;
    if (!hasAreaChanged && !hasLitCountyChanged) return;
    if (hasAreaChanged) {
      const feature = code === null ? undefined : this.#areaFeatures.get(code);
      this.#hoveredArea = { code, features: feature ? [feature] : [] };
      this.#hasHoveredAreaLayer ||= code !== null;
    }
    if (this.#state && this.#colours) this.#overlay.setProps({ layers: this.#layers(this.#state, this.#colours) });
  }

  readonly #handlePointerLeave = (): void => {
    if (this.#lastHoverIndex === null) return;
    this.#showHover(null);
    this.#emit('hover', null);
  };

  readonly #handleClick = (info: PickingInfo): void => {
    this.#emit('click', this.#hoverOf(info));
  };

  readonly #handleLoad = (): void => {
    // The overlay inserts its layer groups into the style only while MapLibre reports the style
    // loaded, which it does not while GeoJSON sources are still being tiled, and it does not
    // retry by itself: hand it the layers again now that everything is in.
    if (this.#state && this.#colours) this.#overlay.setProps({ layers: this.#layers(this.#state, this.#colours) });
    this.#isLoaded = true;
    if (this.#state) this.#showBordersOf(this.#state.level);
  };

  readonly #handleFirstIdle = (): void => {
    this.#isMapIdle = true;
    // deck.gl reports frames through onAfterRender; ask for one more so that readiness is
    // decided in a frame that both libraries have completed.
    this.#map.triggerRepaint();
  };

  readonly #handleAfterRender = (): void => {
    if (this.#isFailed || !this.#countyLayer?.isLoaded) return;
    if (!this.#isReady) {
      if (!this.#isMapIdle) return;
      this.#isReady = true;
      this.#container.dataset.state = 'ready';
      this.#insetTimer = setTimeout(this.#createInset);
      this.#emit('ready', undefined);
    }
    if (this.#pendingDraw !== null) {
      this.#container.dataset.year = String(this.#pendingDraw.year);
      this.#container.dataset.colourKey = this.#pendingDraw.colourKey;
      this.#pendingDraw = null;
    }
  };

  /**
   * Recomputes the province names to write at the current zoom, keeping the year labels of the
   * 百亿 centre path (when shown) clear; true when they changed.
   */
  #refreshShownLabels(): boolean {
    const labelled = labelledPathPoints(this.#state?.over100YiPath ?? []).map((point) => [point.lng, point.lat] as const);
    const labels = labelsToShow(this.#labels, this.#map.getZoom(), labelled);
    const isSame = labels.length === this.#shownLabels.length && labels.every((label, i) => label === this.#shownLabels[i]);
    if (!isSame) this.#shownLabels = labels;
    return !isSame;
  }

  /**
   * The inset is a second WebGL context whose shaders would compile alongside the main map's and
   * delay its first frame by a second or more under a software renderer; it is built right after
   * that frame instead, and marks its own element data-inset-state="ready" once drawn.
   */
  readonly #createInset = (): void => {
    if (this.#isDestroyed) return;
    this.#inset = new SouthChinaSeaInset(this.#container, this.#geometry, (error) =>
      this.#fail({ kind: 'render', message: error.message }),
    );
    if (this.#state && this.#colours) this.#inset.update(this.#state.lang, this.#colours);
  };

  /**
   * Reports moves the reader made (with a pointer, wheel or key: MapLibre passes the DOM event) or
   * asked for, not those a resized container makes on its own, which would write a view into the
   * address that nobody chose.
   */
  readonly #handleMoveEnd = (event: { originalEvent?: Event }): void => {
    const isChosen = event.originalEvent !== undefined || this.#isMovingOnRequest;
    this.#isMovingOnRequest = false;
    if (!isChosen) return;
    this.#isAtFirstView = this.#isFittingChina;
    if (this.#isFittingChina) {
      this.#isFittingChina = false;
      this.#emit('move', null);
      return;
    }
    const { lng, lat } = this.#map.getCenter();
    this.#emit('move', roundView({ lng, lat, zoom: this.#map.getZoom() }));
  };

  /** Zooming out stops a little past the first view, where China still fills most of the screen: further out, the backdrop of neighbours would end in open water. */
  #limitZoomOut(): void {
    const fitZoom = this.#map.cameraForBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit() })?.zoom ?? this.#map.getZoom();
    this.#map.setMinZoom(Math.max(MIN_ZOOM, fitZoom - ZOOM_OUT_PAST_FIT));
  }

  /** A resized map (a rotated phone, an embed's frame narrowed) that still shows the first view fits China again. */
  readonly #handleResize = (): void => {
    this.#limitZoomOut();
    if (this.#isAtFirstView && !this.#map.isMoving()) this.#map.fitBounds(CHINA_MAIN_BOUNDS, { padding: this.#paddingForFit(), duration: 0 });
  };

  readonly #handleZoom = (): void => {
    if (!this.#refreshShownLabels() || !this.#state || !this.#colours) return;
    this.#overlay.setProps({ layers: this.#layers(this.#state, this.#colours) });
  };

  readonly #handleMapError = (event: { error?: { message?: string } }): void => {
    this.#fail({ kind: 'map', message: event.error?.message ?? 'unknown map error' });
  };

  readonly #handleContextLost = (): void => {
    this.#fail({ kind: 'webgl-context-lost', message: 'The WebGL context was lost' });
  };

  readonly #handleDeckError = (error: Error): void => {
    this.#fail({ kind: 'render', message: error.message });
  };

  #fail(error: MapError): void {
    this.#isFailed = true;
    this.#container.dataset.state = 'error';
    this.#emit('error', error);
  }
}
