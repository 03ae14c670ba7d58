/**
 * The year grid's map: ONE deck.gl canvas (one WebGL context) with a MapView per year and one
 * for each year's 南海诸岛 inset, placed by the grid's arrangement (view/yearGrid/gridCells). No
 * MapLibre: deck.gl draws the county fills (yearGridLayers.ts) between two 2D canvases with the
 * plain base map, the land under them and the borders over them (screenMap/gridBaseCanvases.ts,
 * handed in by the page), from the same geometry as the single map and the export. The maps are
 * fitted to China and do not pan or zoom; hover and click report the county under the pointer in
 * any of them, and the hovered county is lit and the selected place outlined in all of them.
 *
 * Signals (for tests and benchmarks): the container carries data-state="loading", then "ready"
 * after the first frame with every map's counties drawn ("error" after a WebGL failure), and
 * data-years, the years whose colours were last drawn.
 */
import { Deck, Layer, MapView as DeckMapView, type PickingInfo } from '@deck.gl/core';
import type { Atlas } from '../domain/atlas';
import type { MapHover } from '../view/drawModel';
import { isSamePlacement, type GridArrangement } from '../view/yearGrid/gridCells';
import type { PlaceLevel } from '../domain/areas';
import type { Theme } from '../state/theme';
import type { YearGridDrawModel } from '../view/yearGrid/yearGridView.svelte';
import { nextColourFrame, type CountyColourFrame } from '../cartography/countyColourFrames';
import { gridFit, snappedCell } from '../cartography/gridCamera';
import type { CountyFeature } from './layers';
import { PlaceFeatures } from './placeFeatures';
import { PlaceHighlight } from './placeHighlight';
import { MapEvents, type Listener } from './mapEvents';
import { gridInsetCounties, gridLayers, gridViewOfLayer, insetFrame, isGridCountyLayer, type GridInsetCounties } from './yearGridLayers';

export interface YearGridMapEvents {
  /** The county under the pointer in any map (position relative to the container), or null off the counties. */
  hover: MapHover | null;
  /** The county clicked or tapped in any map, or null for a click outside the counties. */
  click: MapHover | null;
  error: { message: string };
}

/**
 * The grid's base map, which never changes with the year (the land under the counties, the
 * borders over them), drawn beside deck.gl's canvas so that deck.gl draws the county fills alone.
 */
export interface GridBase {
  /** Draws every map's and inset's base, unless it is drawn so already. */
  draw(arrangement: GridArrangement, theme: Theme, level: PlaceLevel, selectedCode: string | null): void;
  /** Takes the base out of the page. */
  destroy(): void;
}

export class YearGridMap {
  readonly #container: HTMLDivElement;
  readonly #deck: Deck<DeckMapView[]>;
  readonly #counties: Atlas['geometry']['counties'];
  readonly #inset: GridInsetCounties;
  /** The sea, the land and the borders, under and over the deck.gl canvas. */
  readonly #base: GridBase;
  readonly #highlight: PlaceHighlight;
  readonly #events = new MapEvents<YearGridMapEvents>();
  #model: YearGridDrawModel | null = null;
  #arrangement: GridArrangement | null = null;
  /** Each map's colours with their fade, in the grid's order. */
  #colours: CountyColourFrame[] = [];
  /** The same for each map's inset (its few counties), made when the colours change. */
  #insetColours: CountyColourFrame[] = [];
  /** The model whose colours were handed to deck.gl and are not yet confirmed drawn. */
  #pendingDraw: YearGridDrawModel | null = null;
  #isReady = false;
  #isDestroyed = false;

  /** `createBase` puts the base map's canvases in the container, under and over deck.gl's canvas (made before it is called). */
  constructor(container: HTMLDivElement, atlas: Atlas, createBase: (container: HTMLDivElement) => GridBase) {
    this.#container = container;
    container.dataset.state = 'loading';
    this.#counties = atlas.geometry.counties;
    this.#inset = gridInsetCounties(atlas.geometry);
    this.#highlight = new PlaceHighlight(new PlaceFeatures(atlas));
    this.#deck = new Deck<DeckMapView[]>({
      parent: container,
      width: '100%',
      height: '100%',
      controller: false,
      views: [],
      layers: [],
      // Each county layer is drawn in its own map or inset only; the hovered area's mark in all.
      layerFilter: ({ layer, viewport }) => {
        const view = gridViewOfLayer(layer.id);
        return view === null || viewport.id === view;
      },
      getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'default'),
      onHover: this.#handleHover,
      onClick: this.#handleClick,
      onAfterRender: this.#handleAfterRender,
      onError: this.#handleError,
    });
    this.#base = createBase(container);
    container.addEventListener('pointerleave', this.#handlePointerLeave);
  }

  /** Draws `model` in the cells of `arrangement` (the same years, in order). */
  update(model: YearGridDrawModel, arrangement: GridArrangement): void {
    if (this.#isDestroyed) return;
    const previous = this.#model;
    this.#model = model;
    const hasNewColours = model.countyColours.length !== previous?.countyColours.length || model.countyColours.some((colours, i) => colours !== previous.countyColours[i]);
    if (hasNewColours) {
      const now = performance.now();
      const previousFrames = this.#colours;
      // A map whose number in the grid is new starts at its colours; the others fade to theirs.
      this.#colours = model.countyColours.map((colours, i) =>
        colours === previous?.countyColours[i] && this.#colours[i] ? this.#colours[i] : nextColourFrame(this.#colours[i] ?? null, colours, model.transitionMs, now),
      );
      this.#insetColours = this.#colours.map((frame, i) => (frame === previousFrames[i] && this.#insetColours[i] ? this.#insetColours[i] : insetFrame(frame, this.#inset.insetIndices)));
      this.#pendingDraw = model;
    }
    if (!this.#arrangement || !isSamePlacement(arrangement, this.#arrangement)) this.#arrange(arrangement);
    this.#highlight.show(model.level, model.selectedCode);
    // The arrangement kept while the maps stay in place: a year step draws nothing here.
    if (this.#arrangement) this.#base.draw(this.#arrangement, model.theme, model.level, model.selectedCode);
    this.#redraw();
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof YearGridMapEvents>(type: K, listener: Listener<YearGridMapEvents[K]>): () => void {
    return this.#events.on(type, listener);
  }

  destroy(): void {
    if (this.#isDestroyed) return;
    this.#isDestroyed = true;
    this.#container.removeEventListener('pointerleave', this.#handlePointerLeave);
    this.#events.clear();
    this.#deck.finalize();
    this.#base.destroy();
    delete this.#container.dataset.state;
    delete this.#container.dataset.years;
  }

  /**
   * A view per map and per inset, each fitted to what it shows, in the boxes the base canvases
   * draw in. No view clears its box: the canvas is cleared once a frame and the ground shows
   * through; the inset lies over open sea east of Taiwan (gridCells), where its map draws no county.
   */
  #arrange(arrangement: GridArrangement): void {
    this.#arrangement = arrangement;
    const pixelRatio = window.devicePixelRatio || 1;
    const views: DeckMapView[] = [];
    const viewState: Record<string, { longitude: number; latitude: number; zoom: number }> = {};
    arrangement.cells.forEach((cell, i) => {
      const { map, inset } = snappedCell(cell, pixelRatio);
      const box = (id: string, rect: typeof map) => new DeckMapView({ id, x: rect.x, y: rect.y, width: rect.width, height: rect.height, controller: false });
      views.push(box(`map-${i}`, map), box(`inset-${i}`, inset));
      viewState[`map-${i}`] = gridFit('map', map);
      viewState[`inset-${i}`] = gridFit('inset', inset);
    });
    this.#deck.setProps({ views, viewState });
  }

  #redraw(): void {
    const model = this.#model;
    if (!model || this.#colours.length === 0) return;
    const { litCountyIndex, hoveredArea } = this.#highlight.marks();
    this.#deck.setProps({
      layers: gridLayers({ inset: this.#inset, counties: this.#counties, colours: this.#colours, insetColours: this.#insetColours, litCountyIndex, hoveredArea, theme: model.theme }),
    });
  }

  #hoverOf(info: PickingInfo): MapHover | null {
    if (!info.layer || !isGridCountyLayer(info.layer.id) || !info.object) return null;
    return { countyIndex: (info.object as CountyFeature).properties.index, x: info.x, y: info.y };
  }

  readonly #handleHover = (info: PickingInfo): void => {
    const hover = this.#hoverOf(info);
    if (hover === null && this.#highlight.hoveredCountyIndex === null) return;
    if (this.#highlight.hover(hover?.countyIndex ?? null)) this.#redraw();
    this.#events.emit('hover', hover);
  };

  readonly #handlePointerLeave = (): void => {
    if (this.#highlight.hoveredCountyIndex === null) return;
    if (this.#highlight.hover(null)) this.#redraw();
    this.#events.emit('hover', null);
  };

  // The maps do not zoom, so a click needs no wait for a second one (the single map's double click zooms).
  readonly #handleClick = (info: PickingInfo): void => {
    this.#events.emit('click', this.#hoverOf(info));
  };

  readonly #handleAfterRender = (): void => {
    const model = this.#model;
    if (!model || this.#isDestroyed) return;
    const countyLayers = this.#deck.props.layers.filter((layer): layer is Layer => layer instanceof Layer && isGridCountyLayer(layer.id));
    // A county layer per map and one per inset.
    if (countyLayers.length !== model.years.length * 2 || !countyLayers.every((layer) => layer.isLoaded)) return;
    if (!this.#isDrawnAtShownSize()) return;
    if (!this.#isReady) {
      this.#isReady = true;
      this.#container.dataset.state = 'ready';
    }
    if (this.#pendingDraw !== null) {
      this.#container.dataset.years = this.#pendingDraw.years.join(',');
      this.#pendingDraw = null;
    }
  };

  /**
   * Whether the frame just drawn filled the canvas at the size it is shown. deck.gl draws its first
   * frame while the canvas still has the browser's default 300×150 buffer and takes the shown size
   * on the next one; that first full-size frame is the expensive one (seconds of SwiftShader on a
   * CPU), so the grid is said drawn only after it and a key pressed once it is "ready" does not
   * wait for it. The buffer follows the box the browser reports in device pixels: the shown box
   * times the pixel ratio, or the shown box itself (headless Chromium at an emulated ratio of 2,
   * where a test of the ratio alone kept the grid "loading" for good): so the
   * buffer counts as the shown size when it is at least the box and has its shape (to a rounded
   * pixel), which the default 300×150 buffer of a larger box never has.
   */
  #isDrawnAtShownSize(): boolean {
    const canvas = this.#deck.getCanvas();
    if (!canvas || canvas.clientWidth === 0 || canvas.clientHeight === 0) return false;
    const scale = canvas.width / canvas.clientWidth;
    const tolerance = Math.ceil(scale) + 1;
    return canvas.width >= canvas.clientWidth - 1 && Math.abs(canvas.height - canvas.clientHeight * scale) <= tolerance;
  }

  readonly #handleError = (error: Error): void => {
    this.#container.dataset.state = 'error';
    // Land and borders without the counties would read as a map of no data.
    this.#base.destroy();
    this.#events.emit('error', { message: error.message });
  };
}
