/**
 * The words an import prints: how the file was read and each problem (the summary: problemText.ts
 * summaryText); the problem list as CSV. All of them from the texts the page shows: the CLI prints
 * them in English, the page offers the list in its language.
 */
import { csvLine } from '../format/csv';
import { t, type Lang } from '../i18n/i18n';
import '../i18n/messages/importProblems';
import type { ImportReport } from './importCsv';
import { problemText, reasonText, warningText } from './problemText';

export function encodingLabel(encoding: ImportReport['encoding']): string {
  if (encoding === null) return 'unreadable';
  return encoding.name === 'gbk' ? 'GBK' : encoding.hasBom ? 'UTF-8 with BOM' : 'UTF-8';
}

/** Warnings, then every problem (the file's, or each row's), one line each. */
export function problemLines(result: ImportReport, lang: Lang): string[] {
  return [
    ...result.warnings.map((warning) => t('importProblem.warningLine', lang, { warning: warningText(warning, lang) })),
    ...(result.fileProblem === null ? [] : [problemText(result.fileProblem, lang)]),
    ...result.problems.map((problem) => problemText(problem, lang)),
  ];
}

/**
 * The problems as a CSV to download and fix the file by (row, column, reason; the file's own
 * problem with an empty row), in the reader's language: the reasons quote the file's cells, so
 * they go through csvField, which makes a cell that begins like a formula inert.
 */
export function problemsCsv(result: ImportReport, lang: Lang): string {
  const problems = [...(result.fileProblem === null ? [] : [result.fileProblem]), ...result.problems];
  const header = csvLine([t('importProblem.header.row', lang), t('importProblem.header.column', lang), t('importProblem.header.reason', lang)]);
  const lines = [header, ...problems.map((p) => csvLine([p.row, p.column, reasonText(p.reason, lang)]))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
