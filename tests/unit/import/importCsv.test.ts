import { describe, expect, it } from 'vitest';
import { importCsv, importCsvText, type ImportOptions } from '../../../src/lib/import/importCsv';
import { mapHeader } from '../../../src/lib/import/importHeader';
import { collectSources, sourceFromText } from '../../../src/lib/import/importSources';
import { problemText } from '../../../src/lib/import/problemText';
import type { ImportProblem } from '../../../src/lib/import/problems';
import { IMPORT_CATEGORIES, encodeGbk, importCounties } from '../fixtures/importFixtures';

const options: ImportOptions = {
  counties: importCounties(),
  categories: IMPORT_CATEGORIES,
  firstYear: 2018,
  lastYear: 2024,
  fileName: 'belts.csv',
};
const HEADER = 'county_code,county,province,year,category,sales,merchants,source';

/** A CSV of the standard header and the given data lines. */
const csv = (...lines: string[]) => [HEADER, ...lines].join('\n') + '\n';
/** A problem as the CLI prints it (English), which must keep every fact of the reason. */
const formatProblem = (problem: ImportProblem) => problemText(problem, 'en');
/** The formatted problems of importing the text. */
const messages = (text: string) => importCsvText(text, options).problems.map(formatProblem);

describe('importCsvText: good input', () => {
  it('imports rows by code and by name, with units and thousands separators', () => {
    const result = importCsvText(
      csv(
        '330782,,,2020,apparel,1.2亿,350,',
        ',义乌,浙江,2021,服饰鞋包,"13,500万",420,',
        ',朝阳区,北京,2023,food,"1,234,567",12,阿里研究院 https://example.org/report',
      ),
      options,
    );
    expect(result.problems).toEqual([]);
    expect(result.summary).toEqual({ read: 3, accepted: 3, rejected: 0, blank: 0 });
    expect(result.rows).toEqual([
      { countyCode: '330782', year: 2020, categoryId: 'apparel', salesYuan: 1.2e8, merchants: 350, provenance: 'reported', sourceId: 'import-file' },
      { countyCode: '330782', year: 2021, categoryId: 'apparel', salesYuan: 1.35e8, merchants: 420, provenance: 'reported', sourceId: 'import-file' },
      { countyCode: '110105', year: 2023, categoryId: 'food', salesYuan: 1234567, merchants: 12, provenance: 'reported', sourceId: 'import-1' },
    ]);
    expect(result.sources).toEqual([
      { id: 'import-1', title: '阿里研究院', url: 'https://example.org/report' },
      { id: 'import-file', title: 'belts.csv (imported CSV)' },
    ]);
    // Only the categories the rows use; the years from the first to the last, gaps included.
    expect(result.categories.map((c) => c.id)).toEqual(['apparel', 'food']);
    expect(result.years).toEqual([2020, 2021, 2022, 2023]);
  });

  it('accepts header names in any case, order and padding, and warns about unknown columns', () => {
    const result = importCsvText(' Sales ,YEAR,County_Code,merchants,category,note\n1亿,2020,330782,100,food,x\n', options);
    expect(result.summary.accepted).toBe(1);
    expect(result.warnings).toMatchObject([{ code: 'unknownColumn', column: 'note' }]);
  });

  it('reads a header named like a property of every object ("constructor", "toString") as an unknown column', () => {
    const result = importCsvText('county_code,year,category,sales,merchants,constructor,toString\n330782,2020,food,1亿,100,x,y\n', options);
    expect(result.summary.accepted).toBe(1);
    expect(result.warnings).toMatchObject([
      { code: 'unknownColumn', column: 'constructor' },
      { code: 'unknownColumn', column: 'toString' },
    ]);
  });

  it('accepts the Chinese names of the county, province, year, category and source columns', () => {
    const result = importCsvText('县名,省,年度,类别,sales,merchants,来源\n义乌,浙江,2020,food,1亿,100,报告\n', options);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows).toMatchObject([{ countyCode: '330782', year: 2020, categoryId: 'food', salesYuan: 1e8, merchants: 100 }]);
  });

  it('skips blank rows (counting them) and numbers rows as a spreadsheet does', () => {
    const result = importCsvText(csv('', '330782,,,2020,food,1亿,100,', ',,,,,,,', '330782,,,2031,food,1亿,100,'), options);
    expect(result.summary).toEqual({ read: 2, accepted: 1, rejected: 1, blank: 2 });
    expect(result.problems.map(formatProblem)).toEqual(['row 5, column "year": 2031 is outside the years 2018–2024']);
  });

  it('reads UTF-8 with a BOM and GBK bytes alike', () => {
    const text = 'county,province,year,category,sales,merchants\n义乌,浙江,2020,服饰鞋包,1.2亿,350\n';
    const withBom = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    const fromBom = importCsv(withBom, options);
    const fromGbk = importCsv(encodeGbk(text), options);
    expect(fromBom.encoding).toEqual({ name: 'utf-8', hasBom: true });
    expect(fromGbk.encoding).toEqual({ name: 'gbk', hasBom: false });
    expect(fromBom.rows).toEqual(fromGbk.rows);
    expect(fromGbk.rows).toMatchObject([{ countyCode: '330782', categoryId: 'apparel', salesYuan: 1.2e8 }]);
  });
});

describe('importCsvText: one test per kind of bad row', () => {
  it.each([
    ['unknown county code', '330799,,,2020,food,1亿,100,', 'row 2, column "county_code": no county has the code 330799'],
    ['unknown county name', ',上海,,2020,food,1亿,100,', 'row 2, column "county": unknown county "上海"'],
    [
      'ambiguous county',
      ',朝阳区,,2020,food,1亿,100,',
      'row 2, column "county": county "朝阳区" is ambiguous: 朝阳区 (北京 北京市 110105), 朝阳区 (吉林 长春市 220104); add the province or use county_code',
    ],
    ['unknown province', ',义乌,浙姜,2020,food,1亿,100,', /^row 2, column "province": unknown province "浙姜"/],
    [
      'code and name that disagree',
      '330782,东阳,,2020,food,1亿,100,',
      'row 2, column "county": "东阳" does not match county_code 330782, which is 义乌市 (浙江 金华市 330782)',
    ],
    ['no county at all', ',,,2020,food,1亿,100,', /^row 2, column "county_code": no county given/],
    ['negative sales', '330782,,,2020,food,-5,100,', 'row 2, column "sales": "-5" is negative'],
    ['non-numeric sales', '330782,,,2020,food,12abc,100,', 'row 2, column "sales": "12abc" is not a number'],
    ['fractional merchants', '330782,,,2020,food,1亿,3.5,', 'row 2, column "merchants": "3.5" is not a whole number'],
    ['empty merchants', '330782,,,2020,food,1亿,,', 'row 2, column "merchants": is empty'],
    ['year out of range', '330782,,,2017,food,1亿,100,', 'row 2, column "year": 2017 is outside the years 2018–2024'],
    ['not a year', '330782,,,20x0,food,1亿,100,', 'row 2, column "year": "20x0" is not a year'],
    ['unknown category', '330782,,,2020,衣服,1亿,100,', /^row 2, column "category": unknown category "衣服"; use one of apparel \(服饰鞋包\)/],
    ['too few fields', '330782,,,2020,food', 'row 2: has 5 fields where the header has 8'],
    ['extra non-empty fields', '330782,,,2020,food,1亿,100,,extra', 'row 2: has 9 fields where the header has 8'],
  ])('%s', (_kind, line, message) => {
    const result = importCsvText(csv(line), options);
    expect(result.summary).toEqual({ read: 1, accepted: 0, rejected: 1, blank: 0 });
    expect(result.problems.map(formatProblem)).toEqual([message instanceof RegExp ? expect.stringMatching(message) : message]);
  });

  it('reports every problem of a row, each with its column', () => {
    expect(messages(csv('330782,,,2030,衣服,abc,-1,'))).toEqual([
      'row 2, column "year": 2030 is outside the years 2018–2024',
      expect.stringMatching(/^row 2, column "category": unknown category/),
      'row 2, column "sales": "abc" is not a number',
      'row 2, column "merchants": "-1" is negative',
    ]);
  });

  it('rejects every row of a duplicate (county, category, year), naming the others, also across code and name', () => {
    const result = importCsvText(
      csv('330782,,,2020,food,1亿,100,', '330783,,,2020,food,1亿,100,', ',义乌市,浙江省,2020,食品饮料,2亿,90,'),
      options,
    );
    expect(result.summary).toEqual({ read: 3, accepted: 1, rejected: 2, blank: 0 });
    expect(result.problems.map(formatProblem)).toEqual([
      'row 2: same county, category and year as row 4 (义乌市 (浙江 金华市 330782), food, 2020); each may appear once',
      'row 4: same county, category and year as row 2 (义乌市 (浙江 金华市 330782), food, 2020); each may appear once',
    ]);
    expect(result.rows.map((row) => row.countyCode)).toEqual(['330783']);
  });

  it('lists sources only of accepted rows', () => {
    const result = importCsvText(csv('330782,,,2020,food,1亿,100,good', '330783,,,2020,food,bad,100,only-rejected'), options);
    expect(result.sources).toEqual([{ id: 'import-1', title: 'good' }]);
  });
});

describe('importCsvText: bad files stop the import', () => {
  it.each([
    ['an empty file', '', 'whole file: the file is empty'],
    ['only blank lines', '\n\r\n,,\n', 'whole file: the file is empty'],
    ['a header without data', `${HEADER}\n`, 'whole file: the file has a header but no data rows'],
    [
      'missing required columns',
      'county,year,sales\n义乌,2020,1亿\n',
      'row 1: required columns missing: "category", "merchants"; the header has "county", "year", "sales"',
    ],
    [
      'no county column',
      'year,category,sales,merchants\n2020,food,1,1\n',
      'row 1: required columns missing: "county_code" or "行政区划代码" (or "county"/"县" with "province"/"省份"); the header has "year", "category", "sales", "merchants"',
    ],
    ['a column named twice', 'county_code,year,YEAR,category,sales,merchants\n', 'row 1: the header names the column "year" twice'],
    ['a column under its English and its Chinese name', '年份,county_code,year,category,sales,merchants\n', 'row 1: the header names the column "year" twice'],
    ['malformed quoting', csv('330782,,,2020,"food,1亿,100,', '330783,,,2020,food,1亿,100,'), 'row 2: a quoted field opened on line 2 is never closed'],
    // Rows count records, lines count line breaks: a quoted line break makes them differ.
    ['a stray quote', 'a\n"x\ny"\n2"0\n', 'row 3: a quote inside an unquoted field; enclose the field in quotes and double the quote ("") (line 4)'],
  ])('%s', (_kind, text, message) => {
    const result = importCsvText(text, options);
    expect(result.fileProblem && formatProblem(result.fileProblem)).toBe(message);
    expect(result.rows).toEqual([]);
  });

  it('bad encoding bytes', () => {
    const result = importCsv(Uint8Array.from([0x61, 0x81, 0x20, 0x0a]), options);
    expect(result.fileProblem).toEqual({ row: null, column: null, reason: { code: 'notUtf8OrGbk' } });
    expect(result.encoding).toBeNull();
  });
});

describe('header and sources', () => {
  it('warns about a nameless column and a province column without county', () => {
    const result = mapHeader(['county_code', 'year', 'category', 'sales', 'merchants', 'province', '']);
    expect(result).toEqual({
      ok: true,
      value: {
        positions: { county_code: 0, year: 1, category: 2, sales: 3, merchants: 4, province: 5 },
        warnings: [{ code: 'unnamedColumn', position: 7 }, { code: 'provinceIgnored' }],
      },
    });
  });

  it.each([
    ['阿里研究院《产业带报告》2023', { title: '阿里研究院《产业带报告》2023' }],
    ['https://example.org/a', { title: 'https://example.org/a', url: 'https://example.org/a' }],
    ['新华网, https://example.org/x?id=1。', { title: '新华网', url: 'https://example.org/x?id=1' }],
    ['报道（https://example.org/b） 2021', { title: '报道 2021', url: 'https://example.org/b' }],
  ])('source text %j', (text, record) => {
    expect(sourceFromText('s', text)).toEqual({ id: 's', ...record });
  });

  it('numbers identical source texts once, in order of first appearance', () => {
    expect(collectSources(['b', 'a', 'b', ''], 'x.csv')).toEqual({
      sources: [
        { id: 'import-1', title: 'b' },
        { id: 'import-2', title: 'a' },
        { id: 'import-file', title: 'x.csv (imported CSV)' },
      ],
      sourceIds: ['import-1', 'import-2', 'import-1', 'import-file'],
    });
  });
});
