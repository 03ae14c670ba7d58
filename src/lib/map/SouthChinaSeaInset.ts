/**
 * The 南海诸岛 inset: a small framed box in a lower corner of the map showing the South China
 * Sea islands and the boundary dashes at a fixed scale, its counties coloured like the main map.
 * A deck.gl-only canvas (no MapLibre), non-interactive, updated in the same call as the map.
 * Position and size come from CSS custom properties on the map container, so the UI can move it
 * clear of its own panels: --inset-right, --inset-bottom, --inset-width, --inset-height.
 * Its element carries data-inset-state="loading", then "ready" once its counties have been drawn
 * (not data-state, which is the main map's ready signal on the container).
 */
import { Deck, MapView as DeckMapView } from '@deck.gl/core';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { FeatureCollection, Geometry } from 'geojson';
import type { AtlasGeometry } from '../domain/atlas';
import type { BoundaryLineKind } from '../domain/contract';
import { rgbaOf } from '../view/scales/countyFill';
import { selectCounties, type CountyColourFrame } from '../cartography/countyColourFrames';
import { BASE_COLOURS } from '../cartography/baseStyle';
import { boundsIntersect, fitBounds, geometryBounds, smallPolygonParts, SOUTH_CHINA_SEA_BOUNDS } from '../cartography/camera';
import { countyLayer } from './layers';

const INSET_TITLE = { zh: '南海诸岛', en: 'South China Sea Islands' } as const;

/** Pixels kept between the frame and the nearest island or dash. */
const INSET_PADDING = 4;
/** Islands and reefs narrower than this (about 3 px in the inset) get an outline so that they show. */
const ISLAND_MAX_SPAN_DEGREES = 0.4;

export class SouthChinaSeaInset {
  readonly #element: HTMLDivElement;
  readonly #title: HTMLDivElement;
  readonly #deck: Deck<DeckMapView>;
  readonly #counties: FeatureCollection<Geometry, { index: number }>;
  readonly #neighboursLayer: GeoJsonLayer;
  readonly #dashesLayer: GeoJsonLayer;
  readonly #islandsLayer: GeoJsonLayer;
  /** County index of each county drawn in the inset, in the inset layer's data order. */
  readonly #countyIndices: number[];
  #lang: 'zh' | 'en' | null = null;
  #colours: { source: CountyColourFrame; inset: CountyColourFrame } | null = null;
  #countyLayer: ReturnType<typeof countyLayer> | null = null;

  constructor(parent: HTMLElement, geometry: AtlasGeometry, onError: (error: Error) => void) {
    this.#element = document.createElement('div');
    this.#element.className = 'beltmap-inset';
    this.#element.dataset.insetState = 'loading';
    // A picture of the same data as the main map: hidden from screen readers, and inert so that the
    // canvas deck.gl makes focusable (tabindex 0) is not a tab stop nobody can see or use.
    this.#element.setAttribute('aria-hidden', 'true');
    this.#element.inert = true;
    Object.assign(this.#element.style, {
      position: 'absolute',
      right: 'var(--inset-right, 10px)',
      bottom: 'var(--inset-bottom, 10px)',
      width: 'var(--inset-width, clamp(84px, 11vw, 124px))',
      height: 'var(--inset-height, calc(var(--inset-width, clamp(84px, 11vw, 124px)) * 1.36))',
      background: BASE_COLOURS.sea,
      border: `1px solid ${BASE_COLOURS.nationBorder}`,
      boxSizing: 'border-box',
      overflow: 'hidden',
      zIndex: '1',
    } satisfies Partial<CSSStyleDeclaration>);
    this.#title = document.createElement('div');
    this.#title.className = 'beltmap-inset-title';
    Object.assign(this.#title.style, {
      position: 'absolute',
      left: '0',
      right: '0',
      bottom: '2px',
      textAlign: 'center',
      font: '10px/1.2 "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif',
      color: BASE_COLOURS.nationBorder,
      pointerEvents: 'none',
      zIndex: '1',
    } satisfies Partial<CSSStyleDeclaration>);
    this.#element.append(this.#title);
    parent.append(this.#element);

    // Only the counties that reach into the inset are drawn there: Hainan's islands and coast.
    this.#counties = {
      type: 'FeatureCollection',
      features: geometry.counties.features.filter((county) => {
        const bounds = geometryBounds(county.geometry);
        return bounds !== null && boundsIntersect(bounds, SOUTH_CHINA_SEA_BOUNDS);
      }),
    };
    this.#countyIndices = this.#counties.features.map((county) => county.properties.index);
    this.#neighboursLayer = new GeoJsonLayer<{ name: string }>({
      id: 'inset-neighbours',
      data: geometry.neighbours,
      getFillColor: rgbaOf(BASE_COLOURS.neighbourLand),
      getLineColor: rgbaOf(BASE_COLOURS.neighbourBorder),
      getLineWidth: 0.5,
      lineWidthUnits: 'pixels',
    });
    // Only small parts are outlined: outlining the mainland coast as well would triple the
    // inset's drawing cost under a software renderer for no gain at this scale.
    this.#islandsLayer = new GeoJsonLayer({
      id: 'inset-islands',
      data: smallPolygonParts(this.#counties.features, ISLAND_MAX_SPAN_DEGREES),
      filled: false,
      getLineColor: rgbaOf(BASE_COLOURS.provinceBorder),
      getLineWidth: 0.6,
      lineWidthUnits: 'pixels',
    });
    this.#dashesLayer = new GeoJsonLayer<{ kind: BoundaryLineKind }>({
      id: 'inset-south-china-sea-lines',
      data: geometry.boundaryLines.features.filter((line) => line.properties.kind === 'south-china-sea'),
      getLineColor: rgbaOf(BASE_COLOURS.southChinaSeaLine),
      getLineWidth: 1,
      lineWidthUnits: 'pixels',
    });

    this.#deck = new Deck({
      parent: this.#element,
      views: new DeckMapView({ id: 'inset', controller: false }),
      viewState: this.#viewState(),
      controller: false,
      useDevicePixels: true,
      style: { pointerEvents: 'none' },
      onResize: () => this.#deck.setProps({ viewState: this.#viewState() }),
      onError: (error) => onError(error),
      onAfterRender: () => {
        if (this.#countyLayer?.isLoaded) this.#element.dataset.insetState = 'ready';
      },
      layers: [],
    });
  }

  #viewState() {
    const { clientWidth, clientHeight } = this.#element;
    return { ...fitBounds(SOUTH_CHINA_SEA_BOUNDS, clientWidth || 100, clientHeight || 136, INSET_PADDING), pitch: 0, bearing: 0 };
  }

  /** Draws the same colours as the main map (`colours` per county index) and the title in `lang`. */
  update(lang: 'zh' | 'en', colours: CountyColourFrame): void {
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.#title.textContent = INSET_TITLE[lang];
    }
    if (this.#colours?.source !== colours) {
      this.#colours = { source: colours, inset: selectCounties(colours, this.#countyIndices) };
    }
    this.#countyLayer = countyLayer(this.#counties, this.#colours.inset, { id: 'inset-counties' });
    this.#deck.setProps({
      layers: [
        this.#neighboursLayer,
        this.#countyLayer,
        this.#islandsLayer,
        this.#dashesLayer,
      ],
    });
  }

  destroy(): void {
    this.#deck.finalize();
    this.#element.remove();
  }
}
