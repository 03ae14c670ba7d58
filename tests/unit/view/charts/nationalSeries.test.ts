import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeDatasetDescriptor, listedDataset } from '../../../../src/lib/data/decodeDataset';
import { nationalSeriesChart } from '../../../../src/lib/view/charts/nationalSeries';

const villages = listedDataset(decodeDatasetDescriptor(JSON.parse(readFileSync('geodata/datasets/taobao-villages/meta.json', 'utf8'))));

describe('nationalSeriesChart', () => {
  it('draws the 淘宝村 series 2014–2022, the listed years apart from the totals-only years', () => {
    const chart = nationalSeriesChart(villages.nationalSeries, villages.years, 180, 60);
    expect(chart.max).toBe(7780);
    expect(chart.bars.map((bar) => [bar.year, bar.value, bar.hasCountyList, bar.asOf])).toEqual([
      [2014, 212, true, null],
      [2015, 780, true, null],
      [2016, 1311, true, null],
      [2017, 2118, false, null],
      [2018, 3202, false, '2018-10'],
      [2019, 4310, false, '2019-06'],
      [2020, 5425, false, '2020-06'],
      [2021, 7023, false, null],
      [2022, 7780, false, null],
    ]);
    // 20 units a year, 2 of them the gap; 212 of 7,780 is 1.6 of 60.
    expect(chart.bars[0]).toMatchObject({ x: 1, width: 18, height: 1.6, y: 58.4 });
    expect(chart.bars[8]).toMatchObject({ x: 161, width: 18, height: 60, y: 0 });
  });

  it('puts the years in order and keeps an all-zero series on the baseline', () => {
    const chart = nationalSeriesChart(
      [
        { year: 2021, value: 0, towns: null, asOf: null, sourceId: 'b' },
        { year: 2020, value: 0, towns: null, asOf: null, sourceId: 'a' },
      ],
      [2020],
      100,
      50,
      0,
    );
    expect(chart.bars.map((bar) => [bar.year, bar.x, bar.y, bar.height, bar.hasCountyList])).toEqual([
      [2020, 0, 50, 0, true],
      [2021, 50, 50, 0, false],
    ]);
  });
});
