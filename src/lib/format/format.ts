import { t, type Lang } from '../i18n/i18n';

export const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

// Intl.NumberFormat instances are costly to build and formatting runs on every hover.
const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(LOCALES[lang], options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/** A unit sales are written in: 亿元 / 万元 / 元 in Chinese, billion / million / yuan in English. */
export interface SalesUnit {
  yuan: number;
  key: 'unit.yi' | 'unit.wan' | 'unit.yuan';
  fractionDigits: number;
}

/** Largest unit first. Chinese counts in 亿 (1e8) and 万 (1e4); English in billions and millions. */
const SALES_UNITS: Record<Lang, SalesUnit[]> = {
  zh: [
    { yuan: 1e8, key: 'unit.yi', fractionDigits: 1 },
    { yuan: 1e4, key: 'unit.wan', fractionDigits: 0 },
    { yuan: 1, key: 'unit.yuan', fractionDigits: 0 },
  ],
  en: [
    { yuan: 1e9, key: 'unit.yi', fractionDigits: 1 },
    { yuan: 1e6, key: 'unit.wan', fractionDigits: 1 },
    { yuan: 1, key: 'unit.yuan', fractionDigits: 0 },
  ],
};

/**
 * The one rule for how many digits an amount shows, everywhere: at most four significant digits
 * (never cutting the whole number) and at most the unit's decimals, so 1,552亿元 sits beside
 * 1,395亿元 and 124.4亿元, never 1,552.3亿元. Below 1 in its unit (less than a yuan) two
 * significant digits.
 */
const SIGNIFICANT_DIGITS = 4;
const SMALL_SIGNIFICANT_DIGITS = 2;

function decimalsOf(value: number, unit: SalesUnit): number {
  const magnitude = Math.abs(value);
  if (magnitude === 0) return 0;
  const wholeDigits = Math.floor(Math.log10(magnitude)) + 1;
  if (magnitude < 1) return SMALL_SIGNIFICANT_DIGITS - wholeDigits;
  return Math.max(0, Math.min(unit.fractionDigits, SIGNIFICANT_DIGITS - wholeDigits));
}

/** The largest unit in which `yuan` rounds to at least 1, so 99,990,000 yuan reads 1亿元, not 9,999万元. */
function salesUnitOf(yuan: number, lang: Lang): SalesUnit {
  const units = SALES_UNITS[lang];
  const magnitude = Math.abs(yuan);
  return units.find((u) => roundTo(magnitude / u.yuan, u.fractionDigits) >= 1) ?? units[units.length - 1]!;
}

/**
 * How a column of amounts (a table's) is written: one unit, the unit of its largest, so 亿 and 万
 * never mix; and one number of decimals, the largest's (the digits rule above), so 490.0亿元 sits
 * beside 155.2亿元 and the decimal points line up.
 */
export interface SalesColumn {
  unit: SalesUnit;
  fractionDigits: number;
}

export function salesColumn(values: Iterable<number>, lang: Lang): SalesColumn {
  let largest = 0;
  for (const value of values) largest = Math.max(largest, Math.abs(value));
  const unit = salesUnitOf(largest, lang);
  return { unit, fractionDigits: Math.max(0, decimalsOf(roundTo(largest / unit.yuan, unit.fractionDigits), unit)) };
}

/**
 * An amount in its column's unit and decimals. An amount too small to show in them reads
 * "<0.1亿元", never "0.0亿元", which would say it was nothing.
 */
export function formatSalesIn(yuan: number, column: SalesColumn, lang: Lang): string {
  const { unit, fractionDigits } = column;
  const inUnit = yuan / unit.yuan;
  const smallest = 10 ** -fractionDigits;
  const digits = { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits };
  const isTooSmall = inUnit !== 0 && Math.abs(inUnit) < smallest / 2;
  const number = isTooSmall
    ? `${inUnit < 0 ? '>-' : '<'}${numberFormat(lang, digits).format(smallest)}`
    : numberFormat(lang, digits).format(inUnit === 0 ? 0 : roundTo(inUnit, fractionDigits));
  return lang === 'zh' ? `${number}${t(unit.key, lang)}` : `${number} ${t(unit.key, lang)}`;
}

/** Sales in yuan as people read them: 105.6亿元, 3,500万元 / 10.6 billion yuan, 35 million yuan. */
export function formatSales(yuan: number, lang: Lang): string {
  const unit = salesUnitOf(yuan, lang);
  const inUnit = yuan / unit.yuan;
  const decimals = decimalsOf(inUnit, unit);
  const value = roundTo(inUnit, decimals);
  const number = numberFormat(lang, { maximumFractionDigits: decimals }).format(value === 0 ? 0 : value);
  return lang === 'zh' ? `${number}${t(unit.key, lang)}` : `${number} ${t(unit.key, lang)}`;
}

function roundTo(value: number, fractionDigits: number): number {
  const factor = 10 ** fractionDigits;
  return Math.round(value * factor) / factor;
}

/** The yuan value of one legend unit: 亿元 in Chinese, billion yuan in English. */
export const LEGEND_SALES_UNIT_YUAN: Record<Lang, number> = { zh: 1e8, en: 1e9 };

/** A legend break in the legend's sales unit: 5e8 yuan → "5" (亿元) / "0.5" (billion yuan). */
export function formatSalesBreak(yuan: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 3 }).format(yuan / LEGEND_SALES_UNIT_YUAN[lang]);
}

/** Growth as a fraction → signed percent with one decimal: 0.253 → "+25.3%", -0.04 → "-4.0%". */
export function formatGrowth(fraction: number, lang: Lang): string {
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(fraction);
}

/** A legend break of growth, in percent without the sign: -0.2 → "-20", 1 → "100". */
export function formatGrowthBreak(fraction: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 1 }).format(roundTo(fraction * 100, 1));
}

export function formatCount(count: number, lang: Lang): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(count);
}

/** 2024 → "2024年" / "2024" (never with a thousands separator). */
export function formatYear(year: number, lang: Lang): string {
  const digits = numberFormat(lang, { useGrouping: false, maximumFractionDigits: 0 }).format(year);
  return lang === 'zh' ? `${digits}年` : digits;
}

/** Byte counts for the loading indicator: 1.2 MB, 830 KB. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes >= 1e6) return `${numberFormat(lang, { maximumFractionDigits: 1 }).format(bytes / 1e6)} MB`;
  if (bytes >= 1e3) return `${numberFormat(lang, { maximumFractionDigits: 0 }).format(bytes / 1e3)} KB`;
  return `${formatCount(bytes, lang)} B`;
}

/** How a dataset's measure is written (src/lib/domain/datasetContract.ts DatasetMeasure has this shape). */
export interface MeasureUnit {
  unit: 'count' | 'yuan' | 'percent' | 'number';
  /** Written after a count or a number: 个 / villages, 吨; may be empty. */
  unitLabel: Record<Lang, string>;
}

/** Decimals shown of a percentage or a value in a free unit: enough for 12.25%, no float noise. */
const MEASURE_FRACTION_DIGITS = 2;

/**
 * A value of a dataset's measure as people read it: yuan as formatSales writes them (105.6亿元 /
 * 10.6 billion yuan), counts as a whole number with the measure's unit (74个 / 74 villages),
 * percentages as 12.5%, other values with their free unit (3.25吨 / 3.25 t) or none. A column
 * of yuan passes its one unit and decimals (salesColumn).
 */
export function formatMeasure(value: number, measure: MeasureUnit, lang: Lang, column?: SalesColumn): string {
  if (measure.unit === 'yuan') return column ? formatSalesIn(value, column, lang) : formatSales(value, lang);
  if (measure.unit === 'percent') return `${formatMeasureBreak(value, measure, lang)}%`;
  const number = formatMeasureBreak(value, measure, lang);
  const label = measure.unitLabel[lang];
  if (label === '') return number;
  return lang === 'zh' ? `${number}${label}` : `${number} ${label}`;
}

/** A legend break of a measure: yuan in the legend's unit (formatSalesBreak), counts as they are, other values to two decimals. */
export function formatMeasureBreak(value: number, measure: MeasureUnit, lang: Lang): string {
  if (measure.unit === 'yuan') return formatSalesBreak(value, lang);
  if (measure.unit === 'count') return formatCount(value, lang);
  return numberFormat(lang, { maximumFractionDigits: MEASURE_FRACTION_DIGITS }).format(value);
}
