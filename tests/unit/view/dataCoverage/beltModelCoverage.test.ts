/**
 * Hong Kong, Macao and Taiwan in the committed belt model (geodata/index/): its meta declares them
 * outside it (outsideRegions), so every view says "no data" (无数据, the no-data swatch) there,
 * never "no belt", while a mainland county without belts (始兴县, 440222) stays "no belt". The
 * expected values are literal: colours from palettes.ts, words from the message files.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { beltDataset, decodeCountyTable, decodeMeta, decodeMetrics } from '../../../../src/lib/data/decode';
import { areaTable, type PlaceLevel } from '../../../../src/lib/domain/areas';
import type { LayerId } from '../../../../src/lib/domain/layers';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { countyCsv } from '../../../../src/lib/export/countyCsv';
import { countyRows } from '../../../../src/lib/export/countyRows';
import { buildCompareScale } from '../../../../src/lib/view/compare/compareScale';
import { legendContent } from '../../../../src/lib/view/legend/legendContent';
import { placeValues } from '../../../../src/lib/view/panel/placeValues';
import { rankPlaces } from '../../../../src/lib/view/rankings/rankings';
import { buildLayerScale } from '../../../../src/lib/view/scales/layerScale';
import { tableRow } from '../../../../src/lib/view/table/placeTable';
import { compareTooltipContent } from '../../../../src/lib/view/tooltip/compareTooltip';
import { tooltipContent } from '../../../../src/lib/view/tooltip/tooltipContent';
import { gridTooltipContent } from '../../../../src/lib/view/yearGrid/gridTooltip';

const readIndex = (name: string): unknown => JSON.parse(readFileSync(`geodata/index/${name}`, 'utf8'));
const dataset = beltDataset(decodeMeta(readIndex('meta.json')));
const counties = decodeCountyTable(readIndex('counties.json'));
const metricsJson = readIndex('metrics-all.json') as { years: number[] };
const metrics = decodeMetrics(metricsJson, metricsJson.years, counties.codes.length, 'metrics-all.json');
const LAST = metrics.years.length - 1; // 2024

function level(placeLevel: PlaceLevel) {
  const places = areaTable(counties, placeLevel);
  const at = (code: string) => {
    const index = places.codes.indexOf(code);
    if (index < 0) throw new Error(`no ${placeLevel} ${code}`);
    return index;
  };
  return { places, metrics: aggregateMetrics(metrics, places), at };
}
const countyLevel = level('county');

it('the committed meta declares Hong Kong, Macao and Taiwan outside the belt model', () => {
  expect(dataset.outsideRegions).toEqual(['hmt']);
});

describe('map colours and legend swatches, both themes', () => {
  // [layer, level, code, theme, kind of swatch, colour]
  const cases: [LayerId, PlaceLevel, string, 'light' | 'dark', string, string][] = [
    ['sales', 'county', '810101', 'light', 'no-data', '#a2aaa8'], // 中西区, Hong Kong
    ['sales', 'county', '710009', 'light', 'no-data', '#a2aaa8'], // 台北市
    ['sales', 'county', '820000', 'dark', 'no-data', '#5e5e5e'], // 澳门
    ['sales', 'county', '440222', 'light', 'no-belt', '#e9e6e1'], // 始兴县: covered, without belts
    ['sales', 'county', '440222', 'dark', 'no-belt', '#383d45'],
    ['growth', 'county', '810101', 'light', 'no-data', '#a2aaa8'],
    ['growth', 'county', '440222', 'light', 'no-belt', '#e9e6e1'],
    ['spread', 'county', '710009', 'dark', 'no-data', '#5e5e5e'],
    ['spread', 'county', '440222', 'light', 'not-yet', '#e9e6e1'],
    ['sales', 'province', '81', 'light', 'no-data', '#a2aaa8'], // a province made only of uncovered counties
    ['sales', 'province', '71', 'dark', 'no-data', '#5e5e5e'],
    ['sales', 'prefecture', '8101', 'light', 'no-data', '#a2aaa8'],
    ['sales', 'province', '44', 'light', 'range', '#440154'], // Guangdong, the largest sales
  ];
  it.each(cases)('%s at %s level: %s in %s is %s %s', (layer, placeLevel, code, theme, kind, colour) => {
    const { places, metrics: levelMetrics, at } = level(placeLevel);
    const scale = buildLayerScale(layer, levelMetrics, dataset, places.regions, theme);
    const bin = scale.bins(LAST)[scale.binOf(LAST, at(code))]!;
    expect({ kind: bin.kind, colour: bin.colour }).toEqual({ kind, colour });
  });

  it('gives the legend (page and exported graphics alike) a no-data swatch apart from the no-belt one', () => {
    const bins = buildLayerScale('sales', metrics, dataset, counties.regions).bins(LAST);
    const legend = legendContent({ layer: 'sales', bins, year: 2024, lang: 'zh', compareFrom: null, dataset });
    expect(legend.specials.map(({ bin, label }) => [bin.kind, bin.colour, label])).toEqual([
      ['no-belt', '#e9e6e1', '无产业带'],
      ['no-data', '#a2aaa8', '无数据'],
    ]);
  });

  it('colours the difference of two years no data where either year is not covered', () => {
    const scale = buildCompareScale('sales', metrics, 2018, dataset, counties.regions);
    const bin = scale.bins(LAST)[scale.binOf(LAST, countyLevel.at('810101'))]!;
    expect(bin.kind).toBe('no-data');
  });
});

describe('what the tooltip, the year grid and the comparison say', () => {
  const tooltip = (code: string, layer: LayerId, lang: 'zh' | 'en' = 'zh') =>
    tooltipContent({ ...countyLevel, placeIndex: countyLevel.at(code), yearIndex: LAST, layer, lang, belts: null, dataset, sources: dataset.sources });

  // The legend's one term (无数据, No data) in the rows, and below them why.
  it.each([
    ['810101', 'sales', 'zh', [{ label: '销售额', value: '无数据' }], '该数据集未覆盖此地'],
    ['810101', 'sales', 'en', [{ label: 'Sales', value: 'No data' }], 'The dataset does not cover this place'],
    ['710009', 'growth', 'zh', [{ label: '销售额', value: '无数据' }], '该数据集未覆盖此地'],
    ['710009', 'spread', 'zh', [{ label: '首个百亿产业带', value: '无数据' }, { label: '销售额', value: '无数据' }], '该数据集未覆盖此地'],
    ['440222', 'sales', 'zh', [{ label: '销售额', value: '该年无产业带' }], null],
    ['440222', 'spread', 'zh', [{ label: '首个百亿产业带', value: '尚无' }, { label: '销售额', value: '该年无产业带' }], null],
  ] as const)('%s on the %s layer (%s)', (code, layer, lang, rows, note) => {
    const content = tooltip(code, layer, lang);
    expect(content.rows).toEqual(rows);
    expect(content.provenance).toBe(note);
  });

  it('writes every year of the year grid as not covered', () => {
    const content = gridTooltipContent({ ...countyLevel, placeIndex: countyLevel.at('810101'), years: [2018, 2024], layer: 'growth', lang: 'zh', dataset });
    expect(content.rows).toEqual([
      { label: '2018年', value: '无数据' },
      { label: '2024年', value: '无数据' },
    ]);
    expect(content.provenance).toBe('该数据集未覆盖此地');
    const mainland = gridTooltipContent({ ...countyLevel, placeIndex: countyLevel.at('440222'), years: [2018, 2024], layer: 'sales', lang: 'en', dataset });
    expect(mainland.provenance).toBeNull();
  });

  it('compares nothing where the data say nothing', () => {
    const content = compareTooltipContent({ ...countyLevel, placeIndex: countyLevel.at('710009'), layer: 'sales', fromYear: 2018, toYear: 2024, lang: 'zh', dataset });
    expect(content.rows.map((row) => row.value)).toEqual(['无数据', '无数据', '无数据']);
    expect(content.provenance).toBe('该数据集未覆盖此地');
  });
});

describe('the table, the panels, the rankings and the data files', () => {
  it.each([
    ['810101', { sales: '无数据', growth: '', belts: '', over100Yi: '', firstOver100Yi: '', provenance: '', provenanceCode: 0 }],
    ['440222', { sales: '无', growth: '', belts: '0', over100Yi: '0', firstOver100Yi: '尚无', provenance: '', provenanceCode: 0 }],
  ] as const)('the table row of %s', (code, expected) => {
    const row = tableRow({ ...countyLevel, yearIndex: LAST, lang: 'zh', dataset }, countyLevel.at(code), null, dataset.sources);
    expect(row).toMatchObject(expected);
  });

  it('gives the panels no value in a year not covered, so the sparkline has a gap, not a 0', () => {
    expect(placeValues(dataset, metrics, 'hmt', countyLevel.at('810101'))).toEqual([null, null, null, null, null, null, null]);
    const province = level('province');
    expect(placeValues(dataset, province.metrics, 'hmt', province.at('71'))).toEqual([null, null, null, null, null, null, null]);
    expect(placeValues(dataset, metrics, 'east', countyLevel.at('440222'))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });

  it('ranks no uncovered province, not even as a 0', () => {
    const province = level('province');
    expect(rankPlaces(province.metrics, province.places, { layer: 'sales', year: 2024, limit: 40, lang: 'zh', filter: { region: 'hmt' } })).toEqual([]);
  });

  it('writes the county rows of Hong Kong empty (no data), and 始兴县 with its 0', () => {
    const rowOf = countyRows({ dataset, sources: dataset.sources, counties, metrics, belts: [], lang: 'zh' });
    expect(rowOf(countyLevel.at('810101'), LAST)).toMatchObject({ sales_yuan: null, growth_status: 'no-data', belt_count: null, over_100yi_belt_count: null, provenance: '' });
    expect(rowOf(countyLevel.at('440222'), LAST)).toMatchObject({ sales_yuan: 0, growth_status: 'no-belt', belt_count: 0, over_100yi_belt_count: 0, provenance: '' });
  });
});

describe('one word for no data', () => {
  // Hong Kong's 中西区 in 2024 as each surface writes it: the legend's swatch, the map and year-grid
  // tooltips, the comparison's tooltip and legend, the table, and the view CSV's map_class (which
  // has always carried the legend's word, so its published values stay as they were).
  it.each([
    ['zh', '无数据'],
    ['en', 'No data'],
  ] as const)('%s: every surface says %s', (lang, word) => {
    const code = '810101';
    const scale = buildLayerScale('sales', metrics, dataset, counties.regions);
    const legend = legendContent({ layer: 'sales', bins: scale.bins(LAST), year: 2024, lang, compareFrom: null, dataset });
    const compareScale = buildCompareScale('sales', metrics, 2018, dataset, counties.regions);
    const compareLegend = legendContent({ layer: 'sales', bins: compareScale.bins(LAST), year: 2024, lang, compareFrom: 2018, dataset });
    const csv = countyCsv({ meta: dataset, dataset, counties, metrics, scale, yearIndex: LAST, belts: [], lang });
    const header = csv.split('\r\n')[0]!.replace('\uFEFF', '').split(',');
    const csvRow = csv.split('\r\n').find((line) => line.startsWith(`${code},`))!.split(',');
    const words = {
      legend: legend.specials.find((swatch) => swatch.bin.kind === 'no-data')?.label,
      compareLegend: compareLegend.specials.find((swatch) => swatch.bin.kind === 'no-data')?.label,
      tooltip: tooltipContent({ ...countyLevel, placeIndex: countyLevel.at(code), yearIndex: LAST, layer: 'sales', lang, belts: null, dataset, sources: dataset.sources }).rows[0]?.value,
      yearGrid: gridTooltipContent({ ...countyLevel, placeIndex: countyLevel.at(code), years: [2024], layer: 'spread', lang, dataset }).rows[0]?.value,
      compareTooltip: compareTooltipContent({ ...countyLevel, placeIndex: countyLevel.at(code), layer: 'sales', fromYear: 2018, toYear: 2024, lang, dataset }).rows[2]?.value,
      table: tableRow({ ...countyLevel, yearIndex: LAST, lang, dataset }, countyLevel.at(code), null, dataset.sources).sales,
      mapClass: csvRow[header.indexOf('map_class')],
    };
    expect(words).toEqual({ legend: word, compareLegend: word, tooltip: word, yearGrid: word, compareTooltip: word, table: word, mapClass: word });
  });
});
