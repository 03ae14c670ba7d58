/**
 * Where each part of the export graphic sits, in layout units (CSS pixels of the graphic): header,
 * map, legend, 南海诸岛 inset, year stamp, caption and source lines, for any size and shape.
 */
import type { GraphicContent, LegendContent } from './graphicContent';
import type { Rect } from './scene';
import { estimateTextWidth, wrapText } from './textMetrics';

export interface TextBlock {
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
export const MIN_TEXT = 9;

/** Rows a list legend needs for its swatches at a column width; the bar legend's specials take one row. */
export function legendSize(content: LegendContent, maxWidth: number, unit: number, sizingLabels: readonly string[]) {
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
export function insetMapBox(layout: Pick<GraphicLayout, 'inset' | 'insetTitleSize'>): Rect {
  const { inset, insetTitleSize } = layout;
  return { x: inset.x, y: inset.y, width: inset.width, height: inset.height - insetTitleSize * 1.6 };
}
