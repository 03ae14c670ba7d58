/**
 * The marks of the 百亿 centre path, as the map and the export both draw it: the yearly
 * sales-weighted centre of 百亿 belts up to the year shown, a dot per year (the latest larger and
 * filled), and the first and latest years written beside their dots. Pure: positions stay in
 * [lng, lat]; the map hands them to deck.gl, the export projects them. Where each year goes at a
 * zoom, clear of the other words, is mapLabels.ts's (placeMapLabels).
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

/** Which end of the text sits at its offset point: its start (written rightwards), its middle, or its end. */
export type YearAnchor = 'start' | 'middle' | 'end';

export interface PathYearLabel {
  point: PathPoint;
  text: string;
  /** From the dot to the text's anchor point, in CSS pixels (y down); the text is centred vertically on it. */
  offsetPx: [number, number];
  anchor: YearAnchor;
}

export interface Over100YiPathMarks {
  /** The centres up to the year shown, in the order given (year order): the line runs through them. */
  line: readonly PathPoint[];
  dots: readonly PathDot[];
  years: readonly PathYearLabel[];
}

export const NO_PATH_MARKS: Over100YiPathMarks = { line: [], dots: [], years: [] };

const DOT_RADIUS_PX = { latest: 6, earlier: 3.5 } as const;
/** Space between a dot's edge and its year. */
export const YEAR_GAP_PX = 3;

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
  // Before placement: the latest year right of its dot, the first left of its own.
  const years = labelled.map((point): PathYearLabel => {
    if (point === latest) return { point, text: String(point.year), offsetPx: [DOT_RADIUS_PX.latest + YEAR_GAP_PX, 0], anchor: 'start' };
    return { point, text: String(point.year), offsetPx: [-(DOT_RADIUS_PX.earlier + YEAR_GAP_PX), 0], anchor: 'end' };
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
