/** Search over the committed county table (geodata/index/counties.json): all 2,891 counties. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeCountyTable } from '../../../../src/lib/data/decode';
import { buildPlaceIndex, searchPlaces } from '../../../../src/lib/view/search/placeSearch';

const counties = decodeCountyTable(JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')));
const index = buildPlaceIndex(counties, 'zh');

describe('searchPlaces over the committed county table', () => {
  it.each(['义乌', '义乌市', 'yiwu', 'yi wu', 'YiWu', 'yìwū', 'yw', 'yws'])('%s finds 义乌市 first', (query) => {
    expect(searchPlaces(index, query)[0]).toMatchObject({ level: 'county', code: '330782', name: '义乌市', context: '金华市 · 浙江省' });
  });

  it.each([
    ['浙江', 'province', '33'],
    ['zhejiang', 'province', '33'],
    ['zj', 'province', '33'],
    ['金华', 'prefecture', '3307'],
    ['jinhua', 'prefecture', '3307'],
    ['lüliang', 'prefecture', '1411'],
  ])('%s finds %s %s first', (query, level, code) => {
    expect(searchPlaces(index, query)[0]).toMatchObject({ level, code });
  });

  it('cx offers 曹县 among the first three, with the other counties whose whole name those letters spell', () => {
    expect(searchPlaces(index, 'cx').slice(0, 4).map((r) => `${r.code} ${r.name}`)).toEqual([
      '130427 磁县',
      '130921 沧县',
      '371721 曹县',
      '621221 成县',
    ]);
    expect(searchPlaces(index, 'caoxian').map((r) => r.code)).toEqual(['371721']);
  });

  it('offers every county named by one character and its suffix (曹县, 城区) by its initials', () => {
    const wholeNames = counties.codes.filter((_, i) => counties.names[i] === counties.shortNames[i]);
    expect(wholeNames.length).toBe(111);
    const missed = wholeNames.filter((code) => {
      const i = counties.codes.indexOf(code);
      const initials = counties.pinyin[i]!.split(' ').map((syllable) => syllable[0]).join('');
      return !searchPlaces(index, initials).some((r) => r.code === code);
    });
    expect(missed).toEqual([]);
  });

  it.each([
    ['朝阳区', ['110105', '220104']],
    ['鼓楼区', ['320106', '320302', '350102', '410204']],
    ['通州区', ['110112', '320612']],
  ])('%s: every same-name county, each with a different context', (query, codes) => {
    const results = searchPlaces(index, query);
    expect(results.map((r) => r.code)).toEqual(codes);
    expect(new Set(results.map((r) => r.context)).size).toBe(codes.length);
  });

  it('finds every county by its full name, and by its pinyin', () => {
    const missed = counties.codes.filter((code, i) => {
      const byName = searchPlaces(index, counties.names[i]!, 50).some((r) => r.code === code);
      const byPinyin = searchPlaces(index, counties.pinyin[i]!, 50).some((r) => r.code === code);
      return !byName || !byPinyin;
    });
    expect(missed).toEqual([]);
  });
});
