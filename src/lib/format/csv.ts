/**
 * Fields of the CSV files Beltmap writes (the county export, the import's problem list): RFC 4180
 * quoting, and text that a spreadsheet would run as a formula made inert. Both writers use these,
 * so the rule lives once.
 */

/**
 * A text cell that begins with one of these is a formula to Excel, LibreOffice and Google Sheets
 * (OWASP "CSV injection"): a county, source or file name from an imported CSV could carry one.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field. Text is quoted when it holds a comma, quote or line break (quotes doubled); text that
 * begins like a formula is written as `"'=…"`, the apostrophe telling the spreadsheet it is text.
 * Numbers stay numbers (-3 is written -3): only text can carry a formula.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',');
}
