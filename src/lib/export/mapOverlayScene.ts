/**
 * What the export draws over the counties, as deck.gl draws it on screen (map/layers.ts):
 * province names with a halo, and the 百亿 centre path.
 */
import { OVERLAY_COLOURS } from '../cartography/baseStyle';
import type { Theme } from '../state/theme';
import type { SpreadCentre } from '../domain/atlas';
import type { Lang } from '../i18n/i18n';
import { over100YiPathMarks, projectPathMarks, type ProjectedPathMarks } from '../cartography/over100YiPath';
import { placeMapLabels, YEAR_LABEL_SIZE_PX } from '../cartography/mapLabels';
import type { ProvinceLabel } from '../cartography/provinceLabels';
import type { MapProjection } from '../cartography/mapProjection';
import type { RGBA } from '../view/drawModel';
import type { Rect, SceneItem } from './scene';

/** What a frame draws over the counties, in layout units: province names, and the 百亿 centre path up to the year shown. */
export interface MapOverlay {
  labels: { x: number; y: number; text: string }[];
  /** Size of the province names, in layout units. */
  labelSize: number;
  over100YiPath: ProjectedPathMarks;
}

const TEXT_ALIGN = { start: 'left', middle: 'center', end: 'right' } as const;

/** An RGBA colour as CSS (the composition's other overlay colours use it too). */
export const css = ([r, g, b, a]: RGBA) => `rgba(${r},${g},${b},${Number((a / 255).toFixed(3))})`;

/** A circle as path data (two arcs), which both renderers draw like any other path. */
function circle(x: number, y: number, r: number): string {
  const f = (n: number) => Number(n.toFixed(2));
  return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
}

/**
 * What a map in `box` drawn by `projection` (at MapLibre's `zoom`) shows over its counties in
 * `year`: the province names the screen writes at that zoom, and on the spread layer the 百亿
 * path up to that year (`centres` null elsewhere), in layout units of `unit` CSS pixels.
 */
export function mapOverlay(
  projection: MapProjection,
  box: Rect,
  { zoom, unit, lang, labels, centres, year }: { zoom: number; unit: number; lang: Lang; labels: readonly ProvinceLabel[]; centres: readonly SpreadCentre[] | null; year: number },
): MapOverlay {
  const project = ([lng, lat]: [number, number]) => {
    const [x, y] = projection([lng, lat]);
    return { x, y };
  };
  const isInBox = ({ x, y }: { x: number; y: number }) => x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height;
  const marks = over100YiPathMarks(centres, year);
  // Words are written at least at the screen's size; placed at that size, clear of each other.
  const scale = Math.max(1, unit);
  const placed = placeMapLabels(labels, zoom, marks, lang, scale);
  return {
    labels: placed.provinces.map((label) => ({ ...project(label.position), text: label[lang] })).filter(isInBox),
    labelSize: (lang === 'zh' ? 12 : 11) * scale,
    over100YiPath: projectPathMarks({ ...marks, years: placed.years }, project),
  };
}

/**
 * The map's overlay as deck.gl draws it (layers.ts): province names with a halo; the 百亿 path's
 * marks (cartography/over100YiPath.ts), sized in layout units of `unit` CSS pixels.
 */
export function overlayItems(unit: number, overlay: MapOverlay, theme: Theme = 'light'): SceneItem[] {
  const { labelSize } = overlay;
  const colours = OVERLAY_COLOURS[theme];
  const halo = { colour: css(colours.labelHalo), width: 3 * unit };
  const text = css(colours.label);
  const pathColour = css(colours.over100YiPath);
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
  const { line, dots, years } = overlay.over100YiPath;
  if (line.length === 0) return items;
  items.push({
    kind: 'path',
    d: line.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(''),
    fill: null,
    stroke: pathColour,
    strokeWidth: 2 * unit,
  });
  for (const dot of dots) {
    items.push({ kind: 'path', d: circle(dot.x, dot.y, dot.radiusPx * unit), fill: dot.isLatest ? pathColour : css(colours.pathDotFill), stroke: pathColour, strokeWidth: 1.5 * unit });
  }
  const yearSize = YEAR_LABEL_SIZE_PX * Math.max(1, unit);
  for (const label of years) {
    items.push({
      kind: 'text',
      // Offsets were placed at the words' size (mapOverlay).
      x: label.x + label.offsetPx[0],
      y: label.y + label.offsetPx[1] + yearSize * 0.36,
      text: label.text,
      size: yearSize,
      weight: 400,
      colour: text,
      align: TEXT_ALIGN[label.anchor],
      halo,
    });
  }
  return items;
}
