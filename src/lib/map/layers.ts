/**
 * The deck.gl layers of the map: mapLayers builds all of them from what is drawn; the factories
 * below are pure functions of their data returning descriptors with stable ids. Descriptors are
 * cheap and are rebuilt on every redraw; deck.gl keeps the GPU buffers (as long as `data` keeps
 * its identity), so a year step uploads two small colour tables and never re-tessellates.
 */
import { GeoJsonLayer, PathLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { RGBA } from '../view/drawModel';
import type { CountyColourFrame } from '../cartography/countyColourFrames';
import { CountyColourExtension, type CountyColourSource } from './countyColourExtension';
import type { ProvinceLabel } from '../cartography/provinceLabels';
import type { Over100YiPathMarks, PathDot, PathPoint, PathYearLabel } from '../cartography/over100YiPath';
import { LABEL_FONT_FAMILY, OVERLAY_COLOURS, type OverlayColourName } from '../cartography/baseStyle';
import type { Theme } from '../state/theme';

/** The prop that @deck.gl/maplibre reads in interleaved mode to place a layer in the style (not exported by the package). */
type InterleavedProps = { beforeId?: string };

export type CountyFeatures = FeatureCollection<Geometry, { index: number }>;
export type CountyFeature = Feature<Geometry, { index: number }>;

export const LAYER_IDS = {
  counties: 'counties',
  selectedCounty: 'selected-county',
  hoveredArea: 'hovered-area',
  over100YiPath: 'over100yi-path',
  over100YiCentres: 'over100yi-centres',
  over100YiYears: 'over100yi-years',
  provinceLabels: 'province-labels',
} as const;

/** The overlay's colours in the theme shown (cartography/baseStyle.ts). */
type OverlayColours = Record<OverlayColourName, RGBA>;

/**
 * Distance-field glyphs, so that the halo can be drawn around names over any fill, rasterised at
 * the labels' size on screen in device pixels (they show at 11–12 px). A distance field shrunk
 * much further is sampled between a thin stem's texels: at 32 px on a pixel ratio of 1, every
 * "i" of DejaVu Sans vanished ("Xinjiang" drawn "Xi njang"); at 16 px they were faint. The halo,
 * in the atlas's pixels, grows with it, so on screen it stays ~1.4 px at every pixel ratio, as the
 * 2D map's. The labels use the 2D map's fonts (LABEL_FONT_FAMILY): the interactive map replaces
 * the first paint with the same glyphs.
 */
export function labelGlyphs(pixelRatio: number) {
  const scale = Math.max(1, Math.round(pixelRatio));
  return {
    fontFamily: LABEL_FONT_FAMILY,
    fontSettings: { sdf: true, fontSize: 12 * scale, buffer: 3 * scale, radius: 6 * scale },
    outlineWidth: 1.5 * scale,
  };
}

const countyColourExtension = new CountyColourExtension();
/** deck.gl draws this constant; the extension replaces it with the county's colour in the shader. */
const COLOUR_FROM_EXTENSION: RGBA = [255, 255, 255, 255];

/**
 * The county polygons. Their fill comes from `colours` (one entry per feature, in data order; or
 * a source of them read at each draw) through CountyColourExtension, so a year step never touches
 * the polygons' vertex buffers.
 */
export function countyLayer(
  counties: CountyFeatures,
  colours: CountyColourFrame | CountyColourSource,
  options: { id?: string; highlightedIndex?: number | null; beforeId?: string; theme?: Theme } = {},
) {
  const { id = LAYER_IDS.counties, highlightedIndex = null, beforeId, theme = 'light' } = options;
  return new GeoJsonLayer<{ index: number }, InterleavedProps>({
    id,
    data: counties,
    beforeId,
    filled: true,
    // County borders are MapLibre's (see baseStyle): deck.gl's path layer over ~50,000 border
    // segments costs a second per frame under SwiftShader, MapLibre's tiled lines a fraction.
    stroked: false,
    getFillColor: COLOUR_FROM_EXTENSION,
    // Always pickable: the colour lookup reads the polygon's row from its picking colour, which
    // deck.gl leaves blank for layers that cannot be picked.
    pickable: true,
    // The hovered county is lit from MapView's own hover state, not deck.gl's autoHighlight,
    // which stays lit when the pointer leaves the map over a panel laid on it.
    highlightedObjectIndex: highlightedIndex ?? -1,
    highlightColor: OVERLAY_COLOURS[theme].hoverHighlight,
    _subLayerProps: {
      'polygons-fill': { extensions: [countyColourExtension], countyColours: colours },
    },
  });
}

/** The outline of the selected place: a county, or a prefecture or province at those levels. */
export function selectedPlaceLayer(selected: Feature<Geometry, object>[], colours: OverlayColours) {
  return new GeoJsonLayer<object>({
    id: LAYER_IDS.selectedCounty,
    data: selected,
    filled: false,
    stroked: true,
    getLineColor: colours.selectedOutline,
    getLineWidth: 2.5,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    visible: selected.length > 0,
  });
}

/**
 * The prefecture or province under the pointer, at those levels: there the county highlight
 * would mark a part of the place the tooltip describes, so the whole area is outlined instead.
 */
export function hoveredAreaLayer(hovered: Feature<Geometry, object>[], colours: OverlayColours) {
  return new GeoJsonLayer<object>({
    id: LAYER_IDS.hoveredArea,
    data: hovered,
    filled: true,
    getFillColor: colours.hoverHighlight,
    stroked: true,
    getLineColor: colours.selectedOutline,
    getLineWidth: 1.2,
    lineWidthUnits: 'pixels',
    lineJointRounded: true,
    visible: hovered.length > 0,
  });
}

/** The 百亿 centre path's marks (see cartography/over100YiPath): its line, a dot per year, and its first and latest years. */
export function over100YiPathLayers(marks: Over100YiPathMarks, colours: OverlayColours, pixelRatio: number) {
  const isVisible = marks.line.length > 0;
  const { fontFamily, fontSettings } = labelGlyphs(pixelRatio);
  return [
    new PathLayer<readonly PathPoint[]>({
      id: LAYER_IDS.over100YiPath,
      data: [marks.line],
      getPath: (line) => line.map((point): [number, number] => [point.lng, point.lat]),
      getColor: colours.over100YiPath,
      getWidth: 2,
      widthUnits: 'pixels',
      jointRounded: true,
      capRounded: true,
      visible: isVisible,
    }),
    new ScatterplotLayer<PathDot>({
      id: LAYER_IDS.over100YiCentres,
      data: marks.dots,
      getPosition: (dot) => [dot.point.lng, dot.point.lat],
      getRadius: (dot) => dot.radiusPx,
      radiusUnits: 'pixels',
      stroked: true,
      getFillColor: (dot) => (dot.isLatest ? colours.over100YiPath : colours.pathDotFill),
      getLineColor: colours.over100YiPath,
      updateTriggers: { getFillColor: colours },
      getLineWidth: 1.5,
      lineWidthUnits: 'pixels',
      visible: isVisible,
    }),
    // A light box keeps the years legible over county borders and fills.
    new TextLayer<PathYearLabel>({
      id: LAYER_IDS.over100YiYears,
      data: marks.years,
      getPosition: (label) => [label.point.lng, label.point.lat],
      getText: (label) => label.text,
      characterSet: '0123456789',
      fontFamily,
      fontSettings,
      getSize: 11,
      getColor: colours.label,
      background: true,
      getBackgroundColor: colours.labelHalo,
      backgroundPadding: [3, 1],
      backgroundBorderRadius: 3,
      getTextAnchor: (label) => label.anchor,
      getAlignmentBaseline: 'center',
      getPixelOffset: (label) => label.offsetPx,
      visible: isVisible,
    }),
  ];
}

export function provinceLabelLayer(labels: ProvinceLabel[], characterSet: string[], lang: 'zh' | 'en', colours: OverlayColours, pixelRatio: number) {
  return new TextLayer<ProvinceLabel>({
    id: LAYER_IDS.provinceLabels,
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => label[lang],
    characterSet,
    ...labelGlyphs(pixelRatio),
    fontWeight: 500,
    getSize: lang === 'zh' ? 12 : 11,
    getColor: colours.label,
    outlineColor: colours.labelHalo,
    updateTriggers: { getText: lang, getSize: lang },
  });
}

/** Everything the map's deck.gl layers draw, as MapView holds it. */
export interface MapLayersInput {
  counties: CountyFeatures;
  /** The county colours, read at each draw: new colours need no new layer. */
  colours: CountyColourSource;
  /** Layer id in the base style the county fill is drawn under (interleaved mode). */
  beforeId: string;
  /** The county lit under the pointer, or null. */
  litCountyIndex: number | null;
  /**
   * The hovered area's and the selected place's outlines, or null while never needed: layers that
   * the first view may not need join when first needed and then stay, shown or hidden, since
   * creating them up front would compile their shaders before the first frame.
   */
  hoveredArea: Feature<Geometry, object>[] | null;
  selectedPlace: Feature<Geometry, object>[] | null;
  labels: ProvinceLabel[];
  labelCharacters: string[];
  lang: 'zh' | 'en';
  /** The 百亿 centre path's marks, or null while the path has never been shown (see above). */
  pathMarks: Over100YiPathMarks | null;
  /** The theme whose overlay colours are drawn. */
  theme: Theme;
  /** The screen's device pixel ratio, which the labels' glyphs are rasterised for. */
  pixelRatio: number;
}

/**
 * The layers of the last redraw with the inputs each was built from. A layer whose inputs are the
 * same objects as last time is handed to deck.gl again as it is, and deck.gl then skips comparing
 * its props and its sublayers' (the province names' text layer has several): a year step, whose
 * colours come through the county layer's colour source, rebuilds no layer.
 */
export class LayerReuse {
  readonly #built = new Map<string, { inputs: readonly unknown[]; built: unknown }>();
  /** The list last seen by isNewList. */
  #list: readonly unknown[] = [];

  /** Whether `layers` differ (one by one) from the list this was last asked about: only then does deck.gl need them. */
  isNewList(layers: readonly unknown[]): boolean {
    const isSame = layers.length === this.#list.length && layers.every((layer, i) => layer === this.#list[i]);
    this.#list = layers;
    return !isSame;
  }

  /** `build()`, or what it returned last time for `key` if `inputs` are the same (===) as then. */
  reuse<T>(key: string, inputs: readonly unknown[], build: () => T): T {
    const last = this.#built.get(key);
    if (last && last.inputs.length === inputs.length && last.inputs.every((input, i) => input === inputs[i])) return last.built as T;
    const built = build();
    this.#built.set(key, { inputs, built });
    return built;
  }
}

/**
 * Whether two placements of the province names write the same names at the same points. A name
 * moved off its point (cartography/mapLabels) is a new object at each placement, so they are
 * compared by place: a redraw for a year step or a hover then keeps the names' text layer, which
 * deck.gl would otherwise lay out again (~2.5 ms per step).
 */
export function isSameLabelPlacement(a: readonly ProvinceLabel[], b: readonly ProvinceLabel[]): boolean {
  return (
    a.length === b.length &&
    a.every((label, i) => {
      const other = b[i]!;
      return label === other || (label.code === other.code && label.position[0] === other.position[0] && label.position[1] === other.position[1]);
    })
  );
}

/**
 * All of the map's deck.gl layers, bottom to top, with the county layer (whose loading MapView
 * watches). With `reuse` (kept from one redraw to the next), unchanged layers keep their identity.
 */
export function mapLayers(input: MapLayersInput, reuse = new LayerReuse()) {
  const { hoveredArea, selectedPlace, pathMarks, theme, litCountyIndex, beforeId, pixelRatio } = input;
  const counties = reuse.reuse(LAYER_IDS.counties, [input.counties, input.colours, litCountyIndex, theme, beforeId], () =>
    countyLayer(input.counties, input.colours, { beforeId, highlightedIndex: litCountyIndex, theme }),
  );
  const colours = OVERLAY_COLOURS[theme];
  const layers = [
    counties,
    ...(hoveredArea ? [reuse.reuse(LAYER_IDS.hoveredArea, [hoveredArea, theme], () => hoveredAreaLayer(hoveredArea, colours))] : []),
    ...(selectedPlace ? [reuse.reuse(LAYER_IDS.selectedCounty, [selectedPlace, theme], () => selectedPlaceLayer(selectedPlace, colours))] : []),
    reuse.reuse(LAYER_IDS.provinceLabels, [input.labels, input.labelCharacters, input.lang, theme, pixelRatio], () =>
      provinceLabelLayer(input.labels, input.labelCharacters, input.lang, colours, pixelRatio),
    ),
    // Above the province names: the path's year labels are the layer's message.
    ...(pathMarks ? reuse.reuse(LAYER_IDS.over100YiPath, [pathMarks, theme, pixelRatio], () => over100YiPathLayers(pathMarks, colours, pixelRatio)) : []),
  ];
  return { counties, layers };
}
