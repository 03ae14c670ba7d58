import { describe, expect, it } from 'vitest';
import { provinceEnglishName, romanize } from '../../src/lib/data/names';
import { labelCharacterSet, LABEL_ZOOMS, provinceLabels } from '../../src/lib/map/provinceLabels';
import type { ProvinceRecord } from '../../src/lib/data/types';

describe('romanize', () => {
  it.each([
    ['yi wu', 'Yiwu'],
    ['zhe jiang', 'Zhejiang'],
    ['xi an', "Xi'an"],
    ['  hei long jiang ', 'Heilongjiang'],
    ['guang dong', 'Guangdong'],
  ])('%s → %s', (pinyin, expected) => {
    expect(romanize(pinyin)).toBe(expected);
  });
});

describe('provinceEnglishName', () => {
  it.each([
    ['33', 'zhe jiang', 'Zhejiang'],
    ['61', 'shan xi', 'Shaanxi'], // 陕西, kept apart from 山西 Shanxi
    ['14', 'shan xi', 'Shanxi'],
    ['15', 'nei meng gu', 'Inner Mongolia'],
    ['81', 'xiang gang', 'Hong Kong'],
    ['82', 'ao men', 'Macao'],
  ])('%s %s → %s', (code, pinyin, expected) => {
    expect(provinceEnglishName({ code, pinyin })).toBe(expected);
  });
});

const province = (code: string, shortName: string, pinyin: string): ProvinceRecord => ({
  code,
  name: shortName,
  shortName,
  pinyin,
  initials: '',
  region: 'east',
});

describe('provinceLabels', () => {
  it('places every province in both languages, small units only when zoomed in', () => {
    const labels = provinceLabels([province('33', '浙江', 'zhe jiang'), province('31', '上海', 'shang hai'), province('65', '新疆', 'xin jiang')]);
    expect(labels.map((l) => [l.code, l.zh, l.en, l.minZoom])).toEqual([
      ['33', '浙江', 'Zhejiang', LABEL_ZOOMS.regular],
      ['31', '上海', 'Shanghai', LABEL_ZOOMS.small],
      ['65', '新疆', 'Xinjiang', LABEL_ZOOMS.wide],
    ]);
    // label points lie within China's main extent
    for (const { position } of labels) {
      expect(position[0]).toBeGreaterThan(73);
      expect(position[1]).toBeLessThan(54);
    }
  });

  it('rejects a province without a label point', () => {
    expect(() => provinceLabels([province('99', '某省', 'mou')])).toThrow(/no label point for province 99/);
  });

  it('collects the characters of both languages once', () => {
    expect(labelCharacterSet([{ zh: '浙江', en: 'Zj' }, { zh: '江西', en: 'Jx' }])).toEqual(['J', 'Z', 'j', 'x', '江', '浙', '西'].sort());
  });
});
