/**
 * How far an import has checked a file's rows, for a progress bar: the page runs the import in a
 * Web Worker and passes these on. Called every PROGRESS_EVERY_ROWS rows and after the last one, so
 * a large file reports often enough for a smooth bar without a message per row.
 */
export const PROGRESS_EVERY_ROWS = 2000;

/** Rows checked so far and the file's data rows (blank rows not counted). */
export type ImportProgressCallback = (rowsDone: number, rowsTotal: number) => void;

/** A function to call after each row (its 0-based index) that reports every PROGRESS_EVERY_ROWS rows and at the end. */
export function rowProgress(rowsTotal: number, onProgress: ImportProgressCallback | undefined): (index: number) => void {
  if (onProgress === undefined) return () => {};
  return (index) => {
    const done = index + 1;
    if (done % PROGRESS_EVERY_ROWS === 0 || done === rowsTotal) onProgress(done, rowsTotal);
  };
}
