/**
 * MapView: the entry point of src/lib/map, the only folder that touches MapLibre and deck.gl.
 * It creates the MapLibre map (offline base style) and one interleaved MapLibreOverlay once,
 * draws the model the view hands it through update(model), reports hover, click, camera moves
 * and errors, and removes everything on destroy(). The camera (cameraController), the hover and
 * selection marks (placeHighlight) and the layers (layers.mapLayers) are their own units; this file holds them together and is the one place that hands deck.gl its layers.
 *
 * Ready signal (for tests and benchmarks, mapSignals.ts): the container carries data-state="loading"
 * until the first complete frame of the choropleth has been drawn (MapLibre idle, and a deck.gl
 * frame with the county layer loaded), then "ready"; "error" after a map or WebGL failure. In the
 * first frame drawn with new colours it sets data-year to their year and data-colour-key to what
 * they show. The 南海诸岛 inset is the 2D map's (src/lib/screenMap), which is also the first paint.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { Map as MapLibreMap, prewarm, setWorkerUrl } from 'maplibre-gl';
// MapLibre resolves its worker at run time next to its own URL, which a bundle does not keep;
// imported as a worker URL, Vite emits it as a .js chunk (served as JavaScript by any static
// host, unlike .mjs) and MapLibre is given its address.
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
// @deck.gl/maplibre, not @deck.gl/mapbox: the latter reads map.transform, which MapLibre 6 removed.
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { PickingInfo } from '@deck.gl/core';
import type { Atlas } from '../domain/atlas';
import { t } from '../i18n/i18n';
import type { MapDrawModel, MapHover } from '../view/drawModel';
import type { CameraRequest, CameraView } from '../state/camera';
import { buildBaseStyle, COUNTY_LAYER_BEFORE_ID } from '../cartography/baseStyle';
import { NO_PATH_MARKS, over100YiPathMarks, type Over100YiPathMarks } from '../cartography/over100YiPath';
import { isSamePlacement, placeMapLabels } from '../cartography/mapLabels';
import { labelCharacterSet, provinceLabels, type ProvinceLabel } from '../cartography/provinceLabels';
import { CameraController, cameraStartOptions, type CameraOptions } from './cameraController';
import { isSameLabelPlacement, LAYER_IDS, LayerReuse, mapLayers, type CountyFeature } from './layers';
import { PlaceFeatures } from './placeFeatures';
import { PlaceHighlight } from './placeHighlight';
import { MapEvents, type Listener } from './mapEvents';
import { colouringKey } from './mapSignals';
import { isPictureStep } from './pictureFade';
import { MapColours } from './mapColours';
import { SingleClicks } from './singleClicks';
import { FrameGate, gateDeckFrames, isDeckFrameAsked, WAKING_EVENTS } from './frameGate';
import type { CountyColourSource } from './countyColourExtension';
import { BaseMapStyle, leaveOutSky } from './baseMapStyle';

setWorkerUrl(maplibreWorkerUrl);
// Start MapLibre's workers while the geodata is still downloading, not after: fetching and
// compiling the worker script would otherwise delay the first frame.
prewarm();

/** 'webgl-unavailable': the browser has no WebGL (reported by ScreenMap, whose 2D map is then the map). */
export type MapErrorKind = 'webgl-unavailable' | 'webgl-context-lost' | 'map' | 'render';

export interface MapError {
  kind: MapErrorKind;
  message: string;
}

export interface MapViewEvents {
  /** The county under the pointer, or null when the pointer leaves the counties. */
  hover: MapHover | null;
  /** The county clicked or tapped, or null for a click outside the counties; not for a double click, which zooms. */
  click: MapHover | null;
  /** The camera after it stopped moving (rounded as the URL keeps it), or null when it is back at the first view. */
  move: CameraView | null;
  error: MapError;
  /** The first complete frame is drawn (data-state="ready"). */
  ready: undefined;
}

export type MapViewOptions = CameraOptions;

export class MapView {
  readonly #container: HTMLElement;
  readonly #map: MapLibreMap;
  readonly #overlay: MapLibreOverlay;
  readonly #camera: CameraController;
  readonly #highlight: PlaceHighlight;
  readonly #geometry: Atlas['geometry'];
  readonly #labels: ProvinceLabel[];
  readonly #labelCharacters: string[];
  readonly #events = new MapEvents<MapViewEvents>();
  readonly #clicks = new SingleClicks<MapHover | null>((click) => this.#events.emit('click', click));

  #model: MapDrawModel | null = null;
  /** The county colours and their fade (by the compositor for a year step, else by the shader). */
  readonly #colours: MapColours;
  /** deck.gl's render loop runs only when woken (frameGate.ts), from the first complete frame on. */
  readonly #frames = new FrameGate(window);
  /** The model whose colours were handed to deck.gl and are not yet confirmed drawn. */
  #pendingDraw: MapDrawModel | null = null;
  /**
   * The 百亿 path's marks, null until a path is first shown; kept (same identity) for as long as
   * the centres and year are the same, so that a redraw for a hover does not lay it out again.
   */
  #pathMarks: { centres: MapDrawModel['spreadCentres']; year: number; marks: Over100YiPathMarks } | null = null;
  /**
   * The province names written at the current zoom; replaced only when the set changes (the zoom
   * crosses a label's minZoom, the 百亿 path moves), so that deck.gl does not lay them out again.
   */
  #shownLabels: ProvinceLabel[] = [];
  /** The path's marks with its years placed at the current zoom (placeMapLabels), or null while it has never been shown. */
  #placedPath: Over100YiPathMarks | null = null;
  #countyLayer: ReturnType<typeof mapLayers>['counties'] | null = null;
  readonly #layerReuse = new LayerReuse();
  /** The county colours deck.gl draws, read at each draw: new colours need only a frame. */
  readonly #colourSource: CountyColourSource = { frame: null };
  /** The base style's level and theme, the model's applied once the style has loaded. */
  readonly #baseStyle: BaseMapStyle;
  #isMapIdle = false;
  /** The style has loaded: its layers can be restyled (isStyleLoaded() is false again while tiles load). */
  #isLoaded = false;
  #isReady = false;
  #isFailed = false;
  #isDestroyed = false;

  constructor(container: HTMLElement, atlas: Atlas, options: MapViewOptions = {}) {
    this.#container = container;
    container.dataset.state = 'loading';
    delete container.dataset.year;
    this.#geometry = atlas.geometry;
    const places = new PlaceFeatures(atlas);
    this.#highlight = new PlaceHighlight(places);
    this.#labels = provinceLabels(atlas.counties.provinceTable);
    this.#labelCharacters = labelCharacterSet(this.#labels);

    this.#map = new MapLibreMap({
      container,
      style: buildBaseStyle(atlas.geometry),
      ...cameraStartOptions(container, options),
      renderWorldCopies: false,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      // No MSAA: it would multiply the fill cost under a software renderer (SwiftShader), and the
      // county and province borders drawn over the fill's edges are antialiased by MapLibre.
      // The drawing buffer is kept between frames so that the year step's picture fade can copy it.
      canvasContextAttributes: { antialias: false, preserveDrawingBuffer: true },
    });
    leaveOutSky(this.#map);
    this.#baseStyle = new BaseMapStyle(this.#map);
    this.#colours = new MapColours(this.#map.getCanvas());
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
    this.#camera = new CameraController(this.#map, container, places, options, (view) => this.#events.emit('move', view));
    this.#map.once('load', this.#handleLoad);

    // The pointer can leave the map onto controls laid over it without deck.gl seeing a move
    // off the county, so the hover ends here.
    container.addEventListener('pointerleave', this.#handlePointerLeave);
    for (const type of WAKING_EVENTS) container.addEventListener(type, this.#wakeFrames, { capture: true, passive: true });
    this.#map.on('render', this.#handleRender);
    this.#map.once('idle', this.#handleFirstIdle);
    this.#map.on('zoom', this.#handleZoom);
    this.#map.on('movestart', this.#handleMoveStart);
    this.#map.on('resize', this.#handleMoveStart);
    this.#map.on('error', this.#handleMapError);
    this.#map.on('webglcontextlost', this.#handleContextLost);
  }

  /**
   * Draws `model`. New county colours (a new array) are uploaded as they are; the fade to them is
   * the compositor's when only they change (a year step), else the shader's. Otherwise only layer
   * descriptors are rebuilt.
   */
  update(model: MapDrawModel): void {
    if (this.#isDestroyed) return;
    const previous = this.#model;
    this.#model = model;
    // Besides the model, the map must be drawn and at rest, and no other fade running.
    const isPictureFade = previous !== null && isPictureStep(model, previous) && this.#isReady && !this.#colours.isFading && !this.#map.isMoving();
    // Anything else drawn differently is drawn at once: the shader takes the fade over.
    if (!isPictureFade) this.#colours.uncover();
    if (model.countyColours !== previous?.countyColours) {
      this.#colours.change(model.countyColours, model.transitionMs, isPictureFade);
      this.#pendingDraw = model;
    }
    const path = this.#pathMarks;
    if (path ? path.centres !== model.spreadCentres || path.year !== model.year : model.spreadCentres !== null) {
      this.#pathMarks = { centres: model.spreadCentres, year: model.year, marks: over100YiPathMarks(model.spreadCentres, model.year) };
    }
    // MapLibre names its canvas "Map" whatever the language.
    if (model.lang !== previous?.lang) this.#map.getCanvas().setAttribute('aria-label', t('app.mapCanvasLabel', model.lang));
    this.#highlight.show(model.level, model.selectedCode);
    this.#refreshShownLabels();
    this.#redraw();
    if (this.#isLoaded) this.#showStyleOf(model);
  }

  /** Moves the camera to a place: a county (6-digit code), prefecture (4) or province (2). */
  flyTo(code: string): void {
    if (!this.#isDestroyed) this.#camera.flyTo(code);
  }

  /** Moves the camera to a position, or back to the whole of China (the first view); `animate` false jumps. */
  moveTo(request: CameraRequest, animate: boolean): void {
    if (!this.#isDestroyed) this.#camera.moveTo(request, animate);
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof MapViewEvents>(type: K, listener: Listener<MapViewEvents[K]>): () => void {
    return this.#events.on(type, listener);
  }

  destroy(): void {
    if (this.#isDestroyed) return;
    this.#isDestroyed = true;
    this.#container.removeEventListener('pointerleave', this.#handlePointerLeave);
    for (const type of WAKING_EVENTS) this.#container.removeEventListener(type, this.#wakeFrames, { capture: true });
    this.#map.off('render', this.#handleRender);
    this.#camera.destroy();
    this.#map.off('load', this.#handleLoad);
    this.#map.off('idle', this.#handleFirstIdle);
    this.#map.off('zoom', this.#handleZoom);
    this.#map.off('movestart', this.#handleMoveStart);
    this.#map.off('resize', this.#handleMoveStart);
    this.#map.off('error', this.#handleMapError);
    this.#map.off('webglcontextlost', this.#handleContextLost);
    this.#events.clear();
    this.#clicks.cancel();
    this.#colours.destroy();
    this.#overlay.finalize();
    this.#map.remove();
    delete this.#container.dataset.state;
    delete this.#container.dataset.year;
    delete this.#container.dataset.colourKey;
  }

  /**
   * The one place that hands deck.gl its layers (after an update, a hover, a zoom, and again once
   * the style has loaded); only changed layers, so a year step (new colours in #colourSource)
   * wakes no deck.gl loop: MapLibre's next frame draws them.
   */
  #redraw(isNewStyle = false): void {
    const model = this.#model;
    const colours = this.#colours.drawn;
    if (!model || !colours) return;
    this.#colourSource.frame = colours;
    const { counties, layers } = mapLayers({
      counties: this.#geometry.counties,
      colours: this.#colourSource,
      beforeId: COUNTY_LAYER_BEFORE_ID,
      ...this.#highlight.marks(),
      labels: this.#shownLabels,
      labelCharacters: this.#labelCharacters,
      lang: model.lang,
      pathMarks: this.#placedPath,
      theme: model.theme,
      pixelRatio: window.devicePixelRatio || 1,
    }, this.#layerReuse);
    this.#countyLayer = counties;
    if (this.#layerReuse.isNewList(layers) || isNewStyle) {
      this.#overlay.setProps({ layers });
      // deck.gl applies new layers in its loop's next frame and then asks MapLibre for a frame: asked
      // for now, after the loop's, MapLibre's frame comes in that same frame, so the change is drawn
      // one frame after it is made rather than two.
      this.#frames.wake();
    }
    if (this.#isLoaded) this.#map.triggerRepaint();
  }

  /**
   * Places the province names and the 百亿 path's years (when shown) at the current zoom, clear of
   * each other; true when they changed.
   */
  #refreshShownLabels(): boolean {
    const marks = this.#pathMarks?.marks ?? null;
    const placed = placeMapLabels(this.#labels, this.#map.getZoom(), marks ?? NO_PATH_MARKS, this.#model?.lang ?? 'zh');
    const isPathSame = this.#placedPath?.line === marks?.line && isSamePlacement(placed.years, this.#placedPath?.years ?? []);
    if (!isPathSame) this.#placedPath = marks && { ...marks, years: placed.years };
    const labels = placed.provinces;
    const areLabelsSame = isSameLabelPlacement(labels, this.#shownLabels);
    if (!areLabelsSame) {
      this.#shownLabels = labels;
      // The province names written, for a reader's tools and the browser tests (the canvas holds no text).
      this.#container.dataset.provinceLabels = labels.map((label) => label.code).join(' ');
    }
    return !(isPathSame && areLabelsSame);
  }

  /** The base map's borders for the model's level, in its theme's colours. */
  #showStyleOf(model: MapDrawModel): void {
    this.#baseStyle.showBordersOf(model.level);
    this.#baseStyle.showTheme(model.theme);
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
    if (hover === null && this.#highlight.hoveredCountyIndex === null) return;
    if (this.#highlight.hover(hover?.countyIndex ?? null)) {
      this.#colours.uncover();
      this.#redraw();
    }
    this.#events.emit('hover', hover);
  };

  readonly #handlePointerLeave = (): void => {
    if (this.#highlight.hoveredCountyIndex === null) return;
    if (this.#highlight.hover(null)) {
      this.#colours.uncover();
      this.#redraw();
    }
    this.#events.emit('hover', null);
  };

  readonly #handleClick = (info: PickingInfo, event: { tapCount?: number }): void => this.#clicks.click(this.#hoverOf(info), event.tapCount);

  readonly #handleLoad = (): void => {
    // The overlay inserts its layer groups into the style only while MapLibre reports the style
    // loaded, which it does not while GeoJSON sources are still being tiled, and it does not
    // retry by itself: hand it the layers again now that everything is in.
    this.#redraw(true);
    this.#isLoaded = true;
    if (this.#model) this.#showStyleOf(this.#model);
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
      if (this.#countyLayer) gateDeckFrames(this.#countyLayer, this.#frames);
      this.#container.dataset.state = 'ready';
      this.#events.emit('ready', undefined);
    }
    if (this.#pendingDraw !== null) {
      this.#container.dataset.year = String(this.#pendingDraw.year);
      this.#container.dataset.colourKey = colouringKey(this.#pendingDraw);
      this.#pendingDraw = null;
      this.#colours.startFade();
    }
  };

  readonly #wakeFrames = (): void => this.#frames.wake();

  /** After a MapLibre frame deck.gl's loop runs only if a layer asked for another frame (frameGate.ts). */
  readonly #handleRender = (): void => {
    if (!this.#countyLayer || isDeckFrameAsked(this.#countyLayer)) this.#frames.wake();
  };

  readonly #handleZoom = (): void => {
    if (this.#refreshShownLabels()) this.#redraw();
  };

  /** The copy would stand still while the map moves under it: the shader takes the fade over. */
  readonly #handleMoveStart = (): void => {
    if (this.#colours.uncover()) this.#redraw();
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
    this.#events.emit('error', error);
  }
}
