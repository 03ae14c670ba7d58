import { describe, expect, it } from 'vitest';
import { defaultSpreadThreshold, importDataset, importDatasetText, measureWords, type DatasetImportOptions } from '../../../src/lib/import/importDataset';
import { readMeasure, splitHeader } from '../../../src/lib/import/measureColumn';
import { problemLines as linesIn, problemsCsv } from '../../../src/lib/import/importReport';
import { summaryText } from '../../../src/lib/import/problemText';
import type { ImportReport } from '../../../src/lib/import/importCsv';
import { IMPORT_CATEGORIES, encodeGbk, importCounties } from '../fixtures/importFixtures';

/** The problem lines the CLI prints (English). */
function problemLines(report: ImportReport): string[] {
  return linesIn(report, 'en');
}

const counties = importCounties();
const options: DatasetImportOptions = { counties, categories: IMPORT_CATEGORIES, fileName: 'mine.csv', id: 'mine', generatedBy: 'test' };
const YIWU = counties.codes.indexOf('330782');
const CHAOYANG = counties.codes.indexOf('110105');
const DONGYANG = counties.codes.indexOf('330783');

describe('the measure from a header', () => {
  it.each<[string, string | undefined, string, string, string, string]>([
    // header, --unit, then: name, unit, unit label, how the cell "12" reads
    ['销售额（万元）', undefined, '销售额', 'yuan', '元', '120000'],
    ['sales', undefined, 'sales', 'yuan', '元', '12'],
    ['share (%)', undefined, 'share', 'percent', '%', '12'],
    ['网购渗透率', undefined, '网购渗透率', 'percent', '%', '12'],
    ['网店数（家）', undefined, '网店数', 'count', '家', '12'],
    ['淘宝村数', undefined, '淘宝村数', 'count', '', '12'],
    ['产量 (吨)', undefined, '产量', 'number', '吨', '12'],
    ['score', undefined, 'score', 'number', '', '12'],
    ['score', 'points', 'score', 'number', 'points', '12'],
    ['销售额（万元）', 'count', '销售额', 'count', '万元', '12'],
  ])('%s with --unit %s → %s in %s (%s)', (header, unit, name, measureUnit, label, read) => {
    const reading = readMeasure(header, 0, { unit });
    expect([reading.measure.name.zh, reading.measure.unit, reading.measure.unitLabel.zh]).toEqual([name, measureUnit, label]);
    expect(reading.parse('12')).toEqual({ ok: true, value: Number(read) });
  });

  it('a 万 or 亿 in a cell wins over the header unit; a percent sign is optional', () => {
    expect(readMeasure('销售额（万元）', 0, {}).parse('1.5亿')).toEqual({ ok: true, value: 1.5e8 });
    expect(readMeasure('share (%)', 0, {}).parse('12.5%')).toEqual({ ok: true, value: 12.5 });
  });

  it('splits a unit in brackets, full-width or not', () => {
    expect(splitHeader(' 产量（吨） ')).toEqual({ name: '产量', unitText: '吨' });
    expect(splitHeader('(x)')).toEqual({ name: '(x)', unitText: null });
  });
});

describe('importDatasetText: the simple format with the years across (a yearbook table)', () => {
  const text = [
    '县,省份,备注,2020年,2021年（万元）',
    '义乌市,浙江,a,1200,1500',
    '朝阳区,北京,,300,',
    '东阳市,浙江,,,5',
    ',,,,',
    '义乌市,浙江,again,,7',
    '朝阳区,吉林,,abc,2',
  ].join('\n');

  it('reads a value per year column, leaves an empty cell as no data and says so, rejects a row whole', () => {
    const result = importDatasetText(text, { ...options, measure: { name: { zh: '网络零售额', en: 'Online retail sales' } } });
    expect(result.format).toBe('simple');
    expect(summaryText(result.summary, 'en')).toBe('Rows read: 5; accepted: 2; rejected: 3. 1 blank row skipped.');
    expect(problemLines(result)).toEqual([
      'warning: column "备注" is not a year and is ignored (with the years across, each value column is named by its year, such as 2019 or 2019年)',
      'warning: empty year cells: 3; those counties show "no data" in those years, not 0',
      'row 2: same county, category and year as row 6 (义乌市 (浙江 金华市 330782), 2021); each may appear once',
      'row 6: same county, category and year as row 2 (义乌市 (浙江 金华市 330782), 2021); each may appear once',
      'row 7, column "2020年": "abc" is not a number',
    ]);
    const { meta, metrics } = result.files!;
    expect(meta).toMatchObject({ years: [2020, 2021], measure: { name: { zh: '网络零售额', en: 'Online retail sales' }, unit: 'yuan' } });
    // The unit in the years' brackets (万元) reads the cells in 10,000 yuan; an empty cell is no data (provenance 0), not a reported 0 (2).
    expect([metrics.values[0]![CHAOYANG], metrics.provenance[0]![CHAOYANG], metrics.provenance[1]![CHAOYANG]]).toEqual([3_000_000, 2, 0]);
    expect([metrics.provenance[0]![DONGYANG], metrics.values[1]![DONGYANG], metrics.provenance[1]![DONGYANG]]).toEqual([0, 50_000, 2]);
    expect([metrics.provenance[0]![YIWU], metrics.provenance[1]![YIWU]]).toEqual([0, 0]);
  });

  it('in a file declared a complete list an empty year cell is a county not listed that year: a reported 0, and the warning says so', () => {
    const result = importDatasetText('county_code,2020,2021\n330782,3,\n', { ...options, isCompleteList: true });
    expect(problemLines(result)).toEqual(['warning: empty year cells: 1; the file is declared a complete list, so those counties have 0 in those years']);
    const { metrics } = result.files!;
    expect([metrics.values[1]![YIWU], metrics.provenance[1]![YIWU]]).toEqual([0, 2]);
  });

  it('spans every year the header names, one whose cells are all empty too (no data there)', () => {
    const { meta, metrics } = importDatasetText('county_code,2020,2021\n330782,3,\n', options).files!;
    expect(meta.years).toEqual([2020, 2021]);
    expect(metrics.provenance[1]![YIWU]).toBe(0);
  });

  it('names the measure 数值 / Value when the reader has not, and guesses its unit from the years\' brackets', () => {
    const { meta } = importDatasetText('county_code,2020,2021 (家)\n330782,3,4\n', options).files!;
    expect(meta.measure).toEqual({ id: 'value', name: { zh: '数值', en: 'Value' }, unit: 'count', unitLabel: { zh: '家', en: '家' } });
  });

  it.each([
    ['county_code,2020,2020年\n330782,1,2\n', 'row 1: year 2020 has more than one column: "2020", "2020年"'],
    ['county_code,1999,2020\n330782,1,2\n', 'row 1, column "1999": 1999 is outside the years 2000–2100'],
  ])('refuses a header whose years cannot be read: %j', (csv, message) => {
    expect(problemLines(importDatasetText(csv, { ...options, years: { firstYear: 2000, lastYear: 2100 } }))).toContain(message);
  });

  it('refuses a measure column asked for: the values are in the years\' columns', () => {
    const result = importDatasetText('county_code,2020,2021\n330782,3,4\n', { ...options, measure: { column: 'sales' } });
    expect(problemLines(result)).toEqual(['row 1: no column "sales" to take the values from; the columns that may hold them: "2020", "2021"']);
  });

  it('a year column wins over columns named by years: those are then measures to choose from', () => {
    const result = importDatasetText('county_code,year,2020\n330782,2021,5\n', options);
    expect(result.files!.meta.years).toEqual([2021]);
    expect(result.files!.metrics.values[0]![YIWU]).toBe(5);
  });
});

describe('importDatasetText: the simple format', () => {
  const text = [
    'county_code,county,province,year,note,网店数（家）,source',
    '330782,,,2020,a,1200,报告 https://example.org/a',
    '330782,,,2021,b,1500,报告 https://example.org/a',
    ',朝阳区,北京,2021,c,300,',
    ',朝阳区,,2021,d,5,',
    '330783,,,2021,e,x,',
  ].join('\n');
  const result = importDatasetText(text, options);

  it('reads rows, lists each problem by row and column, and sums up', () => {
    expect(result.format).toBe('simple');
    expect(summaryText(result.summary, 'en')).toBe('Rows read: 5; accepted: 3; rejected: 2.');
    expect(summaryText(result.summary, 'zh')).toBe('读取 5 行：接受 3 行，拒绝 2 行。');
    expect(problemLines(result)).toEqual([
      'warning: column "note" is not the measure and is ignored (choose it as the measure column to map it instead)',
      'row 5, column "county": county "朝阳区" is ambiguous: 朝阳区 (北京 北京市 110105), 朝阳区 (吉林 长春市 220104); add the province or use county_code',
      'row 6, column "网店数（家）": "x" is not a number',
    ]);
  });

  it('builds the listed dataset: values, no data where the file says nothing, sources per year, threshold', () => {
    const { meta, metrics, details } = result.files!;
    expect(meta).toMatchObject({
      id: 'mine',
      isIllustrative: false,
      years: [2020, 2021],
      categories: [],
      measure: { id: 'value', name: { zh: '网店数', en: '网店数' }, unit: 'count', unitLabel: { zh: '家', en: '家' } },
      spreadThreshold: 300,
      yearSourceIds: ['import-1', 'import-file'],
      sources: [
        { id: 'import-1', title: '报告', url: 'https://example.org/a' },
        { id: 'import-file', title: 'mine.csv (imported CSV)' },
      ],
      metricsFile: 'metrics.json',
      detailsFile: 'details.json',
    });
    expect(metrics.values[1]![YIWU]).toBe(1500);
    expect(metrics.values[1]![CHAOYANG]).toBe(300);
    expect([metrics.provenance[0]![YIWU], metrics.provenance[0]![CHAOYANG], metrics.provenance[1]![DONGYANG]]).toEqual([2, 0, 0]);
    expect([metrics.growth[1]![YIWU], metrics.growth[1]![CHAOYANG]]).toEqual([0.25, null]);
    expect(metrics.firstYear[CHAOYANG]).toBe(2021);
    expect(details).toEqual({ generatedBy: 'test', years: [2020, 2021], counties: {} });
  });

  it('a file declared complete gives every mainland county it does not list a reported 0, and "new"', () => {
    const { metrics } = importDatasetText(text, { ...options, isCompleteList: true, spreadThreshold: 1 }).files!;
    expect([metrics.provenance[0]![CHAOYANG], metrics.values[0]![CHAOYANG]]).toEqual([2, 0]);
    expect(metrics.growth[1]![CHAOYANG]).toBe('new');
  });

  it('adds up counts of several categories, but not percentages', () => {
    const counts = importDatasetText('county_code,year,category,villages\n330782,2020,a,3\n330782,2020,b,4\n', options);
    expect(counts.files!.metrics.values[0]![YIWU]).toBe(7);
    const shares = importDatasetText('county_code,year,category,share (%)\n330782,2020,a,3\n330782,2020,b,4\n', options);
    expect(shares.summary).toMatchObject({ accepted: 0, rejected: 2 });
    expect(problemLines(shares)[0]).toBe('row 2: same county and year as row 3 (义乌市 (浙江 金华市 330782), 2020); each may appear once');
  });

  it.each([
    ['county_code,year,note\n330782,2020,abc\n', 'row 1: no column holds numbers in most of its cells; the columns besides county and year: "note"'],
    ['county_code,year\n330782,2020\n', 'row 1: required columns missing: a numeric column with the values; the header has "county_code", "year"'],
    ['county,value\n义乌,1\n', 'row 1: required columns missing: "year" or "年份" (or a column per year, named by it: 2019 or 2019年); the header has "county", "value"'],
  ])('a file it cannot read: %j', (csv, message) => {
    expect(problemLines(importDatasetText(csv, options))).toContain(message);
  });

  it('takes the measure column the reader names, and says when there is none', () => {
    const csv = 'county_code,year,a,b\n330782,2020,1,2\n';
    expect(importDatasetText(csv, { ...options, measure: { column: 'B' } }).files!.metrics.values[0]![YIWU]).toBe(2);
    expect(problemLines(importDatasetText(csv, { ...options, measure: { column: 'c' } }))).toEqual([
      'row 1: no column "c" to take the values from; the columns that may hold them: "a", "b"',
    ]);
  });

  it('reads the columns under the Chinese names a spreadsheet made in China gives them', () => {
    const chinese = importDatasetText(
      ['行政区划代码,县（市、区）,省份,年份,品类,网店数（家）,数据来源', '330782,,,2020,,1200,报告 https://example.org/a', ',朝阳区,北京,2021,,300,'].join('\n'),
      options,
    );
    expect(chinese.format).toBe('simple');
    expect(problemLines(chinese)).toEqual([]);
    expect(chinese.summary).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
    expect(chinese.files?.meta).toMatchObject({
      years: [2020, 2021],
      measure: { name: { zh: '网店数', en: '网店数' }, unit: 'count' },
      sources: [{ id: 'import-1', title: '报告', url: 'https://example.org/a' }, { id: 'import-file', title: 'mine.csv (imported CSV)' }],
    });
    expect([chinese.files?.metrics.values[0]![YIWU], chinese.files?.metrics.values[1]![CHAOYANG]]).toEqual([1200, 300]);
  });

  it('names the column of a problem as the file writes it', () => {
    const lines = problemLines(importDatasetText('省份,县,年份,网店数\n浙江,义乌,今年,5\n北京,义乌,2021,5\n', options));
    expect(lines).toEqual([
      'row 2, column "年份": "今年" is not a year',
      'row 3, column "县": no county "义乌" in 北京市; counties of that name: 义乌市 (浙江 金华市 330782)',
    ]);
  });

  it('reads GBK bytes', () => {
    const result = importDataset(encodeGbk('county,province,year,value\n义乌,浙江,2020,5\n'), options);
    expect(result.encoding).toEqual({ name: 'gbk', hasBom: false });
    expect(result.files!.metrics.values[0]![YIWU]).toBe(5);
  });
});

describe('importDatasetText: the full format', () => {
  it('measures sales in yuan, added up over the categories', () => {
    const result = importDatasetText(
      'county_code,year,category,sales,merchants\n330782,2020,apparel,1亿,10\n330782,2020,food,5000万,3\n330782,2021,food,2亿,4\n',
      options,
    );
    expect(result.format).toBe('full');
    const { meta, metrics } = result.files!;
    expect(meta.measure).toEqual({ id: 'sales', name: { zh: '线上销售额', en: 'Online sales' }, unit: 'yuan', unitLabel: { zh: '元', en: 'yuan' } });
    expect([metrics.values[0]![YIWU], metrics.values[1]![YIWU], metrics.growth[1]![YIWU]]).toEqual([1.5e8, 2e8, 0.3333]);
    expect(meta.spreadThreshold).toBe(1.5e8);
  });
});

describe('the words of an imported measure', () => {
  it('name the measure and its threshold in its unit', () => {
    const words = measureWords({ id: 'x', name: { zh: '网店数', en: 'Shops' }, unit: 'count', unitLabel: { zh: '家', en: 'shops' } }, 100);
    // Without the unit: the legend writes it after the title (网店数（家）), as for every dataset.
    expect(words.valueLegend).toEqual({ zh: '网店数', en: 'Shops' });
    expect(words.spreadLegend).toEqual({ zh: '首次达到100家的年份', en: 'Year first at 100 shops' });
    const yuan = measureWords({ id: 's', name: { zh: '销售额', en: 'Sales' }, unit: 'yuan', unitLabel: { zh: '元', en: 'yuan' } }, 1e8);
    expect([yuan.valueLegend.zh, yuan.notYet.zh, yuan.notYet.en]).toEqual(['销售额', '尚未达到1亿元', 'Not yet at 100 million yuan']);
  });

  it('default threshold: the smallest value above zero, 1 when none is', () => {
    expect(defaultSpreadThreshold([0, 3, 0.5, 2])).toBe(0.5);
    expect(defaultSpreadThreshold([0, 0])).toBe(1);
  });
});

describe('problemsCsv', () => {
  it('lists every problem by row, column and reason, a formula in a cell made inert', () => {
    const result = importDatasetText('county,province,year,=cmd|calc\n义乌,浙江,2020,x\n东阳,浙江,2021,3\n', options);
    expect(problemsCsv(result, 'en')).toBe(`\uFEFFRow,Column,Reason\r\n2,"'=cmd|calc","""x"" is not a number"\r\n`);
    expect(problemsCsv(result, 'zh')).toBe(`\uFEFF行,列,原因\r\n2,"'=cmd|calc",“x”不是数字\r\n`);
    expect(problemsCsv(importDatasetText('year\n2020\n', options), 'en')).toContain('\r\n1,,"required columns missing: ');
  });
});
