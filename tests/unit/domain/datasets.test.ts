import { describe, expect, it } from 'vitest';
import { datasetChoiceLabel, isDatasetId } from '../../../src/lib/domain/datasets';

describe('isDatasetId', () => {
  it.each([
    ['taobao-villages', true],
    ['belts', true],
    ['a', true],
    ['../x', false],
    ['<b>', false],
    ['Taobao', false],
    ['-x', false],
    ['x-', false],
    ['a'.repeat(48), true],
    ['a'.repeat(49), false],
  ])('%s → %s', (raw, expected) => {
    expect(isDatasetId(raw)).toBe(expected);
  });
});

describe('datasetChoiceLabel', () => {
  it('adds the years to a title without them, and leaves a title that names them', () => {
    expect(datasetChoiceLabel({ title: { zh: '淘宝村', en: 'Taobao villages' }, years: [2014, 2016] }, 'zh')).toBe('淘宝村 · 2014–2016');
    expect(datasetChoiceLabel({ title: { zh: '淘宝村', en: 'Taobao villages' }, years: [2014, 2016] }, 'en')).toBe('Taobao villages · 2014–2016');
    expect(datasetChoiceLabel({ title: { zh: '中国电商产业带 2018–2024 (示意数据)', en: '' }, years: [2018, 2024] }, 'zh')).toBe('中国电商产业带 2018–2024 (示意数据)');
  });
});
