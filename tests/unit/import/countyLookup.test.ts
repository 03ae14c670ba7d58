import { describe, expect, it } from 'vitest';
import { createCategoryLookup } from '../../../src/lib/import/categoryLookup';
import { createCountyLookup, isOneEditAway } from '../../../src/lib/import/countyLookup';
import { IMPORT_CATEGORIES, importCounties } from '../fixtures/importFixtures';

const counties = importCounties();
const lookup = createCountyLookup(counties);
const YIWU = { name: '义乌市', code: '330782', province: '浙江', prefecture: '金华市' };
const codeOf = (result: ReturnType<typeof lookup.byCode>) => (result.ok ? counties.codes[result.value] : result.reason);

describe('county by code', () => {
  it.each([
    ['330782', '330782'],
    [' 330782 ', '330782'],
    ['156330782', '330782'], // GB code of the boundary source: "156" + adcode
    ['３３０７８２', '330782'],
    ['330782000000', '330782'], // 统计用区划代码: adcode + 6 zeros for the county itself
  ])('%j → %s', (text, code) => {
    expect(codeOf(lookup.byCode(text))).toBe(code);
  });

  it.each([
    ['330799', { code: 'unknownCountyCode', countyCode: '330799' }],
    ['330700', { code: 'prefectureCode', countyCode: '330700', prefecture: '金华市' }],
    ['330000', { code: 'provinceCode', countyCode: '330000', province: '浙江省' }],
    ['33078', { code: 'notCountyCode', value: '33078' }],
    // A township's 12-digit code is not its county's.
    ['330782001000', { code: 'notCountyCode', value: '330782001000' }],
    ['yiwu', { code: 'notCountyCode', value: 'yiwu' }],
  ])('%j is rejected', (text, reason) => {
    expect(lookup.byCode(text)).toEqual({ ok: false, reason });
  });
});

describe('province', () => {
  it.each(['浙江省', '浙江', '33', '330000', ' 浙江 '])('%j → 33', (text) => {
    expect(lookup.province(text)).toEqual({ ok: true, value: '33' });
  });
  it.each(['广西壮族自治区', '广西'])('%j → 45', (text) => {
    expect(lookup.province(text)).toEqual({ ok: true, value: '45' });
  });
  it('rejects an unknown province, listing the known ones', () => {
    const result = lookup.province('浙姜');
    expect(result.ok).toBe(false);
    expect(result).toMatchObject({ ok: false, reason: { code: 'unknownProvince', value: '浙姜' } });
    if (!result.ok && result.reason.code === 'unknownProvince') {
      expect(result.reason.provinces.slice(0, 2)).toEqual(['北京', '天津']);
      expect(result.reason.provinces).toContain('浙江');
    }
  });
});

describe('county by name', () => {
  it.each([
    ['义乌市', null, '330782'],
    ['义乌', null, '330782'],
    ['义乌', '33', '330782'],
    ['朝阳区', '11', '110105'], // two 朝阳区: Beijing and Changchun
    ['朝阳区', '22', '220104'],
    ['朝阳', '21', '211321'], // short name: 朝阳县 is the only 朝阳 in Liaoning
    ['通州区', '11', '110112'],
    ['通州区', '32', '320612'],
    ['和平区', '12', '120101'],
    ['和平区', '21', '210102'],
    ['鼓楼区', '35', '350102'],
    ['东莞市', null, '441900'],
    // With the places above it, as statistics write it: the province, maybe the prefecture.
    ['浙江省义乌市', null, '330782'],
    ['浙江省金华市义乌市', null, '330782'],
    ['浙江金华义乌市', '33', '330782'],
    ['北京市朝阳区', null, '110105'],
    ['吉林省长春市朝阳区', null, '220104'],
    ['江苏省南京市鼓楼区', null, '320106'],
    ['江苏徐州鼓楼区', null, '320302'],
  ])('%s in %s → %s', (name, province, code) => {
    expect(codeOf(lookup.byName(name, province))).toBe(code);
  });

  it('calls a repeated name without province ambiguous and lists the candidates', () => {
    expect(lookup.byName('朝阳区', null)).toEqual({
      ok: false,
      reason: {
        code: 'ambiguousCounty',
        name: '朝阳区',
        province: null,
        candidates: [
          { name: '朝阳区', code: '110105', province: '北京', prefecture: '北京市' },
          { name: '朝阳区', code: '220104', province: '吉林', prefecture: '长春市' },
        ],
      },
    });
  });

  it('calls a name repeated within a province ambiguous even with the province', () => {
    expect(lookup.byName('鼓楼区', '32')).toEqual({
      ok: false,
      reason: {
        code: 'ambiguousCounty',
        name: '鼓楼区',
        province: '江苏省',
        candidates: [
          { name: '鼓楼区', code: '320106', province: '江苏', prefecture: '南京市' },
          { name: '鼓楼区', code: '320302', province: '江苏', prefecture: '徐州市' },
        ],
      },
    });
  });

  it('says where a name exists when it is not in the given province', () => {
    expect(lookup.byName('义乌', '32')).toEqual({
      ok: false,
      reason: { code: 'countyNotInProvince', name: '义乌', province: '江苏省', candidates: [YIWU] },
    });
  });

  it('suggests close names for an unknown one', () => {
    expect(lookup.byName('义乌县', null)).toEqual({
      ok: false,
      reason: { code: 'unknownCounty', name: '义乌县', province: null, suggestions: [YIWU] },
    });
    expect(lookup.byName('上海', null)).toEqual({ ok: false, reason: { code: 'unknownCounty', name: '上海', province: null, suggestions: [] } });
  });

  it('knows full and short names of a county', () => {
    const yiwu = counties.codes.indexOf('330782');
    expect([lookup.isNamed(yiwu, '义乌市'), lookup.isNamed(yiwu, '义乌'), lookup.isNamed(yiwu, '东阳')]).toEqual([
      true,
      true,
      false,
    ]);
    expect([lookup.isNamed(yiwu, '浙江省金华市义乌市'), lookup.isNamed(yiwu, '浙江省杭州市义乌市')]).toEqual([true, false]);
  });

  it('reads a name with its province no further than it says: two 鼓楼区 in 江苏 without the prefecture, none under the wrong one', () => {
    expect(lookup.byName('江苏省鼓楼区', null)).toMatchObject({
      ok: false,
      reason: { code: 'ambiguousCounty', name: '江苏省鼓楼区', candidates: [{ code: '320106' }, { code: '320302' }] },
    });
    expect(lookup.byName('浙江省杭州市义乌市', null)).toMatchObject({ ok: false, reason: { code: 'unknownCounty', name: '浙江省杭州市义乌市' } });
    expect(lookup.byName('浙江省义乌市', '32')).toMatchObject({ ok: false, reason: { code: 'countyNotInProvince', candidates: [YIWU] } });
  });
});

describe('isOneEditAway', () => {
  it.each([
    ['义乌', '义乌', true],
    ['义乌', '义乌市', true],
    ['义乌县', '义乌市', true],
    ['乌义', '义乌', false],
    ['义', '义乌市', false],
    ['', '义', true],
  ])('%j ~ %j: %s', (a, b, expected) => {
    expect(isOneEditAway(a, b)).toBe(expected);
    expect(isOneEditAway(b, a)).toBe(expected);
  });
});

describe('category', () => {
  const find = createCategoryLookup(IMPORT_CATEGORIES);
  it.each(['apparel', 'Apparel', '服饰鞋包', ' 服饰鞋包 ', 'apparel, shoes & bags'])('%j → apparel', (text) => {
    expect(find(text)).toMatchObject({ ok: true, value: { id: 'apparel' } });
  });
  it('rejects an unknown category, listing the valid ids', () => {
    expect(find('衣服')).toEqual({
      ok: false,
      reason: {
        code: 'unknownCategory',
        value: '衣服',
        categories: IMPORT_CATEGORIES.map(({ id, zh, en }) => ({ id, zh, en })),
      },
    });
  });
});
