import { describe, expect, it } from 'vitest';
import { countyKind, shortPlaceName, shortProvinceName } from '../../../src/lib/domain/countyNames';
import { regionOfCode } from '../../../src/lib/domain/regions';
import { toPinyin } from '../../../scripts/lib/geodata/countyTable';
import { boundaryLineKind, parseCodeList } from '../../../scripts/lib/geodata/boundarySource';

describe('shortPlaceName', () => {
  it.each([
    ['义乌市', '义乌'],
    ['曹县', '曹县'],
    ['海淀区', '海淀'],
    ['矿区', '矿区'],
    ['神农架林区', '神农架'],
    ['长阳土家族自治县', '长阳'],
    ['大通回族土族自治县', '大通'],
    ['双江拉祜族佤族布朗族傣族自治县', '双江'],
    ['鄂温克族自治旗', '鄂温克'],
    ['鄂伦春自治旗', '鄂伦春'],
    ['三都水族自治县', '三都'],
    ['延边朝鲜族自治州', '延边'],
    ['锡林郭勒盟', '锡林郭勒'],
    ['阿里地区', '阿里'],
    // 林区 ends ordinary district names too; only 神农架林区 is a forestry district.
    ['万柏林区', '万柏林'],
    ['碑林区', '碑林'],
    // Nationalities go from districts too, with 各族, and where 族 is left out.
    ['管城回族区', '管城'],
    ['梅里斯达斡尔族区', '梅里斯'],
    ['龙胜各族自治县', '龙胜'],
    ['察布查尔锡伯自治县', '察布查尔'],
    ['博尔塔拉蒙古自治州', '博尔塔拉'],
    // …but a place name ending in a nationality's character keeps it when 族 marks the nationalities.
    ['长白朝鲜族自治县', '长白'],
    ['莲花山风景林自然保护区', '莲花山风景林自然保护区'],
  ])('%s → %s', (full, short) => {
    expect(shortPlaceName(full)).toBe(short);
  });
});

describe('shortProvinceName', () => {
  it.each([
    ['浙江省', '浙江'],
    ['北京市', '北京'],
    ['广西壮族自治区', '广西'],
    ['新疆维吾尔自治区', '新疆'],
    ['内蒙古自治区', '内蒙古'],
    ['香港特别行政区', '香港'],
  ])('%s → %s', (full, short) => {
    expect(shortProvinceName(full)).toBe(short);
  });
});

describe('countyKind', () => {
  it.each([
    ['义乌市', '330782', 'county-city'],
    ['曹县', '371721', 'county'],
    ['海淀区', '110108', 'district'],
    ['长阳土家族自治县', '420528', 'autonomous-county'],
    ['鄂温克族自治旗', '150724', 'autonomous-banner'],
    ['达尔罕茂明安联合旗', '150223', 'banner'],
    ['神农架林区', '429021', 'forestry-district'],
    ['碑林区', '610103', 'district'],
    ['万柏林区', '140109', 'district'],
    ['六枝特区', '520203', 'special-district'],
    ['东莞市', '441900', 'other'],
    ['中西区', '810101', 'other'],
    ['高雄市', '710001', 'other'],
  ] as const)('%s (%s) is %s', (name, code, kind) => {
    expect(countyKind(name, code)).toBe(kind);
  });
});

describe('regionOfCode', () => {
  it.each([
    ['330782', 'east'],
    ['44', 'east'],
    ['410100', 'central'],
    ['340000', 'central'],
    ['450202', 'west'],
    ['150724', 'west'],
    ['230100', 'northeast'],
    ['810101', 'hmt'],
  ] as const)('%s is in %s', (code, region) => {
    expect(regionOfCode(code)).toBe(region);
  });

  it('rejects a code no province has', () => {
    expect(() => regionOfCode('990000')).toThrow(/no region/);
  });
});

describe('pinyin', () => {
  it.each([
    ['义乌', 'yi wu'],
    ['吕梁', 'lv liang'],
    ['重庆', 'chong qing'],
    ['长阳', 'chang yang'],
    ['喀什', 'ka shi'],
    ['乐清', 'yue qing'],
    ['单县', 'shan xian'],
    ['黄陂', 'huang pi'],
    // 都 reads du and 什 reads shi in every place name.
    ['宁都', 'ning du'],
    ['昌都', 'chang du'],
    ['克什克腾', 'ke shi ke teng'],
    ['曾都', 'zeng du'],
    ['闵行', 'min hang'],
    ['万柏林', 'wan bai lin'],
  ])('%s → %s', (text, syllables) => {
    expect(toPinyin(text)).toBe(syllables);
  });
});

describe('boundaryLineKind', () => {
  it.each([
    [[113.82, 22.14, 114.5, 22.57], 'hk-macao'],
    [[113.53, 22.08, 113.63, 22.22], 'hk-macao'],
    [[108.2, 3.41, 121.91, 21.7], 'south-china-sea'],
    [[122.66, 23.67, 122.82, 24.66], 'south-china-sea'],
    [[121.1, 30.68, 122.78, 31.87], 'sea-boundary'],
    [[74.79, 37.23, 75.15, 38.29], 'other'],
  ] as const)('%j is %s', (bbox, kind) => {
    expect(boundaryLineKind([...bbox])).toBe(kind);
  });
});

describe('parseCodeList', () => {
  it('reads code and name, skipping headers and blank lines', () => {
    const names = parseCodeList('links: x\r\n行政区划代码\t  单位名称\r\n330000    浙江省\t\t\r\n330782       义乌市\t\r\n\r\n');
    expect([...names]).toEqual([
      ['330000', '浙江省'],
      ['330782', '义乌市'],
    ]);
  });
});
