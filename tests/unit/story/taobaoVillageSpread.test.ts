/**
 * The shipped 淘宝村 story (static/stories/taobao-village-spread.json) against the committed dataset:
 * every count its captions state is computed here from geodata/datasets/taobao-villages/ and
 * must appear in the caption of its step, in both languages. If the dataset is rebuilt, this says
 * which caption to rewrite.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkStory, formatStoryProblem, storyDataset } from '../../../src/lib/story/story';
import { storyDomainOf } from '../../../src/lib/story/storyDataset';
import { readTaobaoVillages } from '../support/taobaoVillages';

const { meta, counties, metrics, details } = readTaobaoVillages();
const file = JSON.parse(readFileSync('static/stories/taobao-village-spread.json', 'utf8')) as unknown;
const checked = checkStory(file, storyDomainOf(meta));
const story = checked.ok ? checked.story : null;

const y = (year: number) => meta.years.indexOf(year);
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);
const countyOf = (code: string) => counties.codes.indexOf(code);
const villagesOf = (code: string, year: number) => metrics.values[y(year)]![countyOf(code)]!;
const countiesWithVillages = (year: number) => Array.from(metrics.values[y(year)]!).filter((v) => v > 0).length;
const countiesEverBy = (year: number) => metrics.spreadFirstYear.filter((first) => first !== null && first <= year).length;
const newIn = (year: number) => metrics.spreadFirstYear.filter((first) => first === year).length;
const byProvince = (province: string, year: number) =>
  sum(Array.from(metrics.values[y(year)]!).filter((_, i) => counties.provinces[i] === province));
/** Counties with a village that year, by region, as the spread chart counts them. */
const regions = (year: number) => {
  const { year: _year, ...counts } = metrics.spreadCountiesByRegion.find((r) => r.year === year)!;
  return counts;
};
/** Counties new that year, by region. */
const newByRegion = (year: number) => {
  const counts: Record<string, number> = {};
  metrics.spreadFirstYear.forEach((first, i) => {
    if (first === year) counts[counties.regions[i]!] = (counts[counties.regions[i]!] ?? 0) + 1;
  });
  return counts;
};
const townVillages = (code: string, year: number, town: string) => details.counties[code]!.villages.filter((v) => v.year === year && v.town === town).length;
const townsOf = (code: string, year: number) => details.counties[code]!.towns.filter((t) => t.year === year).length;
const allTowns = (year: number) => Object.values(details.counties).reduce((n, c) => n + c.towns.filter((t) => t.year === year).length, 0);

/** Each step's counts: the number as computed from the data, and how each caption writes it. */
const CLAIMS: { step: number; what: string; value: number; expected: number; zh: string; en: string }[] = [
  { step: 1, what: 'villages 2014', value: sum(metrics.values[y(2014)]!), expected: 212, zh: '212 个淘宝村', en: '212 Taobao villages' },
  { step: 1, what: 'counties 2014', value: countiesWithVillages(2014), expected: 80, zh: '80 个县级单位', en: '80 county-level units' },
  { step: 1, what: 'east 2014', value: regions(2014).east, expected: 77, zh: '77 个在东部', en: '77 of them in the east' },
  { step: 1, what: 'central 2014', value: regions(2014).central, expected: 2, zh: '中部 2 个', en: '2 in the centre' },
  { step: 1, what: 'west 2014', value: regions(2014).west, expected: 1, zh: '西部 1 个', en: '1 in the west' },
  { step: 2, what: '浙江 2014', value: byProvince('33', 2014), expected: 62, zh: '浙江 62 个', en: '62 Taobao villages in Zhejiang' },
  { step: 2, what: '广东 2014', value: byProvince('44', 2014), expected: 54, zh: '广东 54 个', en: '54 in Guangdong' },
  { step: 2, what: '福建 2014', value: byProvince('35', 2014), expected: 28, zh: '福建 28 个', en: '28 in Fujian' },
  { step: 2, what: '河北 2014', value: byProvince('13', 2014), expected: 25, zh: '河北、江苏各 25 个', en: '25 each in Hebei and Jiangsu' },
  { step: 2, what: '江苏 2014', value: byProvince('32', 2014), expected: 25, zh: '河北、江苏各 25 个', en: '25 each in Hebei and Jiangsu' },
  { step: 2, what: '山东 2014', value: byProvince('37', 2014), expected: 13, zh: '山东 13 个', en: '13 in Shandong' },
  { step: 2, what: '白云区 2014', value: villagesOf('440111', 2014), expected: 9, zh: '各 9 个', en: '9 each' },
  { step: 2, what: '增城区 2014', value: villagesOf('440118', 2014), expected: 9, zh: '各 9 个', en: '9 each' },
  { step: 2, what: 'the most 2014', value: Math.max(...metrics.values[y(2014)]!), expected: 9, zh: '最多', en: 'the most' },
  { step: 3, what: 'villages 2015', value: sum(metrics.values[y(2015)]!), expected: 780, zh: '780 个', en: '780 Taobao villages' },
  { step: 3, what: 'counties 2015', value: countiesWithVillages(2015), expected: 180, zh: '180 个县级单位', en: '180 county-level units' },
  { step: 3, what: 'new 2015', value: newIn(2015), expected: 100, zh: '100 个县级单位', en: '100 units new' },
  { step: 3, what: 'new east 2015', value: newByRegion(2015).east!, expected: 86, zh: '东部 86 个', en: '86 are in the east' },
  { step: 3, what: 'new central 2015', value: newByRegion(2015).central!, expected: 9, zh: '中部 9 个', en: '9 in the centre' },
  { step: 3, what: 'new west 2015', value: newByRegion(2015).west!, expected: 3, zh: '西部 3 个', en: '3 in the west' },
  { step: 3, what: 'new northeast 2015', value: newByRegion(2015).northeast!, expected: 2, zh: '东北 2 个', en: '2 in the northeast' },
  { step: 4, what: '曹县 2014', value: villagesOf('371721', 2014), expected: 7, zh: '2014 年的 7 个', en: 'from 7 Taobao villages in 2014' },
  { step: 4, what: '曹县 2015', value: villagesOf('371721', 2015), expected: 34, zh: '增至 34 个', en: 'to 34' },
  { step: 4, what: '义乌 2015', value: villagesOf('330782', 2015), expected: 37, zh: '义乌的 37 个', en: "Yiwu's 37" },
  { step: 4, what: '义乌 first 2015', value: Number(rankOf('330782', 2015) === 1), expected: 1, zh: '仅次于义乌', en: 'second only to Yiwu' },
  { step: 4, what: '曹县 second 2015', value: rankOf('371721', 2015), expected: 2, zh: '仅次于义乌', en: 'second only to Yiwu' },
  { step: 4, what: '睢宁 2014', value: villagesOf('320324', 2014), expected: 5, zh: '从 5 个增至 22 个', en: 'from 5 to 22' },
  { step: 4, what: '睢宁 2015', value: villagesOf('320324', 2015), expected: 22, zh: '从 5 个增至 22 个', en: 'from 5 to 22' },
  { step: 4, what: '沙集 in 睢宁 2014', value: townVillages('320324', 2014, '沙集镇'), expected: 5, zh: '沙集镇', en: 'Shaji town' },
  { step: 5, what: 'villages 2016', value: sum(metrics.values[y(2016)]!), expected: 1311, zh: '1,311 个淘宝村', en: '1,311 Taobao villages' },
  { step: 5, what: 'counties 2016', value: countiesWithVillages(2016), expected: 217, zh: '217 个县级单位', en: '217 county-level units' },
  { step: 5, what: 'counties ever by 2016', value: countiesEverBy(2016), expected: 229, zh: '共 229 个', en: '229 units' },
  { step: 5, what: 'new 2016', value: newIn(2016), expected: 49, zh: '49 个在 2016 年首次上榜', en: '49 of them first in 2016' },
  { step: 6, what: '浙江 2016', value: byProvince('33', 2016), expected: 506, zh: '浙江 506 个', en: 'Zhejiang has 506' },
  { step: 6, what: '广东 2016', value: byProvince('44', 2016), expected: 262, zh: '广东 262 个', en: 'Guangdong 262' },
  { step: 6, what: '江苏 2016', value: byProvince('32', 2016), expected: 201, zh: '江苏 201 个', en: 'Jiangsu 201' },
  { step: 6, what: '义乌 2016', value: villagesOf('330782', 2016), expected: 65, zh: '义乌以 65 个居首', en: 'Yiwu leads with 65' },
  { step: 6, what: '义乌 first 2016', value: rankOf('330782', 2016), expected: 1, zh: '居首', en: 'leads' },
  { step: 6, what: '温岭 2016', value: villagesOf('331081', 2016), expected: 54, zh: '温岭 54 个', en: 'Wenling with 54' },
  { step: 6, what: '曹县 2016', value: villagesOf('371721', 2016), expected: 48, zh: '曹县和普宁各 48 个', en: 'Cao County and Puning with 48 each' },
  { step: 6, what: '普宁 2016', value: villagesOf('445281', 2016), expected: 48, zh: '曹县和普宁各 48 个', en: 'Cao County and Puning with 48 each' },
  { step: 7, what: '曹县 2014–2016', value: Number([2014, 2015, 2016].map((year) => villagesOf('371721', year)).join('')), expected: 73448, zh: '7 → 34 → 48', en: '7, then 34, then 48' },
  { step: 7, what: '大集镇 2016', value: townVillages('371721', 2016, '大集镇'), expected: 27, zh: '27 个在大集镇', en: '27 of them in Daji town' },
  { step: 7, what: '淘宝镇 2016', value: allTowns(2016), expected: 135, zh: '135 个淘宝镇', en: '135 of them nationally' },
  { step: 7, what: '曹县的淘宝镇 2016', value: townsOf('371721', 2016), expected: 6, zh: '6 个在曹县', en: '6 in Cao County' },
];

/** 1-based rank of a county by villages that year (ties share the better rank). */
function rankOf(code: string, year: number): number {
  const own = villagesOf(code, year);
  return Array.from(metrics.values[y(year)]!).filter((v) => v > own).length + 1;
}

describe('the shipped 淘宝村 story', () => {
  it('is a valid story about the 淘宝村 dataset, walking 2014 to 2016 in 5–7 steps, never back in time', () => {
    expect(checked.ok ? [] : checked.problems.map(formatStoryProblem)).toEqual([]);
    expect(storyDataset(story!)).toBe('taobao-villages');
    const years = story!.steps.map((s) => s.year);
    expect(story!.steps.length).toBeGreaterThanOrEqual(5);
    expect(story!.steps.length).toBeLessThanOrEqual(7);
    expect([years[0], years[years.length - 1]]).toEqual([2014, 2016]);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
  });

  it.each(CLAIMS.map((claim) => [claim.step, claim.what, claim] as const))('step %i: %s', (step, _what, claim) => {
    expect(claim.value).toBe(claim.expected);
    const caption = story!.steps[step - 1]!.caption;
    expect(caption.zh).toContain(claim.zh);
    expect(caption.en).toContain(claim.en);
  });

  it('names its source, and is not called illustrative (the lists are real)', () => {
    const first = story!.steps[0]!.caption;
    expect(first.zh).toContain('阿里研究院《中国淘宝村研究报告》');
    expect(first.en).toContain('阿里研究院《中国淘宝村研究报告》');
    expect(meta.isIllustrative).toBe(false);
    for (const step of story!.steps) {
      expect(step.caption.zh).not.toContain('示意');
      expect(step.caption.en.toLowerCase()).not.toContain('illustrative');
    }
  });
});
