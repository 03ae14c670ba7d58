/** The legend's box in the export graphic: title, then a bar of ranges with their breaks and the special swatches, or a list. */
import type { LegendContent, LegendSwatch } from './graphicContent';
import type { GraphicLayout } from './graphicLayout';
import type { Theme } from '../state/theme';
import { GRAPHIC_COLOURS, type SceneItem } from './scene';

export function legendItems(layout: GraphicLayout, legend: LegendContent, theme: Theme): SceneItem[] {
  const { ink, mutedInk, fadedInk, swatchEdge, barEdge, futureVeil } = GRAPHIC_COLOURS[theme];
  const box = layout.legend;
  const { unit } = layout;
  const gap = 8 * unit;
  const items: SceneItem[] = [
    { kind: 'text', x: box.x, y: box.y + box.titleSize, text: legend.title, size: box.titleSize, weight: 600, colour: ink, align: 'left' },
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
        stroke: s.isHighlighted ? ink : swatchEdge,
        strokeWidth: s.isHighlighted ? 2 * unit : Math.max(0.5, unit),
      });
      if (s.isFuture) items.push({ kind: 'rect', x, y, width: box.swatchSize, height: box.swatchSize, fill: futureVeil });
      items.push({
        kind: 'text',
        x: x + box.swatchSize + gap * 0.75,
        y: y + box.swatchSize * 0.5 + box.labelSize * 0.36,
        text: s.label,
        size: box.labelSize,
        weight: s.isHighlighted ? 700 : 400,
        colour: s.isFuture ? fadedInk : mutedInk,
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
      stroke: barEdge,
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
      colour: mutedInk,
      align: 'center',
    });
  });
  top += box.swatchSize + box.labelSize * 1.6 + gap;
  listed(legend.specials, top);
  return items;
}
