/**
 * The marks of the 百亿 centre path, as the map and the export both draw it: the yearly
 * sales-weighted centre of 百亿 belts up to the year shown, a dot per year (the latest larger and
 * filled), and the first and latest years written beside their dots. Pure: positions stay in
 * [lng, lat]; the map hands them to deck.gl, the export projects them.
 */
import type { SpreadCentre } from '../domain/atlas';

export type PathPoint = Pick<SpreadCentre, 'year' | 'lng' | 'lat'>;

export interface PathDot {
  point: PathPoint;
  /** Radius in CSS pixels. */
  radiusPx: number;
  /** The latest year shown: drawn larger and filled with the path's colour (others are white). */
  isLatest: boolean;
}

export interface PathYearLabel {
  point: PathPoint;
  text: string;
  /** The latest year is written to the right of its dot, the first to the left, so the two never overlap. */
  side: 'left' | 'right';
  /** Horizontal distance in CSS pixels from the dot to the text's near edge, signed (negative: to the left). */
  offsetPx: number;
}

export interface Over100YiPathMarks {
  /** The centres up to the year shown, in the order given (year order): the line runs through them. */
  line: readonly PathPoint[];
  dots: readonly PathDot[];
  years: readonly PathYearLabel[];
}

export const NO_PATH_MARKS: Over100YiPathMarks = { line: [], dots: [], years: [] };

const DOT_RADIUS_PX = { latest: 6, earlier: 3.5 } as const;
const YEAR_OFFSET_PX = { right: 9, left: -10 } as const;

/**
 * The marks for the centres (all years; null when the layer draws no path) up to `year`. Only
 * the first and the latest years are written, since the yearly centres lie close together.
 */
export function over100YiPathMarks(centres: readonly PathPoint[] | null, year: number): Over100YiPathMarks {
  const line = (centres ?? []).filter((centre) => centre.year <= year);
  if (line.length === 0) return NO_PATH_MARKS;
  const latest = line.at(-1) as PathPoint;
  const dots = line.map((point) => ({ point, radiusPx: point === latest ? DOT_RADIUS_PX.latest : DOT_RADIUS_PX.earlier, isLatest: point === latest }));
  const labelled = line.length > 1 ? [line[0] as PathPoint, latest] : [latest];
  const years = labelled.map((point): PathYearLabel => {
    const side = point === latest ? 'right' : 'left';
    return { point, text: String(point.year), side, offsetPx: YEAR_OFFSET_PX[side] };
  });
  return { line, dots, years };
}

/** A mark's place on a flat graphic (the export), in its own units. */
export interface ScreenPoint {
  x: number;
  y: number;
}

/** The same marks placed on a flat graphic: what the export draws. */
export interface ProjectedPathMarks {
  line: ScreenPoint[];
  dots: (ScreenPoint & Omit<PathDot, 'point'>)[];
  years: (ScreenPoint & Omit<PathYearLabel, 'point'>)[];
}

/** The marks with each [lng, lat] projected to the graphic. */
export function projectPathMarks(marks: Over100YiPathMarks, project: (lngLat: [number, number]) => ScreenPoint): ProjectedPathMarks {
  const at = (point: PathPoint) => project([point.lng, point.lat]);
  return {
    line: marks.line.map(at),
    dots: marks.dots.map(({ point, ...dot }) => ({ ...at(point), ...dot })),
    years: marks.years.map(({ point, ...label }) => ({ ...at(point), ...label })),
  };
}

/** [lng, lat] of the points whose year is written: the places where no province name may go. */
export function labelledPoints(marks: Over100YiPathMarks): [number, number][] {
  return marks.years.map(({ point }) => [point.lng, point.lat]);
}
