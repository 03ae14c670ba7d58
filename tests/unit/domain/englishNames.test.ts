import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { countyEnglishName, type CountyNameParts } from '../../../src/lib/domain/names';
import { countyName } from '../../../src/lib/domain/places';

describe('countyEnglishName', () => {
  it.each<[CountyNameParts, string]>([
    [{ name: '朝阳区', shortName: '朝阳', pinyin: 'chao yang', kind: 'district' }, 'Chaoyang District'],
    [{ name: '曹县', shortName: '曹县', pinyin: 'cao xian', kind: 'county' }, 'Cao County'],
    [{ name: '矿区', shortName: '矿区', pinyin: 'kuang qu', kind: 'district' }, 'Kuang District'],
    [{ name: '义乌市', shortName: '义乌', pinyin: 'yi wu', kind: 'county-city' }, 'Yiwu City'],
    [{ name: '扎鲁特旗', shortName: '扎鲁特', pinyin: 'zha lu te', kind: 'banner' }, 'Zhalute Banner'],
    [{ name: '长阳土家族自治县', shortName: '长阳', pinyin: 'chang yang', kind: 'autonomous-county' }, 'Changyang Autonomous County'],
    [{ name: '鄂温克族自治旗', shortName: '鄂温克', pinyin: 'e wen ke', kind: 'autonomous-banner' }, 'Ewenke Autonomous Banner'],
    [{ name: '六枝特区', shortName: '六枝', pinyin: 'liu zhi', kind: 'special-district' }, 'Liuzhi Special District'],
    [{ name: '神农架林区', shortName: '神农架', pinyin: 'shen nong jia', kind: 'forestry-district' }, 'Shennongjia Forestry District'],
    [{ name: '东莞市', shortName: '东莞', pinyin: 'dong guan', kind: 'other' }, 'Dongguan City'],
    [{ name: '嘉义县', shortName: '嘉义', pinyin: 'jia yi', kind: 'other' }, 'Jiayi County'],
    [{ name: '太子山天然林保护区', shortName: '太子山天然林保护区', pinyin: 'tai zi shan', kind: 'other' }, 'Taizishan'],
  ])('%o → %s', (parts, expected) => {
    expect(countyEnglishName(parts)).toBe(expected);
  });
});

describe('English county names of the committed county table', () => {
  const counties = JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')) as CountyTableFile;
  const english = counties.codes.map((_, i) => countyName(counties, i, 'en'));
  const at = (code: string) => english[counties.codes.indexOf(code)];

  it('say what kind of unit each is, and where two would read the same, which prefecture each is in', () => {
    expect([at('110105'), at('440513'), at('371721'), at('330782'), at('820000')]).toEqual([
      'Chaoyang District (Beijing)',
      'Chaoyang District (Shantou)',
      'Cao County',
      'Yiwu City',
      'Macao',
    ]);
  });

  it('tell every county apart', () => {
    const seen = new Set<string>();
    const repeated = english.filter((name) => seen.size === seen.add(name).size);
    expect(repeated).toEqual([]);
    expect(english.every((name) => name.length > 0)).toBe(true);
  });
});
