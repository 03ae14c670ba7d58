/**
 * RFC 4180 CSV: comma-separated fields, optionally enclosed in double quotes; inside quotes,
 * commas and line breaks are content and "" is one quote. Lines end with CRLF, LF or a lone CR.
 * Quoting that a spreadsheet would not write (a quote inside an unquoted field, text after a
 * closing quote, a quote never closed) is an error rather than a guess, because a guessed split
 * silently shifts values into the wrong columns.
 */
import type { ProblemReason } from './problems';

export interface CsvRecord {
  /** 1-based record number as a spreadsheet shows it (blank records count, the header is 1). */
  row: number;
  /** 1-based line of the file where the record starts (differs from row after quoted line breaks). */
  line: number;
  fields: string[];
}

/** What stops a CSV from being read: quoting a spreadsheet would not write. */
export type CsvSyntaxReason = Extract<ProblemReason, { code: 'unclosedQuote' | 'textAfterQuote' | 'quoteInField' }>;

export type CsvParseResult =
  | { ok: true; records: CsvRecord[] }
  | { ok: false; row: number; line: number; reason: CsvSyntaxReason };

export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  const length = text.length;
  let i = 0;
  let line = 1;
  let recordLine = 1;
  // A blank line becomes a record of one empty field, as a spreadsheet shows it.
  let fields: string[] = [];
  const fail = (reason: CsvSyntaxReason): CsvParseResult => ({
    ok: false,
    row: records.length + 1,
    line,
    reason,
  });
  // The line is said where it differs from the row (after a quoted line break).
  const lineUnlessRow = () => (line === records.length + 1 ? null : line);

  while (i < length) {
    // At the start of a field.
    if (text[i] === '"') {
      const openingLine = line;
      const parts: string[] = [];
      let start = ++i;
      for (;;) {
        const quote = text.indexOf('"', i);
        const end = quote === -1 ? length : quote;
        line += countLineBreaks(text, i, end);
        if (quote === -1) {
          line = openingLine;
          return fail({ code: 'unclosedQuote', openingLine });
        }
        if (text[quote + 1] === '"') {
          parts.push(text.slice(start, quote + 1));
          i = start = quote + 2;
          continue;
        }
        parts.push(text.slice(start, quote));
        i = quote + 1;
        break;
      }
      if (i < length && !isFieldEnd(text[i])) {
        return fail({ code: 'textAfterQuote', text: text.slice(i, i + 10), line: lineUnlessRow() });
      }
      fields.push(parts.join(''));
    } else {
      let end = i;
      while (end < length && !isFieldEnd(text[end])) {
        if (text[end] === '"') {
          return fail({ code: 'quoteInField', line: lineUnlessRow() });
        }
        end++;
      }
      fields.push(text.slice(i, end));
      i = end;
    }

    if (i >= length) break;
    if (text[i] === ',') {
      i++;
      // A comma as the very last character still opens one more, empty, field.
      if (i === length) fields.push('');
      continue;
    }
    // A line break ends the record (CRLF counts as one).
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push({ row: records.length + 1, line: recordLine, fields });
    fields = [];
    line++;
    recordLine = line;
  }
  // The last record needs no line break after it.
  if (fields.length > 0) records.push({ row: records.length + 1, line: recordLine, fields });
  return { ok: true, records };
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r';
}

function isFieldEnd(char: string | undefined): boolean {
  return char === ',' || isLineBreak(char);
}

/** Line breaks in text[from, to), counting CRLF once, as the line numbers of an editor do. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const char = text[i];
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) count++;
  }
  return count;
}
