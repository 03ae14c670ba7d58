import { describe, expect, it } from 'vitest';
import { buildPlaceIndex, foldLatin, searchPlaces, type PlaceSearchResult } from '../../../../src/lib/view/search/placeSearch';
import { makePlacesTable } from '../../fixtures/places';

const counties = makePlacesTable();
const index = buildPlaceIndex(counties, 'zh');
const found = (query: string, limit = 10) => searchPlaces(index, query, limit);
const brief = (r: PlaceSearchResult) => `${r.level} ${r.code} ${r.name} [${r.context}] ${r.matchKind}`;

describe('foldLatin', () => {
  it.each([
    ['yìwū', 'yiwu'],
    ['Yi Wu', 'yiwu'],
    ['  YIWU ', 'yiwu'],
    ['ｙｉｗｕ', 'yiwu'],
    ["Xi'an", 'xian'],
    ['lǚliáng', 'lvliang'],
    ['lüliang', 'lvliang'],
    ['lu:liang', 'lvliang'],
    ['Lvliang', 'lvliang'],
  ])('%s → %s', (text, folded) => {
    expect(foldLatin(text)).toBe(folded);
  });
});

describe('searchPlaces finds a place by any spelling, best match first', () => {
  it.each([
    ['义乌', 'exact'],
    ['义乌市', 'exact'],
    ['义 乌', 'exact'],
    ['yiwu', 'exact'],
    ['yi wu', 'exact'],
    ['YiWu', 'exact'],
    ['yìwū', 'exact'],
    ['yiwushi', 'exact'],
    ['330782', 'exact'],
    ['yw', 'initials'],
    ['义', 'prefix'],
    ['yiw', 'prefix'],
  ] as const)('%s → 义乌市 first (%s)', (query, matchKind) => {
    const [first] = found(query);
    expect(first).toEqual({ level: 'county', code: '330782', name: '义乌市', context: '金华市 · 浙江省', matchKind });
  });

  it('lists 伊吾县, which shares the pinyin, after 义乌市 with its own context', () => {
    expect(found('yiwu').map(brief)).toEqual([
      'county 330782 义乌市 [金华市 · 浙江省] exact',
      'county 650522 伊吾县 [哈密市 · 新疆维吾尔自治区] exact',
    ]);
  });

  it.each([
    ['浙江', 'province', '33', 'exact'],
    ['浙江省', 'province', '33', 'exact'],
    ['zhejiang', 'province', '33', 'exact'],
    ['zhejiangsheng', 'province', '33', 'exact'],
    ['zj', 'province', '33', 'initials'],
    ['金华', 'prefecture', '3307', 'exact'],
    ['jinhua', 'prefecture', '3307', 'exact'],
    ['jīnhuá', 'prefecture', '3307', 'exact'],
    ['jh', 'prefecture', '3307', 'initials'],
    ['3307', 'prefecture', '3307', 'exact'],
    ['shaanxi', 'province', '61', 'exact'],
    ['lüliang', 'prefecture', '1411', 'exact'],
    ['lvliang', 'prefecture', '1411', 'exact'],
    ['luliang', 'prefecture', '1411', 'exact'],
    ['lǚchūn', 'county', '532531', 'exact'],
    ['wu', 'county', '330782', 'substring'],
    ['乌', 'county', '330782', 'substring'],
  ] as const)('%s → %s %s (%s)', (query, level, code, matchKind) => {
    expect(found(query)[0]).toMatchObject({ level, code, matchKind });
  });

  it.each([
    ['chaoyang', ['prefecture 2113 朝阳市 [辽宁省]', 'county 110105 朝阳区 [北京市]', 'county 211321 朝阳县 [朝阳市 · 辽宁省]', 'county 220104 朝阳区 [长春市 · 吉林省]']],
    ['朝阳区', ['county 110105 朝阳区 [北京市]', 'county 220104 朝阳区 [长春市 · 吉林省]']],
    ['gulou', ['county 320106 鼓楼区 [南京市 · 江苏省]', 'county 320302 鼓楼区 [徐州市 · 江苏省]', 'county 350102 鼓楼区 [福州市 · 福建省]']],
    ['通州', ['county 110112 通州区 [北京市]', 'county 320612 通州区 [南通市 · 江苏省]']],
    ['tz', ['county 110112 通州区 [北京市]', 'county 320612 通州区 [南通市 · 江苏省]']],
  ])('%s lists every same-name place, told apart by its context', (query, expected) => {
    const results = found(query).filter((r) => r.matchKind !== 'substring');
    expect(results.map((r) => `${r.level} ${r.code} ${r.name} [${r.context}]`)).toEqual(expected);
    expect(new Set(results.map((r) => `${r.name} ${r.context}`)).size).toBe(results.length);
  });

  it.each([
    ['北京', ['province 11 北京市 [] exact']],
    ['dongguan', ['county 441900 东莞市 [广东省] exact']],
  ])('lists a place only once where a prefecture is named like its province or its one county: %s', (query, expected) => {
    expect(found(query).map(brief)).toEqual(expected);
  });

  it('ranks exact before prefix before initials before substring', () => {
    // "xi": 新疆, 西安 and 新城 start with it; 山西 and 陕西 (shan xi) only have it as a later syllable.
    expect(found('xi').map(brief)).toEqual([
      'province 65 新疆维吾尔自治区 [] prefix',
      'prefecture 6101 西安市 [陕西省] prefix',
      'county 610102 新城区 [西安市 · 陕西省] prefix',
      'province 14 山西省 [] substring',
      'province 61 陕西省 [] substring',
    ]);
    expect(found('chaoyangq').map(brief)).toEqual(['county 110105 朝阳区 [北京市] prefix', 'county 220104 朝阳区 [长春市 · 吉林省] prefix']);
    expect(found('dy').map((r) => r.matchKind)).toEqual(['initials']);
  });

  it('ranks full initials before a start of initials', () => {
    const table = makePlacesTable();
    table.prefectureTable.push({ code: '3304', name: '嘉兴市', shortName: '嘉兴', pinyin: 'jia xing', province: '33' });
    table.prefectureTable.push({ code: '3305', name: '湖州市', shortName: '湖州', pinyin: 'hu zhou', province: '33' });
    const results = searchPlaces(buildPlaceIndex(table, 'zh'), 'hz');
    expect(results.map((r) => r.code)).toEqual(['3301', '3305']);
  });

  it.each(['', '   ', 'qqqq', '火星', 'x'.repeat(300)])('finds nothing for %j', (query) => {
    expect(found(query)).toEqual([]);
  });

  it('returns at most limit results, the best ones', () => {
    expect(found('chaoyang', 2).map((r) => r.code)).toEqual(['2113', '110105']);
    expect(found('chaoyang', 0)).toEqual([]);
  });

  it('names places in the language of the index', () => {
    const english = buildPlaceIndex(counties, 'en');
    expect(searchPlaces(english, '朝阳区').map((r) => [r.name, r.context])).toEqual([
      ['Chaoyang District (Beijing)', 'Beijing'],
      ['Chaoyang District (Changchun)', 'Changchun, Jilin'],
    ]);
    expect(searchPlaces(english, 'zhejiang')[0]).toMatchObject({ name: 'Zhejiang', context: '' });
  });
});

describe('searchPlaces on a full-size index', () => {
  it('ranks 义乌 first for yiwu among 3,000+ places', () => {
    const big = makePlacesTable();
    for (let i = 0; i < 3000; i++) {
      big.codes.push(String(700000 + i));
      big.names.push(`测试${i}县`);
      big.shortNames.push(`测试${i}`);
      big.pinyin.push(`ce shi ${['yi', 'wu', 'zhe', 'jiang'][i % 4]}`);
      big.kinds.push('county');
      big.provinces.push('33');
      big.prefectures.push('3307');
      big.regions.push('east');
      big.labelPoints.push([0, 0]);
    }
    const bigIndex = buildPlaceIndex(big, 'zh');
    expect(searchPlaces(bigIndex, 'yiwu')[0]?.code).toBe('330782');
  });
});
