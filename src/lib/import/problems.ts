/**
 * What the importer says about bad input. Every problem names where it is (row, column) and
 * why, so that a user can fix the file without guessing; nothing is dropped without a problem.
 */
export interface ImportProblem {
  /** Row as a spreadsheet numbers it: the header is row 1. Null when the whole file is at fault. */
  row: number | null;
  /** Canonical column name ("sales"), or null when the problem is not about one column. */
  column: string | null;
  reason: string;
}

/** `row 17, column "sales": "12abc" is not a number` */
export function formatProblem(problem: ImportProblem): string {
  const place = [
    problem.row === null ? 'file' : `row ${problem.row}`,
    ...(problem.column === null ? [] : [`column "${problem.column}"`]),
  ].join(', ');
  return `${place}: ${problem.reason}`;
}

/** A check that either yields a value or says, in one phrase, why it cannot. */
export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };
