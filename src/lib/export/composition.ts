/**
 * The export graphic, composed: what it says (content), where each part sits (layout) and the
 * scene the renderers draw. Pure: text widths are estimated from the characters (CJK full width,
 * Latin about half), with room to spare, so that the same layout serves canvas and SVG.
 */
import type { LegendBin } from '../view/scales/layerScale';
import type { LayerId } from '../domain/layers';
import { legendBreakLabel, legendLabel, legendUnit } from '../view/scales/legendLabel';
import { compareLegendLabel, compareTitle, compareUnit } from '../view/compare/compareLegend';
import type { PlaceLevel } from '../domain/areas';
import type { DatasetMeta } from '../domain/contract';
import { formatGrowthBreak, formatYear } from '../format/format';
import { t, type Lang } from '../i18n/i18n';
import { BASE_COLOURS, BORDER_WIDTHS, borderWidthAt, COUNTY_BORDER_OPACITY, OVERLAY_COLOURS } from '../cartography/baseStyle';
import type { RGBA } from '../view/drawModel';
import { ALL_CATEGORIES } from '../domain/categories';
import type { MapPaths } from '../cartography/mapPaths';
import type { Rect, SceneItem } from './scene';

export interface LegendSwatch {
  colour: string;
  label: string;
  /** Spread layer: counties new this year, marked ◆ and framed as on screen. */
  isHighlighted: boolean;
  /** Spread layer: a year after the one shown, drawn faded. */
  isFuture: boolean;
}

export interface LegendContent {
  title: string;
  /** 'bar': range swatches side by side with the breaks under their edges (sales, growth); 'list': swatch and label (spread). */
  style: 'bar' | 'list';
  ranges: LegendSwatch[];
  /** Bar style: the break between each pair of neighbouring ranges. */
  breakLabels: string[];
  specials: LegendSwatch[];
}

export interface GraphicContent {
  title: string;
  subtitle: string;
  yearStamp: string;
  /** The 示意数据 badge, or null for a dataset that is not illustrative. */
  badge: string | null;
  legend: LegendContent;
  /** Source and credit lines; long ones wrap. */
  footer: string[];
  insetTitle: string;
  /** A story step's caption, or null. */
  caption: string | null;
}

export interface GraphicView {
  meta: Pick<DatasetMeta, 'title' | 'isIllustrative' | 'categories'>;
  layer: LayerId;
  category: string;
  year: number;
  /** Legend swatches of the year shown, as the on-screen legend has them (AtlasView.legendBins). */
  bins: readonly LegendBin[];
  lang: Lang;
  caption?: string | null;
  /** While two years are compared on screen: the first year; the bins are then the difference layer's. */
  compareFrom?: number | null;
  /** The places the map colours (counties unless given), named in the title. */
  level?: PlaceLevel;
}

function swatch(bin: LegendBin, label: string): LegendSwatch {
  return { colour: bin.colour, label: bin.isHighlighted ? `◆ ${label}` : label, isHighlighted: bin.isHighlighted, isFuture: bin.isFuture };
}

function layerTitle(layer: LayerId, level: PlaceLevel, lang: Lang): string {
  if (layer === 'spread') return t('export.graphic.title.spread', lang);
  return t(`export.graphic.title.${layer}`, lang, { places: t(`export.graphic.places.${level}`, lang) });
}

/** What the graphic says for one view: the same words and swatches as the page. */
export function graphicContent(view: GraphicView): GraphicContent {
  const { meta, layer, category, year, bins, lang } = view;
  const compareFrom = view.compareFrom ?? null;
  const isRange = (bin: LegendBin) => bin.kind === 'range' || bin.kind === 'year';
  const ranges = bins.filter(isRange);
  // The words of the on-screen legend (Legend.svelte), for the layer or for the difference layer.
  const unit = compareFrom === null ? legendUnit(layer, lang) : compareUnit(layer, lang);
  const label = (bin: LegendBin) => (compareFrom === null ? legendLabel(bin, layer, lang) : compareLegendLabel(bin, layer, lang));
  const breakLabel = (value: number) => (compareFrom === null ? legendBreakLabel(value, layer, lang) : formatGrowthBreak(value, lang));
  const legendTitle = compareFrom === null ? t(`legend.title.${layer}`, lang) : compareTitle(layer, compareFrom, year, lang);
  const categoryName =
    category === ALL_CATEGORIES ? t('category.all', lang) : (meta.categories.find((c) => c.id === category)?.[lang] ?? category);
  const dataLine = t('source.data', lang, { title: meta.title[lang] });
  return {
    title: compareFrom !== null ? legendTitle : layerTitle(layer, view.level ?? 'county', lang),
    subtitle: t('export.graphic.subtitle', lang, { layer: t(`layer.${layer}`, lang), category: categoryName, year: formatYear(year, lang) }),
    yearStamp: String(year),
    badge: meta.isIllustrative ? t('badge.illustrative', lang) : null,
    legend: {
      title: `${legendTitle}${unit ? (lang === 'zh' ? `（${unit}）` : ` (${unit})`) : ''}`,
      style: layer === 'spread' ? 'list' : 'bar',
      ranges: ranges.map((bin) => swatch(bin, label(bin))),
      breakLabels: layer === 'spread' ? [] : ranges.slice(1).map((bin) => breakLabel(bin.lower ?? 0)),
      specials: bins.filter((bin) => !isRange(bin)).map((bin) => swatch(bin, label(bin))),
    },
    footer: [
      meta.isIllustrative ? `${dataLine} · ${t('badge.illustrativeTitle', lang)}` : dataLine,
      `${t('source.boundaries', lang)} · ${t('export.graphic.credit', lang)}`,
    ],
    insetTitle: t('export.graphic.insetTitle', lang),
    caption: view.caption ?? null,
  };
}

const WIDE_CHARACTER = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f◆]/;

/** A generous estimate of a text's width: full-width characters 1 em, digits and capitals 0.62, the rest 0.55. */
export function estimateTextWidth(text: string, size: number): number {
  let ems = 0;
  for (const character of text) ems += WIDE_CHARACTER.test(character) ? 1 : /[A-Z0-9%]/.test(character) ? 0.62 : 0.55;
  return ems * size;
}

/** Breaks a text into lines no wider than maxWidth: after words and between CJK characters. */
export function wrapText(text: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  const words = text.match(/[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+|./gu) ?? [];
  // A word wider than a whole line is broken between its characters.
  const tokens = words.flatMap((word) => (estimateTextWidth(word.trimEnd(), size) > maxWidth ? [...word] : [word]));
  for (const token of tokens) {
    if (line && estimateTextWidth((line + token).trimEnd(), size) > maxWidth) {
      lines.push(line.trimEnd());
      line = token.trimStart();
    } else {
      line += token;
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

interface TextBlock {
  x: number;
  /** Baseline of the first line. */
  y: number;
  size: number;
  lineHeight: number;
  /** Width the text wraps at. */
  maxWidth: number;
  /** The lines of the text the layout was made for (a frame's own text is wrapped the same way). */
  lines: string[];
}

export interface LegendLayout extends Rect {
  titleSize: number;
  labelSize: number;
  swatchSize: number;
  /** List style: width of one swatch-and-label column. */
  columnWidth: number;
  columns: number;
}

export interface GraphicLayout {
  width: number;
  height: number;
  /** Layout units per 1/1000 of the shorter side: every size scales with it. */
  unit: number;
  padding: number;
  title: TextBlock;
  subtitle: TextBlock;
  badge: (Rect & { size: number }) | null;
  map: Rect;
  legend: LegendLayout;
  inset: Rect;
  insetTitleSize: number;
  yearStamp: { x: number; y: number; size: number };
  caption: (Rect & { block: TextBlock }) | null;
  footer: TextBlock;
}

/** From this width-to-height ratio on, the legend and inset move beside the map instead of under it. */
const WIDE_ASPECT = 1.3;

/** Text never gets smaller than this many layout units, even in a small graphic. */
const MIN_TEXT = 9;

/** Rows a list legend needs for its swatches at a column width; the bar legend's specials take one row. */
function legendSize(content: LegendContent, maxWidth: number, unit: number, sizingLabels: readonly string[]) {
  const titleSize = Math.max(MIN_TEXT, 19 * unit);
  const labelSize = Math.max(MIN_TEXT, 16 * unit);
  const swatchSize = 16 * unit;
  const gap = 8 * unit;
  const labels = [...content.ranges, ...content.specials].map((s) => s.label).concat(sizingLabels);
  const columnWidth = swatchSize + gap + Math.max(...labels.map((label) => estimateTextWidth(label, labelSize))) + 2 * gap;
  const columns = Math.max(1, Math.floor(maxWidth / columnWidth));
  const rowHeight = Math.max(swatchSize, labelSize) + gap;
  const titleHeight = titleSize * 1.5;
  if (content.style === 'list') {
    const rows = Math.ceil((content.ranges.length + content.specials.length) / columns);
    return { titleSize, labelSize, swatchSize, columnWidth, columns, width: Math.min(maxWidth, columns * columnWidth), height: titleHeight + rows * rowHeight };
  }
  const specialRows = content.specials.length > 0 ? Math.ceil(content.specials.length / columns) : 0;
  const barHeight = swatchSize + labelSize * 1.6 + gap;
  return {
    titleSize,
    labelSize,
    swatchSize,
    columnWidth,
    columns,
    width: Math.min(maxWidth, 560 * unit),
    height: titleHeight + barHeight + specialRows * rowHeight,
  };
}

/**
 * Where each part of the graphic sits: header (title, subtitle, badge) at the top, the source
 * lines at the bottom, the map in between with the year stamp in its lower left corner (open sea
 * or neighbouring land when China is fitted); the legend and the 南海诸岛 inset under the map, or
 * beside it in a wide graphic. sizingLabels are legend labels other frames will show, so that an animation's
 * legend box fits all of its years.
 */
export function layoutGraphic(width: number, height: number, content: GraphicContent, sizingLabels: readonly string[] = []): GraphicLayout {
  const unit = Math.min(width, height) / 1000;
  const padding = 36 * unit;
  const innerWidth = width - 2 * padding;

  const badgeSize = Math.max(MIN_TEXT, 19 * unit);
  const badge = content.badge
    ? {
        width: estimateTextWidth(content.badge, badgeSize) + 20 * unit,
        height: badgeSize * 1.7,
        x: 0,
        y: padding,
        size: badgeSize,
      }
    : null;
  if (badge) badge.x = width - padding - badge.width;

  const titleSize = Math.max(MIN_TEXT + 3, 42 * unit);
  const titleWidth = innerWidth - (badge ? badge.width + 16 * unit : 0);
  const titleLines = wrapText(content.title, titleSize, titleWidth);
  const title: TextBlock = { x: padding, y: padding + titleSize * 0.88, size: titleSize, lineHeight: titleSize * 1.25, maxWidth: titleWidth, lines: titleLines };
  const subtitleSize = Math.max(MIN_TEXT + 1, 25 * unit);
  const subtitleLines = wrapText(content.subtitle, subtitleSize, titleWidth);
  const subtitle: TextBlock = {
    x: padding,
    y: title.y + (titleLines.length - 1) * title.lineHeight + subtitleSize * 1.55,
    size: subtitleSize,
    lineHeight: subtitleSize * 1.3,
    maxWidth: titleWidth,
    lines: subtitleLines,
  };
  const headerBottom = subtitle.y + (subtitleLines.length - 1) * subtitle.lineHeight + subtitleSize * 0.6 + 14 * unit;

  const footerSize = Math.max(MIN_TEXT, 15 * unit);
  const footerLines = content.footer.flatMap((line) => wrapText(line, footerSize, innerWidth));
  const footerLineHeight = footerSize * 1.4;
  const footer: TextBlock = {
    x: padding,
    y: height - padding - (footerLines.length - 1) * footerLineHeight,
    size: footerSize,
    lineHeight: footerLineHeight,
    maxWidth: innerWidth,
    lines: footerLines,
  };
  const footerTop = footer.y - footerSize * 1.1;

  const contentBottom = footerTop - 14 * unit;
  const gap = 24 * unit;
  let map: Rect;
  let legend: LegendLayout;
  let inset: Rect;
  const yearSize = 120 * unit;
  /** Set when the year stamp gets a place of its own; otherwise it sits in the map's lower left corner. */
  let yearStamp: GraphicLayout['yearStamp'] | null = null;
  if (width / height >= WIDE_ASPECT) {
    // Wide: China, about 1.4 times as wide as tall, leaves room at the side; the legend and the
    // inset take a column on the right and the map gets the full height.
    const sideWidth = Math.min(innerWidth * 0.3, 420 * unit);
    map = { x: padding, y: headerBottom, width: innerWidth - sideWidth - gap, height: Math.max(1, contentBottom - headerBottom) };
    const legendBox = legendSize(content.legend, sideWidth, unit, sizingLabels);
    legend = { ...legendBox, x: width - padding - sideWidth, y: headerBottom + 6 * unit };
    const insetWidth = Math.max(60 * unit, Math.min(150 * unit, sideWidth, (contentBottom - legend.y - legend.height - gap) / 1.36));
    inset = { x: width - padding - insetWidth, y: contentBottom - insetWidth * 1.36, width: insetWidth, height: insetWidth * 1.36 };
  } else {
    // Square and tall: the legend in a band under the map, the inset in the map's lower right
    // corner (open sea when China is fitted), as on screen.
    const insetWidth = Math.min(150 * unit, innerWidth * 0.25);
    inset = { x: width - padding - insetWidth, y: contentBottom - insetWidth * 1.36, width: insetWidth, height: insetWidth * 1.36 };
    const legendBox = legendSize(content.legend, innerWidth - insetWidth - gap, unit, sizingLabels);
    legend = { ...legendBox, x: padding, y: contentBottom - legendBox.height };
    // A tall graphic has more height than China needs at its width: the map keeps what it needs
    // and the year stamp, larger, takes the rest below it.
    const available = Math.max(1, legend.y - 10 * unit - headerBottom);
    const slack = available - innerWidth * 0.95;
    const slackYearSize = Math.min(200 * unit, slack * 0.75);
    const isStampBelow = slackYearSize > yearSize;
    map = { x: padding, y: headerBottom, width: innerWidth, height: isStampBelow ? available - slack : available };
    if (isStampBelow) yearStamp = { x: padding, y: map.y + map.height + slack / 2 + slackYearSize * 0.36, size: slackYearSize };
  }
  yearStamp ??= { x: map.x + 4 * unit, y: map.y + map.height - 8 * unit, size: yearSize };
  let caption: GraphicLayout['caption'] = null;
  if (content.caption) {
    const size = Math.max(MIN_TEXT + 1, 24 * unit);
    const boxWidth = Math.min(innerWidth, 620 * unit);
    const lines = wrapText(content.caption, size, boxWidth - 28 * unit);
    const lineHeight = size * 1.4;
    const boxHeight = lines.length * lineHeight + 22 * unit;
    caption = {
      x: map.x,
      y: map.y,
      width: boxWidth,
      height: boxHeight,
      block: { x: map.x + 14 * unit, y: map.y + 11 * unit + size * 0.95, size, lineHeight, maxWidth: boxWidth - 28 * unit, lines },
    };
  }
  return {
    width,
    height,
    unit,
    padding,
    title,
    subtitle,
    badge,
    map,
    legend,
    inset,
    insetTitleSize: Math.max(MIN_TEXT - 1, 13 * unit),
    yearStamp,
    caption,
    footer,
  };
}

/** The inset's map box: the inset less its title line. */
export function insetMapBox(layout: GraphicLayout): Rect {
  const { inset, insetTitleSize } = layout;
  return { x: inset.x, y: inset.y, width: inset.width, height: inset.height - insetTitleSize * 1.6 };
}

const INK = '#1a1a1a';
const MUTED_INK = '#3d3d3d';
const FADED_INK = '#767676';

/** The text's lines at the block's place: wrapped per frame, since a frame's text (its year) may differ from the layout's. */
function textLines(block: TextBlock, texts: readonly string[], weight: 400 | 700, colour: string): SceneItem[] {
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

/** What a frame draws over the counties, in layout units: province names, and the 百亿 centre path up to the year shown. */
export interface MapOverlay {
  labels: { x: number; y: number; text: string }[];
  /** Size of the province names, in layout units. */
  labelSize: number;
  over100YiPath: { x: number; y: number; year: number }[];
}

const css = ([r, g, b, a]: RGBA) => `rgba(${r},${g},${b},${Number((a / 255).toFixed(3))})`;

/** A circle as path data (two arcs), which both renderers draw like any other path. */
function circle(x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
}

/**
 * The map's overlay as deck.gl draws it (layers.ts): province names with a halo; the 百亿 path,
 * its yearly dots, the latest one larger and filled, the first and latest years labelled.
 */
function overlayItems(layout: GraphicLayout, overlay: MapOverlay): SceneItem[] {
  const { labelSize } = overlay;
  const { unit } = layout;
  const halo = { colour: css(OVERLAY_COLOURS.labelHalo), width: 3 * unit };
  const text = css(OVERLAY_COLOURS.label);
  const pathColour = css(OVERLAY_COLOURS.over100YiPath);
  const items: SceneItem[] = overlay.labels.map((label): SceneItem => ({
    kind: 'text',
    x: label.x,
    y: label.y + labelSize * 0.36,
    text: label.text,
    size: labelSize,
    weight: 500,
    colour: text,
    align: 'center',
    halo,
  }));
  const points = overlay.over100YiPath;
  const latest = points[points.length - 1];
  if (!latest) return items;
  items.push({
    kind: 'path',
    d: points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''),
    fill: null,
    stroke: pathColour,
    strokeWidth: 2 * unit,
  });
  for (const point of points) {
    const isLatest = point === latest;
    items.push({ kind: 'path', d: circle(point.x, point.y, (isLatest ? 6 : 3.5) * unit), fill: isLatest ? pathColour : '#ffffff', stroke: pathColour, strokeWidth: 1.5 * unit });
  }
  const yearSize = 11 * Math.max(1, unit);
  for (const point of points.length > 1 ? [points[0]!, latest] : [latest]) {
    const isLatest = point === latest;
    items.push({
      kind: 'text',
      x: point.x + (isLatest ? 9 : -10) * unit,
      y: point.y + yearSize * 0.36,
      text: String(point.year),
      size: yearSize,
      weight: 400,
      colour: text,
      align: isLatest ? 'left' : 'right',
      halo,
    });
  }
  return items;
}

function legendItems(layout: GraphicLayout, legend: LegendContent): SceneItem[] {
  const box = layout.legend;
  const { unit } = layout;
  const gap = 8 * unit;
  const items: SceneItem[] = [
    { kind: 'text', x: box.x, y: box.y + box.titleSize, text: legend.title, size: box.titleSize, weight: 600, colour: INK, align: 'left' },
  ];
  let top = box.y + box.titleSize * 1.5;
  const listed = (swatches: readonly LegendSwatch[], startTop: number) =>
    swatches.forEach((s, i) => {
      const x = box.x + (i % box.columns) * box.columnWidth;
      const y = startTop + Math.floor(i / box.columns) * (Math.max(box.swatchSize, box.labelSize) + gap);
      items.push({
        kind: 'rect',
        x,
        y,
        width: box.swatchSize,
        height: box.swatchSize,
        fill: s.colour,
        stroke: s.isHighlighted ? INK : 'rgba(0,0,0,0.25)',
        strokeWidth: s.isHighlighted ? 2 * unit : Math.max(0.5, unit),
      });
      if (s.isFuture) items.push({ kind: 'rect', x, y, width: box.swatchSize, height: box.swatchSize, fill: 'rgba(255,255,255,0.65)' });
      items.push({
        kind: 'text',
        x: x + box.swatchSize + gap * 0.75,
        y: y + box.swatchSize * 0.5 + box.labelSize * 0.36,
        text: s.label,
        size: box.labelSize,
        weight: s.isHighlighted ? 700 : 400,
        colour: s.isFuture ? FADED_INK : MUTED_INK,
        align: 'left',
      });
    });
  if (legend.style === 'list') {
    listed([...legend.ranges, ...legend.specials], top);
    return items;
  }
  const swatchWidth = box.width / Math.max(1, legend.ranges.length);
  legend.ranges.forEach((s, i) => {
    items.push({
      kind: 'rect',
      x: box.x + i * swatchWidth,
      y: top,
      width: swatchWidth,
      height: box.swatchSize,
      fill: s.colour,
      stroke: 'rgba(0,0,0,0.15)',
      strokeWidth: Math.max(0.5, unit),
    });
  });
  legend.breakLabels.forEach((label, i) => {
    items.push({
      kind: 'text',
      x: box.x + (i + 1) * swatchWidth,
      y: top + box.swatchSize + box.labelSize * 1.15,
      text: label,
      size: box.labelSize,
      weight: 400,
      colour: MUTED_INK,
      align: 'center',
    });
  });
  top += box.swatchSize + box.labelSize * 1.6 + gap;
  listed(legend.specials, top);
  return items;
}

/** The whole graphic for one frame: county colours are RGBA bytes per county (view/scales/countyFill.countyColours). */
export function composeScene(
  layout: GraphicLayout,
  content: GraphicContent,
  paths: MapPaths,
  countyColours: Uint8Array,
  overlay: MapOverlay = { labels: [], labelSize: 0, over100YiPath: [] },
): SceneItem[] {
  const { unit, map } = layout;
  // The inset has a fixed scale: its lines follow the graphic's size. The main map's borders follow
  // its zoom, as MapLibre draws them on screen.
  const line = (width: number) => Math.max(0.35, width * unit);
  const border = (widths: readonly [number, number]) => borderWidthAt(widths, paths.zoom);
  const countyBorderOpacity = paths.level === 'county' ? COUNTY_BORDER_OPACITY.countyLevel : COUNTY_BORDER_OPACITY.areaLevel;
  const counties: SceneItem[] = paths.counties.map((d, i) => ({
    kind: 'path',
    d,
    fill: cssColour(countyColours, i),
    stroke: `rgba(255,255,255,${countyBorderOpacity})`,
    strokeWidth: border(BORDER_WIDTHS.county),
    code: paths.codes[i],
  }));
  const insetBox = layout.inset;
  const insetMap = insetMapBox(layout);
  const items: SceneItem[] = [
    { kind: 'rect', x: 0, y: 0, width: layout.width, height: layout.height, fill: '#ffffff' },
    ...textLines(layout.title, [content.title], 700, INK),
    ...textLines(layout.subtitle, [content.subtitle], 400, MUTED_INK),
  ];
  if (layout.badge && content.badge) {
    const { badge } = layout;
    items.push(
      { kind: 'rect', x: badge.x, y: badge.y, width: badge.width, height: badge.height, fill: '#fff4e0', stroke: '#8a4b00', strokeWidth: Math.max(1, unit), radius: 4 * unit },
      { kind: 'text', x: badge.x + badge.width / 2, y: badge.y + badge.height * 0.5 + badge.size * 0.36, text: content.badge, size: badge.size, weight: 600, colour: '#6b3a00', align: 'center' },
    );
  }
  items.push({
    kind: 'group',
    id: 'map',
    clip: map,
    items: [
      { kind: 'rect', ...map, fill: BASE_COLOURS.sea },
      { kind: 'path', d: paths.neighbours, fill: BASE_COLOURS.neighbourLand, stroke: BASE_COLOURS.neighbourBorder, strokeWidth: 0.6 },
      { kind: 'path', d: paths.nation, fill: BASE_COLOURS.chinaLand },
      { kind: 'group', id: 'counties', clip: null, items: counties },
      { kind: 'path', d: paths.prefectures, fill: null, stroke: BASE_COLOURS.prefectureBorder, strokeWidth: border(BORDER_WIDTHS.prefecture) },
      { kind: 'path', d: paths.provinces, fill: null, stroke: BASE_COLOURS.provinceBorder, strokeWidth: border(BORDER_WIDTHS.province) },
      { kind: 'path', d: paths.nation, fill: null, stroke: BASE_COLOURS.nationBorder, strokeWidth: border(BORDER_WIDTHS.nation) },
      { kind: 'path', d: paths.southChinaSeaLines, fill: null, stroke: BASE_COLOURS.southChinaSeaLine, strokeWidth: border(BORDER_WIDTHS.nation) },
      { kind: 'path', d: paths.selectedPlace, fill: null, stroke: css(OVERLAY_COLOURS.selectedOutline), strokeWidth: 2.5 },
      ...overlayItems(layout, overlay),
    ],
  });
  items.push({
    kind: 'text',
    x: layout.yearStamp.x,
    y: layout.yearStamp.y,
    text: content.yearStamp,
    size: layout.yearStamp.size,
    weight: 700,
    colour: 'rgba(26,26,26,0.78)',
    align: 'left',
  });
  if (layout.caption) {
    const { caption } = layout;
    items.push(
      { kind: 'rect', x: caption.x, y: caption.y, width: caption.width, height: caption.height, fill: 'rgba(255,255,255,0.92)', stroke: 'rgba(0,0,0,0.2)', strokeWidth: Math.max(0.5, unit), radius: 6 * unit },
      ...textLines(caption.block, [content.caption ?? ''], 400, INK),
    );
  }
  items.push(
    { kind: 'rect', x: layout.legend.x - 6 * unit, y: layout.legend.y - 4 * unit, width: layout.legend.width + 12 * unit, height: layout.legend.height + 6 * unit, fill: 'rgba(255,255,255,0.85)', radius: 4 * unit },
    ...legendItems(layout, content.legend),
    {
      kind: 'group',
      id: 'south-china-sea-inset',
      clip: insetBox,
      items: [
        { kind: 'rect', ...insetBox, fill: BASE_COLOURS.sea },
        { kind: 'path', d: paths.inset.neighbours, fill: BASE_COLOURS.neighbourLand, stroke: BASE_COLOURS.neighbourBorder, strokeWidth: line(0.5) },
        ...paths.inset.counties.map(({ index, d }): SceneItem => ({
          kind: 'path',
          d,
          fill: cssColour(countyColours, index),
          stroke: BASE_COLOURS.provinceBorder,
          strokeWidth: line(0.5),
        })),
        { kind: 'path', d: paths.inset.southChinaSeaLines, fill: null, stroke: BASE_COLOURS.southChinaSeaLine, strokeWidth: line(1) },
        {
          kind: 'text',
          x: insetMap.x + insetMap.width / 2,
          y: insetBox.y + insetBox.height - layout.insetTitleSize * 0.5,
          text: content.insetTitle,
          size: layout.insetTitleSize,
          weight: 400,
          colour: BASE_COLOURS.nationBorder,
          align: 'center',
        },
      ],
    },
    { kind: 'rect', ...insetBox, fill: null, stroke: BASE_COLOURS.nationBorder, strokeWidth: Math.max(1, unit) },
    ...textLines(layout.footer, content.footer, 400, MUTED_INK),
  );
  return items;
}
