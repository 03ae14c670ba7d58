/** The words an import prints: how the file was read, each problem, and the summary counts; the problem list as CSV. */
import { csvLine } from '../format/csv';
import type { ImportReport } from './importCsv';
import { formatProblem } from './problems';

export function encodingLabel(encoding: ImportReport['encoding']): string {
  if (encoding === null) return 'unreadable';
  return encoding.name === 'gbk' ? 'GBK' : encoding.hasBom ? 'UTF-8 with BOM' : 'UTF-8';
}

/** `rows read: 12, accepted: 10, rejected: 2 (1 blank row skipped)` */
export function summaryLine({ summary }: ImportReport): string {
  const blank =
    summary.blank === 0 ? '' : ` (${summary.blank} blank row${summary.blank === 1 ? '' : 's'} skipped)`;
  return `rows read: ${summary.read}, accepted: ${summary.accepted}, rejected: ${summary.rejected}${blank}`;
}

/** Warnings, then every problem (the file's, or each row's), one line each. */
export function problemLines(result: ImportReport): string[] {
  return [
    ...result.warnings.map((warning) => `warning: ${warning}`),
    ...(result.fileProblem === null ? [] : [formatProblem(result.fileProblem)]),
    ...result.problems.map(formatProblem),
  ];
}

/**
 * The problems as a CSV to download and fix the file by (row, column, reason; the file's own
 * problem with an empty row): the reasons quote the file's cells, so they go through csvField,
 * which makes a cell that begins like a formula inert.
 */
export function problemsCsv(result: ImportReport): string {
  const problems = [...(result.fileProblem === null ? [] : [result.fileProblem]), ...result.problems];
  const lines = [csvLine(['row', 'column', 'reason']), ...problems.map((p) => csvLine([p.row, p.column, p.reason]))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
