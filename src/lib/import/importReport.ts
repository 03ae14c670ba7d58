/** The words an import prints: how the file was read, each problem, and the summary counts. */
import type { ImportResult } from './importCsv';
import { formatProblem } from './problems';

export function encodingLabel(encoding: ImportResult['encoding']): string {
  if (encoding === null) return 'unreadable';
  return encoding.name === 'gbk' ? 'GBK' : encoding.hasBom ? 'UTF-8 with BOM' : 'UTF-8';
}

/** `rows read: 12, accepted: 10, rejected: 2 (1 blank row skipped)` */
export function summaryLine({ summary }: ImportResult): string {
  const blank =
    summary.blank === 0 ? '' : ` (${summary.blank} blank row${summary.blank === 1 ? '' : 's'} skipped)`;
  return `rows read: ${summary.read}, accepted: ${summary.accepted}, rejected: ${summary.rejected}${blank}`;
}

/** Warnings, then every problem (the file's, or each row's), one line each. */
export function problemLines(result: ImportResult): string[] {
  return [
    ...result.warnings.map((warning) => `warning: ${warning}`),
    ...(result.fileProblem === null ? [] : [formatProblem(result.fileProblem)]),
    ...result.problems.map(formatProblem),
  ];
}
