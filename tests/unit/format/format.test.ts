import { describe, expect, it } from 'vitest';
import {
  formatBytes,
  formatCount,
  formatGrowth,
  formatGrowthBreak,
  formatSales,
  formatSalesBreak,
  formatSalesIn,
  salesColumn,
  formatYear,
  formatMeasure,
  formatMeasureBreak,
} from '../../../src/lib/format/format';

describe('formatSales', () => {
  it.each([
    { yuan: 105.6e8, zh: '105.6亿元', en: '10.6 billion yuan' },
    { yuan: 3.5e7, zh: '3,500万元', en: '35 million yuan' },
    { yuan: 1e8, zh: '1亿元', en: '100 million yuan' },
    { yuan: 99_990_000, zh: '1亿元', en: '100 million yuan' },
    // At most four significant digits, never fewer than the whole number: 2,346亿元 beside 1,395亿元, not 2,345.7亿元.
    { yuan: 2345.67e8, zh: '2,346亿元', en: '234.6 billion yuan' },
    { yuan: 1552.3e8, zh: '1,552亿元', en: '155.2 billion yuan' },
    { yuan: 1395e8, zh: '1,395亿元', en: '139.5 billion yuan' },
    { yuan: 12_345e8, zh: '12,345亿元', en: '1,235 billion yuan' },
    { yuan: 1e10, zh: '100亿元', en: '10 billion yuan' },
    { yuan: 12_345, zh: '1万元', en: '12,345 yuan' },
    { yuan: 4_200_000, zh: '420万元', en: '4.2 million yuan' },
    { yuan: 999, zh: '999元', en: '999 yuan' },
    { yuan: 0, zh: '0元', en: '0 yuan' },
    { yuan: -3.5e7, zh: '-3,500万元', en: '-35 million yuan' },
  ])('$yuan yuan → $zh / $en', ({ yuan, zh, en }) => {
    expect(formatSales(yuan, 'zh')).toBe(zh);
    expect(formatSales(yuan, 'en')).toBe(en);
  });
});

describe('a column of sales: one unit and one number of decimals for all its rows', () => {
  it.each([
    // The reported column: 490亿元 beside 155.2亿元 lost its trailing zero.
    { values: [490e8, 155.2e8, 3.5e7], zh: ['490.0亿元', '155.2亿元', '0.4亿元'], en: ['49.0 billion yuan', '15.5 billion yuan', '<0.1 billion yuan'] },
    { values: [124.4e8, 3.5e7, 0], zh: ['124.4亿元', '0.4亿元', '0.0亿元'], en: ['12.4 billion yuan', '<0.1 billion yuan', '0.0 billion yuan'] },
    // Four digits before the point leave none after it; a value too small for the column says so.
    { values: [1552.3e8, 1395e8, 12e4, -12e4], zh: ['1,552亿元', '1,395亿元', '<1亿元', '>-1亿元'], en: ['155.2 billion yuan', '139.5 billion yuan', '<0.1 billion yuan', '>-0.1 billion yuan'] },
    { values: [4.2e6, 3.5e7], zh: ['420万元', '3,500万元'], en: ['4.2 million yuan', '35.0 million yuan'] },
  ])('$values', ({ values, zh, en }) => {
    expect(values.map((yuan) => formatSalesIn(yuan, salesColumn(values, 'zh'), 'zh'))).toEqual(zh);
    expect(values.map((yuan) => formatSalesIn(yuan, salesColumn(values, 'en'), 'en'))).toEqual(en);
  });
});

describe('formatSalesBreak (legend units: 亿元 / billion yuan)', () => {
  it.each([
    { yuan: 1e8, zh: '1', en: '0.1' },
    { yuan: 5e8, zh: '5', en: '0.5' },
    { yuan: 1e10, zh: '100', en: '10' },
    { yuan: 1e11, zh: '1,000', en: '100' },
    { yuan: 1e7, zh: '0.1', en: '0.01' },
  ])('$yuan → $zh / $en', ({ yuan, zh, en }) => {
    expect(formatSalesBreak(yuan, 'zh')).toBe(zh);
    expect(formatSalesBreak(yuan, 'en')).toBe(en);
  });
});

describe('formatGrowth', () => {
  it.each([
    { fraction: 0.253, zh: '+25.3%', en: '+25.3%' },
    { fraction: -0.04, zh: '-4.0%', en: '-4.0%' },
    { fraction: 0, zh: '0.0%', en: '0.0%' },
    { fraction: 12.3456, zh: '+1,234.6%', en: '+1,234.6%' },
    { fraction: -1, zh: '-100.0%', en: '-100.0%' },
  ])('$fraction → $zh', ({ fraction, zh, en }) => {
    expect(formatGrowth(fraction, 'zh')).toBe(zh);
    expect(formatGrowth(fraction, 'en')).toBe(en);
  });

  it.each([
    { fraction: -0.2, expected: '-20' },
    { fraction: 0, expected: '0' },
    { fraction: 0.5, expected: '50' },
    { fraction: 1, expected: '100' },
    { fraction: 0.07, expected: '7' },
  ])('break $fraction → $expected', ({ fraction, expected }) => {
    expect(formatGrowthBreak(fraction, 'zh')).toBe(expected);
    expect(formatGrowthBreak(fraction, 'en')).toBe(expected);
  });
});

describe('counts, years and bytes', () => {
  it.each([
    { value: 2891, zh: '2,891', en: '2,891' },
    { value: 0, zh: '0', en: '0' },
  ])('count $value', ({ value, zh, en }) => {
    expect(formatCount(value, 'zh')).toBe(zh);
    expect(formatCount(value, 'en')).toBe(en);
  });

  it.each([
    { year: 2024, zh: '2024年', en: '2024' },
    { year: 2018, zh: '2018年', en: '2018' },
  ])('year $year', ({ year, zh, en }) => {
    expect(formatYear(year, 'zh')).toBe(zh);
    expect(formatYear(year, 'en')).toBe(en);
  });

  it.each([
    { bytes: 1_234_567, expected: '1.2 MB' },
    { bytes: 830_400, expected: '830 KB' },
    { bytes: 512, expected: '512 B' },
  ])('bytes $bytes → $expected', ({ bytes, expected }) => {
    expect(formatBytes(bytes, 'en')).toBe(expected);
  });
});

describe('formatMeasure: percentages and free units', () => {
  it.each<[number, 'percent' | 'number' | 'count', string, string, string]>([
    [12.5, 'percent', '%', '12.5%', '12.5%'],
    [3.14159, 'percent', '%', '3.14%', '3.14%'],
    [1234.5, 'number', '吨', '1,234.5吨', '1,234.5 吨'],
    [7, 'number', '', '7', '7'],
    [42, 'count', '', '42', '42'],
  ])('%d %s %j → %j / %j', (value, unit, label, zh, en) => {
    const measure = { unit, unitLabel: { zh: label, en: label } };
    expect([formatMeasure(value, measure, 'zh'), formatMeasure(value, measure, 'en')]).toEqual([zh, en]);
  });

  it('legend breaks of a percentage carry no sign (the legend title names the unit)', () => {
    expect(formatMeasureBreak(12.25, { unit: 'percent', unitLabel: { zh: '%', en: '%' } }, 'en')).toBe('12.25');
  });
});
