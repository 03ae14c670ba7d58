import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetDescriptor, decodeDatasetDetails, listedDataset } from '../../../../src/lib/data/decodeDataset';
import type { AtlasDataset } from '../../../../src/lib/domain/atlas';
import { BELT_SALES_MEASURE, beltWords } from '../../../../src/lib/domain/datasets';
import { listedYears, reportedLaterPoints, valuesHeading, villagesByTown } from '../../../../src/lib/view/panel/listedPlaces';

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const DIR = 'geodata/datasets/taobao-villages';
const villages = listedDataset(decodeDatasetDescriptor(read(`${DIR}/meta.json`)));
const details = decodeDatasetDetails(read(`${DIR}/details.json`), [2014, 2015, 2016]);
const belts = { detailsKind: 'belts', measure: BELT_SALES_MEASURE, words: beltWords() } as const satisfies Partial<AtlasDataset>;

describe('listedYears on the committed 淘宝村 lists', () => {
  it('gives 曹县 (371721) its villages year by year, latest first, each year with its list', () => {
    const years = listedYears(details.counties['371721'], villages);
    expect(years.map((y) => [y.year, y.villages.length, y.source?.id])).toEqual([
      [2016, 48, 'aliresearch-2016'],
      [2015, 34, 'aliresearch-2015'],
      [2014, 7, 'aliresearch-2014'],
    ]);
    expect(years[2]!.villages[0]).toEqual({ year: 2014, town: '安才楼镇', village: '火神台村', mainProduct: '数码配件' });
    expect(years[0]!.towns.map((town) => [town.town, town.villages])).toEqual([
      ['安才楼镇', 6], ['大集镇', 27], ['梁堤头镇', 3], ['青菏街道', 3], ['阎店楼镇', 3], ['庄寨镇', 3],
    ]);
    expect(years[1]!.towns).toEqual([]);
  });

  it('gives 义乌 (330782) 65, 37 and 6 villages', () => {
    expect(listedYears(details.counties['330782'], villages).map((y) => y.villages.length)).toEqual([65, 37, 6]);
  });

  it('gives a county on no list every year with no village (a real 0)', () => {
    expect(listedYears(undefined, villages).map((y) => [y.year, y.villages.length, y.towns.length])).toEqual([
      [2016, 0, 0],
      [2015, 0, 0],
      [2014, 0, 0],
    ]);
  });
});

describe('reportedLaterPoints', () => {
  it.each([
    { code: '371721', points: [[2017, 74, 'news-2017-clusters']] },
    { code: '330782', points: [[2017, 104, 'news-2017-clusters'], [2021, 197, 'jinhua-2021']] },
    { code: '110101', points: [] },
  ])('$code', ({ code, points }) => {
    expect(reportedLaterPoints(villages, code).map((p) => [p.year, p.value, p.source.id])).toEqual(points);
  });
});

describe('valuesHeading', () => {
  it.each([
    { meta: belts, lang: 'zh', text: '历年产业带销售额' },
    { meta: belts, lang: 'en', text: 'Belt sales by year' },
    { meta: villages, lang: 'zh', text: '历年淘宝村数量' },
    { meta: villages, lang: 'en', text: 'Taobao villages by year' },
  ] as const)('$text', ({ meta, lang, text }) => {
    expect(valuesHeading(meta, lang)).toBe(text);
  });
});

describe('villagesByTown', () => {
  it('groups 曹县 2016 by town in the order of the list: 48 villages in 9 towns, 大集镇 with 27', () => {
    const towns = villagesByTown(listedYears(details.counties['371721'], villages)[0]!.villages);
    expect(towns.map((town) => [town.town, town.villages.length])).toEqual([
      ['安才楼镇', 6], ['大集镇', 27], ['梁堤头镇', 3], ['倪集镇', 1], ['普连集镇', 1],
      ['青菏街道', 3], ['阎店楼镇', 3], ['朱洪庙乡', 1], ['庄寨镇', 3],
    ]);
  });

  it('keeps villages printed without a town together, and a town named again later under its first place', () => {
    const v = (town: string, village: string) => ({ year: 2015, town, village });
    expect(villagesByTown([v('A镇', '一村'), v('', '二村'), v('A镇', '三村')])).toEqual([
      { town: 'A镇', villages: [v('A镇', '一村'), v('A镇', '三村')] },
      { town: '', villages: [v('', '二村')] },
    ]);
  });
});
