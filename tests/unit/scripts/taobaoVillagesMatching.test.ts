import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import { createCountyLookup } from '../../../src/lib/import/countyLookup';
import { readAdminCodeHistory } from '../../../scripts/lib/taobaoVillages/adminCodeHistory';
import { buildTaobaoVillages, readInputTexts } from '../../../scripts/lib/taobaoVillages/buildTaobaoVillages';
import { createCountyPlacer, type PlacementRule } from '../../../scripts/lib/taobaoVillages/placeRows';
import type { ListedPlace } from '../../../scripts/lib/taobaoVillages/readLists';

const counties = JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')) as CountyTableFile;
const texts = readInputTexts();
const history = readAdminCodeHistory(texts.adminCodes, 'admin-codes-1980-2025.csv');
const curatedRules = (JSON.parse(texts.rules) as { rules: PlacementRule[] }).rules;

function placer(rules: PlacementRule[] = curatedRules) {
  return createCountyPlacer(counties, createCountyLookup(counties), history, rules);
}

function row(year: number, province: string, prefecture: string, county: string, town = '某镇'): ListedPlace {
  return { file: 'villages-2014-2016.csv', row: 2, year, province, prefecture, county, town };
}

/** "440118 current-name", or the reason a row is not placed. */
function placed(listed: ListedPlace, rules?: PlacementRule[]): string {
  const result = placer(rules)(listed);
  return result.ok ? `${counties.codes[result.value.countyIndex]} ${result.value.placedBy}` : result.reason;
}

describe('placing a listed row on a current county', () => {
  it.each([
    // Renamed or re-coded since the list: the name of its year, through the code table.
    [2014, '广东省', '广州市', '增城市', '某镇', '440118 former-name'],
    [2015, '广东省', '广州市', '增城市', '某镇', '440118 former-name'], // printed a year after it became 增城区
    [2016, '四川省', '成都市', '郫县', '某镇', '510117 former-name'],
    [2016, '山东省', '青岛市', '即墨市', '某镇', '370215 former-name'],
    [2016, '河北省', '保定市', '清苑县', '某镇', '130608 former-name'],
    // Same names in different provinces, or twice in one: the province and prefecture decide.
    [2016, '北京市', '北京市', '朝阳区', '某镇', '110105 current-name'],
    [2016, '吉林省', '长春市', '朝阳区', '某镇', '220104 current-name'],
    [2016, '江苏省', '南京市', '鼓楼区', '某镇', '320106 current-name'],
    [2016, '江苏省', '徐州市', '鼓楼区', '某镇', '320302 current-name'],
    // Short province names, and a province column that says only 省.
    [2015, '北京', '北京市', '房山区', '某镇', '110111 current-name'],
    [2015, '天津', '天津市', '静海县', '某镇', '120118 former-name'],
    [2015, '省', '金华市', '义乌市', '某镇', '330782 current-name'],
    // Functional zones and a divided county: the curated rules.
    [2016, '河北省', '保定市', '白沟新城', '白沟镇', '130684 rule'],
    [2014, '河北省', '保定市', '-', '白沟新城', '130684 rule'],
    [2016, '福建省', '泉州市', '台商投资区', '东园镇', '350521 rule'],
    [2016, '河南省', '洛阳市', '伊滨区', '庞村镇', '410307 rule'],
    [2016, '山东省', '菏泽市', '高新区', '吕陵镇', '371702 rule'],
    [2016, '河北省', '邯郸市', '永年县', '临洺关镇', '130408 rule'],
  ])('%i %s %s %s %s → %s', (year, province, prefecture, county, town, expected) => {
    expect(placed(row(year, province, prefecture, county, town))).toBe(expected);
  });

  it('a name of another province is not taken: 朝阳区 printed under 辽宁省 is no county there', () => {
    expect(placed(row(2016, '辽宁省', '朝阳市', '朝阳区'))).toBe(
      'no county "朝阳区" in 辽宁 today or in 2016 (code table), and no placement rule matches; add a rule with its reason',
    );
  });

  it('a county divided since the list is not guessed without a rule', () => {
    expect(placed(row(2016, '河北省', '邯郸市', '永年县', '临洺关镇'), [])).toBe(
      '"永年县" of 2016 became several counties (丛台区 130403, 永年区 130408) and no placement rule says which; add one with its reason',
    );
  });

  it('a row whose province and prefecture name no province is not placed', () => {
    expect(placed(row(2015, '省', '某市', '某县'))).toBe(
      'neither the province "省" nor the prefecture "某市" names one province, and no placement rule matches; add a rule with its reason',
    );
  });

  it('a functional zone without a rule is not placed', () => {
    expect(placed(row(2016, '河北省', '保定市', '白沟新城', '白沟镇'), [])).toBe(
      'no county "白沟新城" in 河北 today or in 2016 (code table), and no placement rule matches; add a rule with its reason',
    );
  });
});

describe('the build refuses what it cannot place or check', () => {
  it('a row that cannot be placed fails the build, naming its file, row, year and names', () => {
    const villages = `${texts.villages}2016,浙江省,金华市,金东新区,某镇,某村,\n`;
    expect(() => buildTaobaoVillages({ ...texts, villages }, counties)).toThrow(
      '1 row(s) of the 淘宝村 lists cannot be placed on a county:\n' +
        '  villages-2014-2016.csv row 2305 (2016): 浙江省 / 金华市 / 金东新区 / 某镇: no county "金东新区" in 浙江 today or in 2016 (code table), and no placement rule matches; add a rule with its reason',
    );
  });

  it('every row that cannot be placed is listed, in the village list and the town list alike', () => {
    const villages = `${texts.villages}2016,浙江省,金华市,金东新区,某镇,某村,\n`;
    const towns = `${texts.towns}2016,河北省,保定市,白沟新城区,白沟镇,5\n`;
    expect(() => buildTaobaoVillages({ ...texts, villages, towns }, counties)).toThrow(
      /^2 row\(s\) .*\n  villages-2014-2016\.csv row 2305 \(2016\): .*\n  towns-2016\.csv row 137 \(2016\): 河北省 \/ 保定市 \/ 白沟新城区 \/ 白沟镇: /,
    );
  });

  it('a placement rule that places no row fails the build', () => {
    const rules = JSON.stringify({
      rules: [...curatedRules, { match: { county: '不存在区' }, countyCode: '330782', reason: 'test' }],
    });
    expect(() => buildTaobaoVillages({ ...texts, rules }, counties)).toThrow(
      'placement-rules.json: 1 rule(s) place no row: rule 8 ({"county":"不存在区"})',
    );
  });

  it('a list that no longer adds up to the published total fails the build', () => {
    const villages = texts.villages.replace('2014,福建省,福州市,闽侯县,上街镇,建平村,家具\n', '');
    expect(() => buildTaobaoVillages({ ...texts, villages }, counties)).toThrow('2014: the list has 211 villages, the published total is 212');
  });
});
