/**
 * The problem list the open-data dialog offers to download: the importer's own CSV of problems
 * (row, column, reason; every one of them, in the page's language, cells made formula-safe by
 * format/csv.ts), under a name that says which file it is about.
 */
import type { Lang } from '../i18n/i18n';
import type { ImportReport } from '../import/importCsv';
import { problemsCsv } from '../import/importReport';

export interface ProblemsDownload {
  fileName: string;
  text: string;
}

/** `county shops.csv` → `county shops-problems.csv`; a name without an extension keeps it whole. */
export function problemsDownload(report: ImportReport, sourceFileName: string, lang: Lang): ProblemsDownload {
  const base = sourceFileName.replace(/\.[^.]*$/, '');
  return { fileName: `${base === '' ? 'data' : base}-problems.csv`, text: problemsCsv(report, lang) };
}
