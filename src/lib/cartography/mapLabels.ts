/**
 * Where the map's words go, the same on screen and in the export: a greedy placement in pixels at
 * the map's zoom. The 百亿 path's year labels come first (they are the layer's message), each at
 * the first of its candidate places clear of the path's dots and line and of the year placed
 * before it, and of the province names where it can; then the province names (the wide provinces
 * first, then the others, then the small units), each at its point or moved a little off it
 * where its box would touch something placed before it, else left out.
 */
import { labelHalfSize, lngLatAt, worldPixels, type ProvinceLabel } from './provinceLabels';
import { YEAR_GAP_PX, type Over100YiPathMarks, type PathYearLabel, type YearAnchor } from './over100YiPath';

/** A box in pixels: x0 ≤ x1 left to right, y0 ≤ y1 top to bottom. */
export interface LabelBox {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

interface Candidate {
  offsetPx: [number, number];
  anchor: YearAnchor;
}

const moved = (box: LabelBox, dx: number, dy: number): LabelBox => ({ x0: box.x0 + dx, y0: box.y0 + dy, x1: box.x1 + dx, y1: box.y1 + dy });
const intersects = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** The year labels' type: 11 px digits about 0.6 em wide, in a box padded 3 px across and 1 px down (layers.ts draws it so). */
export const YEAR_LABEL_SIZE_PX = 11;
const YEAR_BOX_PADDING_PX = { x: 3, y: 1 } as const;
/** The path's line is sampled this often (pixels) into small boxes the years keep clear of. */
const LINE_STEP_PX = 2;
const LINE_HALF_WIDTH_PX = 1.5;

/** Width and height in pixels of a year's box at `scale` (1 on screen; the export's layout unit). */
function yearBoxSize(text: string, scale: number): { width: number; height: number } {
  return {
    width: (text.length * YEAR_LABEL_SIZE_PX * 0.6 + 2 * YEAR_BOX_PADDING_PX.x) * scale,
    height: (YEAR_LABEL_SIZE_PX + 2 * YEAR_BOX_PADDING_PX.y) * scale,
  };
}

/** The box of a year written at (x, y) with its offset and anchor, its text centred vertically on the offset point. */
function boxAt(x: number, y: number, { offsetPx: [dx, dy], anchor }: Candidate, size: { width: number; height: number }): LabelBox {
  const left = anchor === 'start' ? x + dx : anchor === 'end' ? x + dx - size.width : x + dx - size.width / 2;
  return { x0: left, y0: y + dy - size.height / 2, x1: left + size.width, y1: y + dy + size.height / 2 };
}

/**
 * The places a year may go around a dot of radius `r`, in order of preference: beside it on its
 * side (the latest year right, the first left, as before), then the other side, above, below and
 * the four diagonals.
 */
function yearCandidates(r: number, side: 'left' | 'right', scale: number): Candidate[] {
  const gap = (r + YEAR_GAP_PX) * scale;
  const halfHeight = yearBoxSize('0000', scale).height / 2;
  const right: Candidate = { offsetPx: [gap, 0], anchor: 'start' };
  const left: Candidate = { offsetPx: [-gap, 0], anchor: 'end' };
  const others: Candidate[] = [
    { offsetPx: [0, -(gap + halfHeight)], anchor: 'middle' },
    { offsetPx: [0, gap + halfHeight], anchor: 'middle' },
    { offsetPx: [r * scale, -(gap + halfHeight)], anchor: 'start' },
    { offsetPx: [r * scale, gap + halfHeight], anchor: 'start' },
    { offsetPx: [-r * scale, -(gap + halfHeight)], anchor: 'end' },
    { offsetPx: [-r * scale, gap + halfHeight], anchor: 'end' },
  ];
  return side === 'right' ? [right, left, ...others] : [left, right, ...others];
}

/** The box of a placed year at `zoom` (world pixels, as placeMapLabels measures), at `scale`. */
export function yearLabelBox(label: PathYearLabel, zoom: number, scale = 1): LabelBox {
  const [x, y] = worldPixels([label.point.lng, label.point.lat], zoom);
  return boxAt(x, y, label, yearBoxSize(label.text, scale));
}

export interface PlacedMapLabels {
  /** The province names written, in the order given; one moved off its point has the position it is written at. */
  provinces: ProvinceLabel[];
  /** The path's years with the offset and anchor chosen. */
  years: PathYearLabel[];
  /** The boxes that decided it, in world pixels at the zoom: for tests and a reader's tools. */
  provinceBoxes: { code: string; box: LabelBox }[];
  dotBoxes: LabelBox[];
}

/**
 * The province names and the path's years to write at `zoom` in `lang`, placed clear of each other
 * and of the path. `scale` is the size of the words against the screen's (the export's layout unit,
 * at least 1); offsets come out at that scale.
 */
export function placeMapLabels(
  labels: readonly ProvinceLabel[],
  zoom: number,
  marks: Over100YiPathMarks,
  lang: 'zh' | 'en',
  scale = 1,
): PlacedMapLabels {
  const at = (point: { lng: number; lat: number }) => worldPixels([point.lng, point.lat], zoom);
  const dotBoxes = marks.dots.map((dot) => {
    const [x, y] = at(dot.point);
    const r = dot.radiusPx * scale;
    return { x0: x - r, y0: y - r, x1: x + r, y1: y + r };
  });
  const lineBoxes: LabelBox[] = [];
  const half = LINE_HALF_WIDTH_PX * scale;
  for (let i = 1; i < marks.line.length; i++) {
    const [ax, ay] = at(marks.line[i - 1]!);
    const [bx, by] = at(marks.line[i]!);
    const steps = Math.min(500, Math.ceil(Math.hypot(bx - ax, by - ay) / (LINE_STEP_PX * scale)));
    for (let s = 0; s <= steps; s++) {
      const x = ax + ((bx - ax) * s) / Math.max(1, steps);
      const y = ay + ((by - ay) * s) / Math.max(1, steps);
      lineBoxes.push({ x0: x - half, y0: y - half, x1: x + half, y1: y + half });
    }
  }
  const taken: LabelBox[] = [...dotBoxes, ...lineBoxes];
  // The names due at this zoom, where they would be written: a year avoids them where it can.
  const due = labels
    .filter((label) => zoom >= label.minZoom)
    .sort((a, b) => a.minZoom - b.minZoom)
    .map((label) => {
      const [x, y] = worldPixels(label.position, zoom);
      const { x: hx, y: hy } = labelHalfSize(label[lang], lang);
      return { code: label.code, label, box: { x0: x - hx * scale, y0: y - hy * scale, x1: x + hx * scale, y1: y + hy * scale } };
    });
  const radiusOf = new Map(marks.dots.map((dot) => [dot.point, dot.radiusPx]));
  // The latest year first: it is what the reader looks for.
  const placedYears = new Map<PathYearLabel, PathYearLabel>();
  for (const label of [...marks.years].reverse()) {
    const [x, y] = at(label.point);
    const size = yearBoxSize(label.text, scale);
    const candidates = yearCandidates(radiusOf.get(label.point) ?? 0, label.offsetPx[0] >= 0 ? 'right' : 'left', scale);
    const isClearOf = (boxes: readonly LabelBox[]) => (candidate: Candidate) => !boxes.some((box) => intersects(box, boxAt(x, y, candidate, size)));
    // Clear of the names too where possible, else over a name (which then gives way); a year is
    // always written: where every place is taken, in its first place.
    const chosen =
      candidates.find(isClearOf([...taken, ...due.map(({ box }) => box)])) ?? candidates.find(isClearOf(taken)) ?? candidates[0]!;
    taken.push(boxAt(x, y, chosen, size));
    placedYears.set(label, { ...label, ...chosen });
  }
  // Each name at its point, else moved by its own height up or down, or by half its width
  // sideways (still inside its province: these are the large ones), else left out.
  const provinceBoxes: PlacedMapLabels['provinceBoxes'] = [];
  const written = new Map<string, ProvinceLabel>();
  for (const { code, label, box } of due) {
    const h = box.y1 - box.y0;
    const w = box.x1 - box.x0;
    const shifts: [number, number][] = [[0, 0], [0, -h], [0, h], [-w / 2, 0], [w / 2, 0]];
    const shift = shifts.find(([dx, dy]) => !taken.some((other) => intersects(other, moved(box, dx, dy))));
    if (!shift) continue;
    const [dx, dy] = shift;
    taken.push(moved(box, dx, dy));
    provinceBoxes.push({ code, box: moved(box, dx, dy) });
    const [x, y] = worldPixels(label.position, zoom);
    written.set(code, dx === 0 && dy === 0 ? label : { ...label, position: lngLatAt([x + dx, y + dy], zoom) });
  }
  return {
    provinces: labels.flatMap((label) => written.get(label.code) ?? []),
    years: marks.years.map((label) => placedYears.get(label) ?? label),
    provinceBoxes,
    dotBoxes,
  };
}

/** Whether two placements of the same years put each at the same place (nothing to redraw). */
export function isSamePlacement(a: readonly PathYearLabel[], b: readonly PathYearLabel[]): boolean {
  return a.length === b.length && a.every((label, i) => {
    const other = b[i]!;
    return label.text === other.text && label.anchor === other.anchor && label.offsetPx[0] === other.offsetPx[0] && label.offsetPx[1] === other.offsetPx[1];
  });
}
