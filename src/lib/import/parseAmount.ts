/**
 * Numbers as people type them into Chinese spreadsheets: plain yuan ("123456789"), thousands
 * separators ("1,234,567"), the units 万 (1e4) and 亿 (1e8) with or without 元 ("1.2亿",
 * "3,500万元", "1.2 亿元"), scientific notation ("1e8"), and full-width characters ("１２３").
 * The decimal string is scaled by its unit before it becomes a number, so "0.29亿" is exactly
 * 29000000 rather than 28999999.999999996.
 */
import type { Checked } from './problems';

/** Powers of ten of the units an amount of money may carry, longest spelling first. */
const YUAN_UNITS: [string, number][] = [
  ['亿元', 8],
  ['万元', 4],
  ['亿', 8],
  ['万', 4],
  ['元', 0],
];
/** A count (of merchants) may be written in 万 but is not money. */
const COUNT_UNITS: [string, number][] = [['万', 4]];

// Digits with optional thousands grouping, an optional fraction and an optional exponent.
const NUMBER = /^(\d+|\d{1,3}(?:,\d{3})+)(\.\d+)?(?:e([+-]?\d+))?$/i;

/**
 * An amount of money in yuan, ≥ 0. `plainExponent`: the power of ten of a number written without
 * a unit, for a column whose header gives one (销售额（万元）: 4); a 万 or 亿 in the cell wins.
 */
export function parseYuan(raw: string, plainExponent = 0): Checked<number> {
  return parseQuantity(raw, YUAN_UNITS, plainExponent);
}

/** A decimal number ≥ 0 without a unit (a value in an imported file's own unit). */
export function parseDecimal(raw: string): Checked<number> {
  return parseQuantity(raw, []);
}

/** A percentage ≥ 0 in percentage points, with or without its sign: "12.5%" and "12.5" are 12.5. */
export function parsePercent(raw: string): Checked<number> {
  return parseQuantity(raw, [['%', 0]]);
}

/** A whole count ≥ 0, e.g. merchants. */
export function parseCount(raw: string): Checked<number> {
  const parsed = parseQuantity(raw, COUNT_UNITS);
  if (parsed.ok && !Number.isInteger(parsed.value)) {
    return { ok: false, reason: { code: 'notWholeNumber', value: raw } };
  }
  return parsed;
}

/** A four-digit year, optionally followed by 年. */
export function parseYear(raw: string): Checked<number> {
  const text = toHalfWidth(raw).trim().replace(/年$/, '');
  if (/^\d{4}$/.test(text)) return { ok: true, value: Number(text) };
  return { ok: false, reason: { code: 'notYear', value: raw } };
}

function parseQuantity(raw: string, units: [string, number][], plainExponent = 0): Checked<number> {
  let text = toHalfWidth(raw).trim();
  if (text === '') return { ok: false, reason: { code: 'empty' } };
  const unit = units.find(([spelling]) => text.endsWith(spelling));
  const unitExponent = unit === undefined ? plainExponent : unit[1];
  // Space may separate the number from its unit ("1.2 亿元"), not split the number.
  if (unit !== undefined) text = text.slice(0, -unit[0].length).trimEnd();
  const isNegative = /^[-−]/.test(text);
  const match = NUMBER.exec(isNegative ? text.slice(1) : text);
  if (match === null) return { ok: false, reason: { code: 'notNumber', value: raw } };
  if (isNegative) return { ok: false, reason: { code: 'negative', value: raw } };
  const [, integer = '', fraction = '', exponent = '0'] = match;
  const value = Number(
    `${integer.replaceAll(',', '')}${fraction}e${Number(exponent) + unitExponent}`,
  );
  if (!Number.isFinite(value)) return { ok: false, reason: { code: 'tooLarge', value: raw } };
  return { ok: true, value };
}

/** Full-width ASCII (０-９，．－ …) and the ideographic space to their ordinary forms. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0))
    .replaceAll('\u3000', ' ');
}
