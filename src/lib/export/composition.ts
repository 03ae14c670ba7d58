/**
 * The export graphic, composed: the scene of one frame from its content (graphicContent.ts), its
 * layout (graphicLayout.ts), the map's paths and the county colours. Pure; the renderers draw it.
 */
import { BASE_COLOURS, BORDER_WIDTHS, borderWidthAt, COUNTY_BORDER_OPACITY, OVERLAY_COLOURS } from '../cartography/baseStyle';
import type { Theme } from '../state/theme';
import { rgbaOf } from '../view/scales/countyFill';
import type { InsetPaths, MainMapPaths, MapPaths } from '../cartography/mapPaths';
import type { GraphicContent } from './graphicContent';
import { insetMapBox, type GraphicLayout, type TextBlock } from './graphicLayout';
import { legendItems } from './legendScene';
import { css, overlayItems, type MapOverlay } from './mapOverlayScene';
import { GRAPHIC_COLOURS, type Rect, type SceneItem } from './scene';
import { wrapText } from './textMetrics';

/** The text's lines at the block's place: wrapped per frame, since a frame's text (its year) may differ from the layout's. */
export function textLines(block: TextBlock, texts: readonly string[], weight: 400 | 700, colour: string): SceneItem[] {
  const lines = texts.flatMap((text) => wrapText(text, block.size, block.maxWidth));
  return lines.map((text, i) => ({
    kind: 'text',
    x: block.x,
    y: block.y + i * block.lineHeight,
    text,
    size: block.size,
    weight,
    colour,
    align: 'left',
  }));
}

/** An RGBA table entry as a CSS colour; fully transparent is no fill. */
export function cssColour(table: Uint8Array, index: number): string | null {
  const a = table[index * 4 + 3] ?? 0;
  if (a === 0) return null;
  const [r, g, b] = [table[index * 4] ?? 0, table[index * 4 + 1] ?? 0, table[index * 4 + 2] ?? 0];
  const hex = `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  return a === 255 ? hex : `rgba(${r},${g},${b},${(a / 255).toFixed(3)})`;
}

/** A #rrggbb colour at an opacity, as the base style draws the county borders (line-opacity). */
function withOpacity(hex: string, opacity: number): string {
  const [r, g, b] = rgbaOf(hex);
  return `rgba(${r},${g},${b},${opacity})`;
}

/** The main map's paths but the counties': what is drawn around them. */
export type MapLayerPaths<D = string> = Omit<MainMapPaths<D>, 'counties' | 'codes'>;

/** The counties of one fill colour as one path (the screen's 2D map draws them so). */
export interface CountyFill<D> {
  colour: string;
  d: D;
}

/** The county borders' colour and width, as the base style draws them (line-opacity by level, width by zoom). */
function countyBorder(paths: Pick<MainMapPaths<unknown>, 'zoom' | 'level'>, theme: Theme): { stroke: string; strokeWidth: number } {
  const opacity = paths.level === 'county' ? COUNTY_BORDER_OPACITY.countyLevel : COUNTY_BORDER_OPACITY.areaLevel;
  return { stroke: withOpacity(BASE_COLOURS[theme].countyBorder, opacity), strokeWidth: borderWidthAt(BORDER_WIDTHS.county, paths.zoom) };
}

/**
 * The map in its box, bottom to top as the screen's map draws it (cartography/baseStyle.ts, the
 * deck.gl county fill under the borders): sea, neighbours, China's land, the counties, the
 * borders, the South China Sea lines and the selected place's outline. Border widths follow the
 * map's zoom, as MapLibre draws them.
 */
function mapLayerItems<D>(box: Rect, paths: MapLayerPaths<D>, counties: SceneItem<D>, theme: Theme): SceneItem<D>[] {
  return [...mapGroundItems(box, paths, theme), counties, ...mapLineItems(paths, theme)];
}

/** What mapLayerItems draws below the counties: the sea, the neighbours and China's land. */
export function mapGroundItems<D>(box: Rect, paths: Pick<MapLayerPaths<D>, 'neighbours' | 'nation'>, theme: Theme): SceneItem<D>[] {
  const colours = BASE_COLOURS[theme];
  return [
    { kind: 'rect', ...box, fill: colours.sea },
    { kind: 'path', d: paths.neighbours, fill: colours.neighbourLand, stroke: colours.neighbourBorder, strokeWidth: 0.6 },
    { kind: 'path', d: paths.nation, fill: colours.chinaLand },
  ];
}

/** What mapLayerItems draws above the counties: the borders, the South China Sea lines and the selected place's outline. */
export function mapLineItems<D>(paths: MapLayerPaths<D>, theme: Theme): SceneItem<D>[] {
  const colours = BASE_COLOURS[theme];
  const border = (widths: readonly [number, number]) => borderWidthAt(widths, paths.zoom);
  return [
    { kind: 'path', d: paths.prefectures, fill: null, stroke: colours.prefectureBorder, strokeWidth: border(BORDER_WIDTHS.prefecture) },
    { kind: 'path', d: paths.provinces, fill: null, stroke: colours.provinceBorder, strokeWidth: border(BORDER_WIDTHS.province) },
    { kind: 'path', d: paths.nation, fill: null, stroke: colours.nationBorder, strokeWidth: border(BORDER_WIDTHS.nation) },
    { kind: 'path', d: paths.southChinaSeaLines, fill: null, stroke: colours.southChinaSeaLine, strokeWidth: border(BORDER_WIDTHS.nation) },
    { kind: 'path', d: paths.selectedPlace, fill: null, stroke: css(OVERLAY_COLOURS[theme].selectedOutline), strokeWidth: 2.5 },
  ];
}

/**
 * The map in its box (mapLayerItems), each county its own path with its fill and border, as the
 * exports keep it (an SVG's reader edits one county). `countiesId` names the counties' group (one
 * per map of a year grid).
 */
export function mapItems<D = string>(box: Rect, paths: MainMapPaths<D>, countyColours: Uint8Array, theme: Theme = 'light', countiesId = 'counties'): SceneItem<D>[] {
  const border = countyBorder(paths, theme);
  const counties: SceneItem<D>[] = paths.counties.map((d, i) => ({
    kind: 'path',
    d,
    fill: cssColour(countyColours, i),
    ...border,
    code: paths.codes[i],
  }));
  return mapLayerItems(box, paths, { kind: 'group', id: countiesId, clip: null, items: counties }, theme);
}

/**
 * The same map with the counties drawn together, as the screen's 2D map draws them: one path per
 * fill colour, then every county border as one path above all fills (as the interactive map
 * draws its county borders over deck.gl's fill) — a dozen canvas calls instead of two per county.
 */
export function batchedMapItems<D>(box: Rect, paths: MapLayerPaths<D>, fills: readonly CountyFill<D>[], countyBorders: D, theme: Theme = 'light'): SceneItem<D>[] {
  const counties: SceneItem<D>[] = [
    ...fills.map(({ colour, d }): SceneItem<D> => ({ kind: 'path', d, fill: colour })),
    { kind: 'path', d: countyBorders, fill: null, ...countyBorder(paths, theme) },
  ];
  return mapLayerItems(box, paths, { kind: 'group', id: 'counties', clip: null, items: counties }, theme);
}

/** The 南海诸岛 inset in its box, without its title: its lines have a fixed scale and follow the graphic's `unit`. */
export function insetItems<D = string>(box: Rect, inset: InsetPaths<D>, countyColours: Uint8Array, unit: number, theme: Theme = 'light'): SceneItem<D>[] {
  const line = (width: number) => Math.max(0.35, width * unit);
  const colours = BASE_COLOURS[theme];
  return [
    { kind: 'rect', ...box, fill: colours.sea },
    { kind: 'path', d: inset.neighbours, fill: colours.neighbourLand, stroke: colours.neighbourBorder, strokeWidth: line(0.5) },
    ...inset.counties.map(({ index, d }): SceneItem<D> => ({
      kind: 'path',
      d,
      fill: cssColour(countyColours, index),
      stroke: colours.provinceBorder,
      strokeWidth: line(0.5),
    })),
    { kind: 'path', d: inset.southChinaSeaLines, fill: null, stroke: colours.southChinaSeaLine, strokeWidth: line(1) },
  ];
}

/** The graphic's ground, title, subtitle and 示意数据 badge (a year grid's graphic has the same header). */
export function headerItems(
  layout: Pick<GraphicLayout, 'width' | 'height' | 'unit' | 'title' | 'subtitle' | 'badge'>,
  content: GraphicContent,
  theme: Theme = 'light',
): SceneItem[] {
  const { unit } = layout;
  const graphic = GRAPHIC_COLOURS[theme];
  const items: SceneItem[] = [
    { kind: 'rect', x: 0, y: 0, width: layout.width, height: layout.height, fill: graphic.paper },
    ...textLines(layout.title, [content.title], 700, graphic.ink),
    ...textLines(layout.subtitle, [content.subtitle], 400, graphic.mutedInk),
  ];
  if (layout.badge && content.badge) {
    const { badge } = layout;
    items.push(
      { kind: 'rect', x: badge.x, y: badge.y, width: badge.width, height: badge.height, fill: graphic.badgeFill, stroke: graphic.badgeEdge, strokeWidth: Math.max(1, unit), radius: 4 * unit },
      { kind: 'text', x: badge.x + badge.width / 2, y: badge.y + badge.height * 0.5 + badge.size * 0.36, text: content.badge, size: badge.size, weight: 600, colour: graphic.badgeInk, align: 'center' },
    );
  }
  return items;
}

/** The legend on its ground. */
export function legendBoxItems(layout: GraphicLayout, legend: GraphicContent['legend'], theme: Theme = 'light'): SceneItem[] {
  const { unit } = layout;
  return [
    { kind: 'rect', x: layout.legend.x - 6 * unit, y: layout.legend.y - 4 * unit, width: layout.legend.width + 12 * unit, height: layout.legend.height + 6 * unit, fill: GRAPHIC_COLOURS[theme].legendBox, radius: 4 * unit },
    ...legendItems(layout, legend, theme),
  ];
}

/** The 南海诸岛 inset in its frame, its title on its last line. */
export function framedInsetItems(
  insetBox: Rect,
  insetTitleSize: number,
  inset: InsetPaths,
  countyColours: Uint8Array,
  unit: number,
  title: string,
  theme: Theme = 'light',
  groupId = 'south-china-sea-inset',
): SceneItem[] {
  const insetMap = insetMapBox({ inset: insetBox, insetTitleSize });
  const base = BASE_COLOURS[theme];
  return [
    {
      kind: 'group',
      id: groupId,
      clip: insetBox,
      items: [
        ...insetItems(insetBox, inset, countyColours, unit, theme),
        {
          kind: 'text',
          x: insetMap.x + insetMap.width / 2,
          y: insetBox.y + insetBox.height - insetTitleSize * 0.5,
          text: title,
          size: insetTitleSize,
          weight: 400,
          colour: base.nationBorder,
          align: 'center',
        },
      ],
    },
    { kind: 'rect', ...insetBox, fill: null, stroke: base.nationBorder, strokeWidth: Math.max(1, unit) },
  ];
}

/** The whole graphic for one frame in a theme's colours: county colours are RGBA bytes per county (countyFill.countyColours). */
export function composeScene(
  layout: GraphicLayout,
  content: GraphicContent,
  paths: MapPaths,
  countyColours: Uint8Array,
  overlay: MapOverlay = { labels: [], labelSize: 0, over100YiPath: { line: [], dots: [], years: [] } },
  theme: Theme = 'light',
): SceneItem[] {
  const { unit, map } = layout;
  const graphic = GRAPHIC_COLOURS[theme];
  const insetBox = layout.inset;
  const items: SceneItem[] = headerItems(layout, content, theme);
  items.push({
    kind: 'group',
    id: 'map',
    clip: map,
    items: [
      ...mapItems(map, paths, countyColours, theme),
      ...overlayItems(unit, overlay, theme),
    ],
  });
  items.push({
    kind: 'text',
    x: layout.yearStamp.x,
    y: layout.yearStamp.y,
    text: content.yearStamp,
    size: layout.yearStamp.size,
    weight: 700,
    colour: graphic.yearStamp,
    align: 'left',
  });
  if (layout.caption) {
    const { caption } = layout;
    items.push(
      { kind: 'rect', x: caption.x, y: caption.y, width: caption.width, height: caption.height, fill: graphic.captionBox, stroke: graphic.captionEdge, strokeWidth: Math.max(0.5, unit), radius: 6 * unit },
      ...textLines(caption.block, [content.caption ?? ''], 400, graphic.ink),
    );
  }
  items.push(
    ...legendBoxItems(layout, content.legend, theme),
    ...framedInsetItems(insetBox, layout.insetTitleSize, paths.inset, countyColours, unit, content.insetTitle, theme),
    ...textLines(layout.footer, content.footer, 400, graphic.mutedInk),
  );
  return items;
}
