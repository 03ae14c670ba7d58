/**
 * What the export draws over the counties, as deck.gl draws it on screen (map/layers.ts):
 * province names with a halo, and the 百亿 centre path.
 */
import { OVERLAY_COLOURS } from '../cartography/baseStyle';
import type { RGBA } from '../view/drawModel';
import type { GraphicLayout } from './graphicLayout';
import type { SceneItem } from './scene';

/** What a frame draws over the counties, in layout units: province names, and the 百亿 centre path up to the year shown. */
export interface MapOverlay {
  labels: { x: number; y: number; text: string }[];
  /** Size of the province names, in layout units. */
  labelSize: number;
  over100YiPath: { x: number; y: number; year: number }[];
}

/** An RGBA colour as CSS (the composition's other overlay colours use it too). */
export const css = ([r, g, b, a]: RGBA) => `rgba(${r},${g},${b},${Number((a / 255).toFixed(3))})`;

/** A circle as path data (two arcs), which both renderers draw like any other path. */
function circle(x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
}

/**
 * The map's overlay as deck.gl draws it (layers.ts): province names with a halo; the 百亿 path,
 * its yearly dots, the latest one larger and filled, the first and latest years labelled.
 */
export function overlayItems(layout: GraphicLayout, overlay: MapOverlay): SceneItem[] {
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
