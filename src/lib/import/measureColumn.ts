/**
 * The measure of a CSV in the simple format (county, year, one or more numeric columns): which
 * column it is, its name and its unit, as the reader chose them or as guessed from the header.
 * A header such as `销售额（万元）`, `share (%)` or `产量 (吨)` names the measure and its unit; the
 * words 元/yuan, %/率/share and 数/count guess the unit when no bracket gives it.
 */
import type { LocalizedText } from '../domain/contract';
import type { DatasetMeasure, MeasureUnit } from '../domain/datasetContract';
import { parseCount, parseDecimal, parsePercent, parseYuan, toHalfWidth } from './parseAmount';
import type { Checked } from './problems';

/** What the reader says about the measure; anything left out is guessed from the header. */
export interface MeasureChoice {
  /** The column's header as written (case and surrounding spaces ignored). */
  column?: string | undefined;
  name?: LocalizedText | undefined;
  /**
   * 'yuan', 'count', 'percent', 'number' (a decimal with unitLabel as its unit), or any other text: a
   * free unit written after each value (吨, households).
   */
  unit?: string | undefined;
  /** The unit written after a count or a number (家, 吨), where the reader says it apart from the unit's kind. */
  unitLabel?: string | undefined;
}

/** The measure of a column and how its cells are read (with the factor of a unit in the header: 万元 = 1e4 yuan). */
export interface MeasureReading {
  measure: DatasetMeasure;
  /** Header position of the measure column. */
  position: number;
  parse: (raw: string) => Checked<number>;
}

const YUAN_IN_HEADER: [RegExp, number][] = [
  [/^(亿元|亿|100 ?million yuan)$/i, 1e8],
  [/^(万元|万|10 ?thousand yuan)$/i, 1e4],
  [/^(元|yuan|rmb|cny)$/i, 1],
];
const PERCENT_WORDS = /%|percent|share|rate|ratio|占比|比例|比重|率/i;
const YUAN_WORDS = /元|yuan|rmb|cny|gmv|sales|revenue|销售额|交易额|金额|收入/i;
const COUNT_WORDS = /数|个|家|户|count|number|villages|shops|merchants|firms/i;

/** "销售额（万元）" → name 销售额, unit 万元; "share (%)" → share, %; "产量" → 产量, null. */
export function splitHeader(header: string): { name: string; unitText: string | null } {
  const text = toHalfWidth(header).trim();
  const match = /^(.*?)\s*\(([^()]*)\)$/.exec(text);
  if (match === null || match[1] === '') return { name: text, unitText: null };
  return { name: match[1]!, unitText: match[2]!.trim() };
}

/** The id a measure gets from its column: lower-case ASCII letters, digits and hyphens, or "value". */
export function measureId(column: string): string {
  const id = toHalfWidth(column).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return id === '' ? 'value' : id;
}

function unitLabel(unit: MeasureUnit, free: string): LocalizedText {
  if (unit === 'yuan') return { zh: '元', en: 'yuan' };
  if (unit === 'percent') return { zh: '%', en: '%' };
  return { zh: free, en: free };
}

/**
 * The measure read from column `header` at `position`, with the reader's choice applied over the
 * guesses. A count with no unit of its own is written as a bare number (no 个 the file never said).
 */
export function readMeasure(header: string, position: number, choice: MeasureChoice): MeasureReading {
  const { name, unitText } = splitHeader(header);
  const said = choice.unit?.trim();
  let unit: MeasureUnit;
  let factor = 1;
  let free = '';
  const yuanFactor = unitText === null ? undefined : YUAN_IN_HEADER.find(([pattern]) => pattern.test(unitText))?.[1];
  if (said === 'yuan' || said === 'count' || said === 'percent' || said === 'number') {
    unit = said;
    if (said === 'yuan') factor = yuanFactor ?? 1;
    if (said === 'count' || said === 'number') free = choice.unitLabel?.trim() ?? unitText ?? '';
  } else if (said !== undefined && said !== '') {
    unit = 'number';
    free = said;
  } else if (yuanFactor !== undefined || (unitText === null && YUAN_WORDS.test(name))) {
    unit = 'yuan';
    factor = yuanFactor ?? 1;
  } else if (PERCENT_WORDS.test(unitText ?? name)) {
    unit = 'percent';
  } else if (unitText !== null) {
    // A unit in brackets that is not money or a percentage: a count of things (个, 家) or a free unit (吨).
    unit = COUNT_WORDS.test(unitText) ? 'count' : 'number';
    free = unitText;
  } else {
    unit = COUNT_WORDS.test(name) ? 'count' : 'number';
  }
  const measure: DatasetMeasure = {
    id: measureId(name),
    name: choice.name ?? { zh: name, en: name },
    unit,
    unitLabel: unitLabel(unit, free),
  };
  return { measure, position, parse: parserFor(unit, factor) };
}

function parserFor(unit: MeasureUnit, factor: number): (raw: string) => Checked<number> {
  if (unit === 'yuan') return (raw) => parseYuan(raw, Math.round(Math.log10(factor)));
  if (unit === 'count') return parseCount;
  if (unit === 'percent') return parsePercent;
  return parseDecimal;
}
