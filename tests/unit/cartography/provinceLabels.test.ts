import { describe, expect, it } from 'vitest';
import { provinceEnglishName, romanize } from '../../../src/lib/domain/names';
import { readFileSync } from 'node:fs';
import { labelCharacterSet, labelHalfSize, LABEL_ZOOMS, provinceLabels, type ProvinceLabel } from '../../../src/lib/cartography/provinceLabels';
import { placeMapLabels } from '../../../src/lib/cartography/mapLabels';
import { NO_PATH_MARKS } from '../../../src/lib/cartography/over100YiPath';

/** The names written without the 百亿 path (mapLabels.test.ts places them with it). */
const labelsToShow = (labels: readonly ProvinceLabel[], zoom: number, lang: 'zh' | 'en') => placeMapLabels(labels, zoom, NO_PATH_MARKS, lang).provinces;
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { ProvinceRecord } from '../../../src/lib/domain/contract';

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

describe('placeMapLabels: the names written', () => {
  const labels = provinceLabels([province('36', '江西', 'jiang xi'), province('33', '浙江', 'zhe jiang'), province('31', '上海', 'shang hai')]);
  const codes = (shown: { code: string }[]) => shown.map((label) => label.code);
  const zoom = 3.5;

  it('writes the names whose zoom has come', () => {
    expect(codes(labelsToShow(labels, zoom, 'zh'))).toEqual(['36', '33']);
    expect(codes(labelsToShow(labels, 5, 'zh'))).toEqual(['36', '33', '31']);
  });
});

describe('placeMapLabels: the names written for every province of the committed county table', () => {
  const { provinceTable } = JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')) as CountyTableFile;
  const labels = provinceLabels(provinceTable);
  const codes = (shown: { code: string }[]) => shown.map((label) => label.code);
  const EASTERN = ['13', '21', '32', '33', '35', '37', '44']; // 河北 辽宁 江苏 浙江 福建 山东 广东
  // The national view's zoom at each screen size, as the page fits China (measured).
  const PHONE = 2.04;
  const SMALL_LAPTOP = 2.93; // 1024×768
  const DESKTOP = 3.36; // 1280×800

  it.each(['zh', 'en'] as const)('writes the eastern provinces from a 1024×768 national view on (%s)', (lang) => {
    for (const zoom of [SMALL_LAPTOP, DESKTOP, 4]) expect(codes(labelsToShow(labels, zoom, lang))).toEqual(expect.arrayContaining(EASTERN));
  });

  it.each(['zh', 'en'] as const)('keeps a phone\'s national view to the seven wide provinces (%s)', (lang) => {
    expect(codes(labelsToShow(labels, PHONE, lang)).sort()).toEqual(['15', '23', '51', '54', '62', '63', '65']);
  });

  it.each(['zh', 'en'] as const)('never writes two names whose boxes touch (%s)', (lang) => {
    for (let zoom = 2; zoom <= 7; zoom += 0.25) {
      const shown = labelsToShow(labels, zoom, lang);
      const boxes = shown.map((label) => {
        const scale = 512 * 2 ** zoom;
        const sinLat = Math.sin((label.position[1] * Math.PI) / 180);
        const x = ((label.position[0] + 180) / 360) * scale;
        const y = (0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI)) * scale;
        return { code: label.code, x, y, half: labelHalfSize(label[lang], lang) };
      });
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const touches = Math.abs(a.x - b.x) < a.half.x + b.half.x && Math.abs(a.y - b.y) < a.half.y + b.half.y;
          expect(touches, `${a.code} and ${b.code} at zoom ${zoom}`).toBe(false);
        }
      }
    }
  });
});
