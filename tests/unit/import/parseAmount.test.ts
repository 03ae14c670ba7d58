import { describe, expect, it } from 'vitest';
import { parseCount, parseYear, parseYuan } from '../../../src/lib/import/parseAmount';

describe('parseYuan', () => {
  it.each([
    ['123456789', 123456789],
    ['1,234,567', 1234567],
    ['1234.5', 1234.5],
    ['1.2亿', 120000000],
    ['0.29亿', 29000000], // exact, not 28999999.999999996
    ['1.2 亿元', 120000000],
    ['3,500万', 35000000],
    ['350万元', 3500000],
    ['88元', 88],
    ['1e8', 100000000],
    ['1.5E3万', 15000000],
    ['0', 0],
    ['  42  ', 42],
    ['１２３', 123], // full-width digits
    ['１，２３４．５万', 12345000], // full-width comma and point
    ['105.6亿', 10560000000],
  ])('%s → %d yuan', (text, value) => {
    expect(parseYuan(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['12abc', { code: 'notNumber', value: '12abc' }],
    ['-5', { code: 'negative', value: '-5' }],
    ['-1.2亿', { code: 'negative', value: '-1.2亿' }],
    ['', { code: 'empty' }],
    ['   ', { code: 'empty' }],
    ['1,23', { code: 'notNumber', value: '1,23' }], // a comma that is not a thousands separator
    ['12 34', { code: 'notNumber', value: '12 34' }],
    ['1.2.3', { code: 'notNumber', value: '1.2.3' }],
    ['亿', { code: 'notNumber', value: '亿' }],
    ['1.2千', { code: 'notNumber', value: '1.2千' }],
    ['1e999', { code: 'tooLarge', value: '1e999' }],
  ])('%j is rejected', (text, reason) => {
    expect(parseYuan(text)).toEqual({ ok: false, reason });
  });
});

describe('parseCount', () => {
  it.each([
    ['350', 350],
    ['1,200', 1200],
    ['1.2万', 12000],
    ['0', 0],
  ])('%s → %d', (text, value) => {
    expect(parseCount(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['3.5', { code: 'notWholeNumber', value: '3.5' }],
    ['-3', { code: 'negative', value: '-3' }],
    ['many', { code: 'notNumber', value: 'many' }],
    ['350元', { code: 'notNumber', value: '350元' }], // merchants are not money
  ])('%j is rejected', (text, reason) => {
    expect(parseCount(text)).toEqual({ ok: false, reason });
  });
});

describe('parseYear', () => {
  it.each([
    ['2020', 2020],
    [' 2021年 ', 2021],
    ['２０２２', 2022],
  ])('%j → %d', (text, value) => {
    expect(parseYear(text)).toEqual({ ok: true, value });
  });

  it.each(['20', '2020.5', 'twenty', ''])('%j is not a year', (text) => {
    expect(parseYear(text).ok).toBe(false);
  });
});
