/**
 * The importer's reasons in words: every reason code in Chinese and English (the table must name
 * every code: its type says so), a value from the file quoted and escaped as written, counts in
 * the language's digits; where a problem is, the summary, the notes; and the guard that the
 * importer hands out codes, never sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDatasetText } from '../../../src/lib/import/importDataset';
import { fileSizeText, problemText, reasonText, summaryText, warningText } from '../../../src/lib/import/problemText';
import type { CountyRef, ImportWarning, ProblemCode, ProblemReason, WarningCode } from '../../../src/lib/import/problems';
import { IMPORT_CATEGORIES, importCounties } from '../fixtures/importFixtures';

const YIWU: CountyRef = { name: '义乌市', code: '330782', province: '浙江', prefecture: '金华市' };
const CHAOYANG_BJ: CountyRef = { name: '朝阳区', code: '110105', province: '北京', prefecture: '北京市' };
const CHAOYANG_CC: CountyRef = { name: '朝阳区', code: '220104', province: '吉林', prefecture: '长春市' };
const GULOU_NJ: CountyRef = { name: '鼓楼区', code: '320106', province: '江苏', prefecture: '南京市' };
const GULOU_XZ: CountyRef = { name: '鼓楼区', code: '320302', province: '江苏', prefecture: '徐州市' };
const CATEGORIES = [
  { id: 'apparel', zh: '服饰鞋包', en: 'Apparel' },
  { id: 'food', zh: '食品饮料', en: 'Food' },
];
const MIB = 1024 * 1024;

type Case<C extends ProblemCode> = [Extract<ProblemReason, { code: C }>, string, string];

/** One or more cases for every reason code, with the Chinese and the English words. */
const REASONS: { [C in ProblemCode]: Case<C>[] } = {
  utf16: [[{ code: 'utf16' }, '文件是 UTF-16 文本，请另存为“CSV UTF-8”格式', 'the file is UTF-16 text; save it as "CSV UTF-8" instead']],
  badUtf8Bom: [
    [
      { code: 'badUtf8Bom' },
      '文件以 UTF-8 字节顺序标记（BOM）开头，内容却不是有效的 UTF-8',
      'the file starts with a UTF-8 byte-order mark but is not valid UTF-8',
    ],
  ],
  notUtf8OrGbk: [
    [{ code: 'notUtf8OrGbk' }, '文件既不是 UTF-8 也不是 GBK 编码的文本，请另存为“CSV UTF-8”格式', 'the file is neither UTF-8 nor GBK text; save it as "CSV UTF-8"'],
  ],
  noBytes: [[{ code: 'noBytes' }, '此文件是空的（0 字节）。', 'This file is empty (0 bytes).']],
  fileTooLarge: [
    [
      { code: 'fileTooLarge', size: 22 * MIB, limit: 20 * MIB },
      '此文件大小为 22 MB，超过 20 MB 的上限：请只保留需要的列和年份后再试。',
      'This file is 22 MB; the limit is 20 MB. Keep only the columns and years you need and try again.',
    ],
  ],
  notCsv: [
    [
      { code: 'notCsv', looksLike: 'spreadsheet' },
      '这是一个 Excel 工作簿，不是 CSV：请在 Excel 或 WPS 中另存为“CSV UTF-8”后再打开。',
      'This is an Excel workbook, not a CSV: save it as “CSV UTF-8” from Excel or WPS and open that.',
    ],
    [{ code: 'notCsv', looksLike: 'archive' }, '这是一个压缩包（如 ZIP），不是 CSV：请解压后选择其中的 CSV 文件。', 'This is an archive (such as ZIP), not a CSV: unpack it and choose the CSV inside.'],
    [{ code: 'notCsv', looksLike: 'image' }, '这是一张图片，不是 CSV：请选择保存为 CSV 的数据表。', 'This is an image, not a CSV: choose a table of figures saved as CSV.'],
    [{ code: 'notCsv', looksLike: 'pdf' }, '这是一个 PDF 文档，不是 CSV：请把其中的表格复制到电子表格中，再另存为 CSV。', 'This is a PDF, not a CSV: copy its table into a spreadsheet and save that as CSV.'],
    [{ code: 'notCsv', looksLike: 'html' }, '这是一个网页（HTML），不是 CSV：请下载数据本身的 CSV 文件。', 'This is a web page (HTML), not a CSV: download the data itself as a CSV file.'],
    [{ code: 'notCsv', looksLike: 'binary' }, '这不是文本文件，无法作为 CSV 读取。', 'This is not a text file and cannot be read as a CSV.'],
  ],
  unclosedQuote: [[{ code: 'unclosedQuote', openingLine: 2 }, '从文件第 2 行开始的带引号字段没有结束引号', 'a quoted field opened on line 2 is never closed']],
  textAfterQuote: [
    [
      { code: 'textAfterQuote', text: 'x,2\n', line: null },
      '结束引号后还有文字“x,2\\n”：带引号的字段中，引号要写成两个（""）',
      'unexpected text after a closing quote ("x,2\\n"); a quote inside a quoted field must be doubled ("")',
    ],
    [
      { code: 'textAfterQuote', text: 'z', line: 4 },
      '结束引号后还有文字“z”：带引号的字段中，引号要写成两个（""）（文件第 4 行）',
      'unexpected text after a closing quote ("z"); a quote inside a quoted field must be doubled ("") (line 4)',
    ],
  ],
  quoteInField: [
    [
      { code: 'quoteInField', line: 1204 },
      '未加引号的字段中有引号：请给整个字段加上引号，并把其中的引号写成两个（""）（文件第 1,204 行）',
      'a quote inside an unquoted field; enclose the field in quotes and double the quote ("") (line 1,204)',
    ],
  ],
  fileEmpty: [[{ code: 'fileEmpty' }, '文件是空的', 'the file is empty']],
  noDataRows: [[{ code: 'noDataRows' }, '文件只有表头，没有数据行', 'the file has a header but no data rows']],
  duplicateColumn: [[{ code: 'duplicateColumn', column: 'year' }, '表头中“year”列出现了两次', 'the header names the column "year" twice']],
  duplicateYearColumn: [
    [
      { code: 'duplicateYearColumn', year: 2019, columns: ['2019', '2019年'] },
      '2019 年有不止一列：“2019”、“2019年”',
      'year 2019 has more than one column: "2019", "2019年"',
    ],
  ],
  missingColumns: [
    [
      { code: 'missingColumns', missing: ['county', 'sales'], header: ['county', 'year'] },
      '缺少必需的列：“county_code”或“行政区划代码”（或“county”/“县”加“province”/“省份”）、“sales”；表头为“county”、“year”',
      'required columns missing: "county_code" or "行政区划代码" (or "county"/"县" with "province"/"省份"), "sales"; the header has "county", "year"',
    ],
    [
      { code: 'missingColumns', missing: ['year'], header: ['county_code', '网店数'] },
      '缺少必需的列：“year”或“年份”；表头为“county_code”、“网店数”',
      'required columns missing: "year" or "年份"; the header has "county_code", "网店数"',
    ],
    [
      { code: 'missingColumns', missing: ['years'], header: ['县', '2019年销售额'] },
      '缺少必需的列：“year”或“年份”（或每年一列、以年份为名，如 2019、2019年）；表头为“县”、“2019年销售额”',
      'required columns missing: "year" or "年份" (or a column per year, named by it: 2019 or 2019年); the header has "县", "2019年销售额"',
    ],
    [
      { code: 'missingColumns', missing: ['measure'], header: ['county_code', 'year'] },
      '缺少必需的列：一个填写数值的列；表头为“county_code”、“year”',
      'required columns missing: a numeric column with the values; the header has "county_code", "year"',
    ],
  ],
  noSuchMeasureColumn: [
    [
      { code: 'noSuchMeasureColumn', chosen: 'c', columns: ['a', '网店数（家）'] },
      '没有名为“c”的列可取数值；可作数值列的有：“a”、“网店数（家）”',
      'no column "c" to take the values from; the columns that may hold them: "a", "网店数（家）"',
    ],
  ],
  noNumericColumn: [
    [
      { code: 'noNumericColumn', columns: ['note'] },
      '没有哪一列的多数单元格是数字；县和年份以外的列有：“note”',
      'no column holds numbers in most of its cells; the columns besides county and year: "note"',
    ],
  ],
  fieldCount: [
    [{ code: 'fieldCount', fields: 5, headerFields: 6 }, '有 5 列，而表头有 6 列', 'has 5 fields where the header has 6'],
    [{ code: 'fieldCount', fields: 1200, headerFields: 6 }, '有 1,200 列，而表头有 6 列', 'has 1,200 fields where the header has 6'],
  ],
  empty: [[{ code: 'empty' }, '为空', 'is empty']],
  notNumber: [
    [{ code: 'notNumber', value: '12abc' }, '“12abc”不是数字', '"12abc" is not a number'],
    // A quote and a line break in the cell are shown escaped, not reworded or lost.
    [{ code: 'notNumber', value: '1"2\n3' }, '“1\\"2\\n3”不是数字', '"1\\"2\\n3" is not a number'],
  ],
  notWholeNumber: [[{ code: 'notWholeNumber', value: '3.5' }, '“3.5”不是整数', '"3.5" is not a whole number']],
  negative: [[{ code: 'negative', value: '-1.2亿' }, '“-1.2亿”是负数', '"-1.2亿" is negative']],
  tooLarge: [[{ code: 'tooLarge', value: '1e999' }, '“1e999”太大，超出可读取的范围', '"1e999" is too large']],
  notYear: [[{ code: 'notYear', value: '20x0' }, '“20x0”不是年份', '"20x0" is not a year']],
  yearOutOfRange: [
    [{ code: 'yearOutOfRange', year: 2017, firstYear: 2018, lastYear: 2024 }, '2017 年不在 2018–2024 年的范围内', '2017 is outside the years 2018–2024'],
  ],
  noCategory: [
    [
      { code: 'noCategory', categories: CATEGORIES },
      '没有填写品类；可用的品类：服饰鞋包（apparel）、食品饮料（food）',
      'no category given; use one of apparel (服饰鞋包), food (食品饮料)',
    ],
  ],
  unknownCategory: [
    [
      { code: 'unknownCategory', value: '衣服', categories: CATEGORIES },
      '未知品类“衣服”；可用的品类：服饰鞋包（apparel）、食品饮料（food）',
      'unknown category "衣服"; use one of apparel (服饰鞋包), food (食品饮料)',
    ],
  ],
  notCountyCode: [[{ code: 'notCountyCode', value: '33078' }, '“33078”不是 6 位县级代码', '"33078" is not a 6-digit county code']],
  unknownCountyCode: [[{ code: 'unknownCountyCode', countyCode: '330799' }, '没有代码为 330799 的县级单位', 'no county has the code 330799']],
  provinceCode: [
    [
      { code: 'provinceCode', countyCode: '330000', province: '浙江省' },
      '没有代码为 330000 的县级单位：这是省级单位浙江省的代码',
      'no county has the code 330000; it is the code of the province 浙江省, not of a county',
    ],
  ],
  prefectureCode: [
    [
      { code: 'prefectureCode', countyCode: '330700', prefecture: '金华市' },
      '没有代码为 330700 的县级单位：这是地级单位金华市的代码',
      'no county has the code 330700; it is the code of the prefecture 金华市, not of a county',
    ],
  ],
  unknownProvince: [
    [
      { code: 'unknownProvince', value: '浙姜', provinces: ['北京', '天津', '浙江'] },
      '未知省份“浙姜”；可用的省份：北京、天津、浙江',
      'unknown province "浙姜"; use one of 北京, 天津, 浙江',
    ],
  ],
  ambiguousCounty: [
    [
      { code: 'ambiguousCounty', name: '朝阳区', province: null, candidates: [CHAOYANG_BJ, CHAOYANG_CC] },
      '县名“朝阳区”不止一个：朝阳区（北京 北京市 110105）、朝阳区（吉林 长春市 220104）；请填写省份或改用 county_code',
      'county "朝阳区" is ambiguous: 朝阳区 (北京 北京市 110105), 朝阳区 (吉林 长春市 220104); add the province or use county_code',
    ],
    [
      { code: 'ambiguousCounty', name: '鼓楼区', province: '江苏省', candidates: [GULOU_NJ, GULOU_XZ] },
      '江苏省的县名“鼓楼区”不止一个：鼓楼区（江苏 南京市 320106）、鼓楼区（江苏 徐州市 320302）；请连同地级市写出（如“江苏南京市鼓楼区”）或改用 county_code',
      'county "鼓楼区" in 江苏省 is ambiguous: 鼓楼区 (江苏 南京市 320106), 鼓楼区 (江苏 徐州市 320302); write it with its prefecture (as "江苏南京市鼓楼区") or use county_code',
    ],
    [
      // The province in the name itself, none in a column: adding the province would not help.
      { code: 'ambiguousCounty', name: '江苏鼓楼区', province: null, candidates: [GULOU_NJ, GULOU_XZ] },
      '江苏的县名“江苏鼓楼区”不止一个：鼓楼区（江苏 南京市 320106）、鼓楼区（江苏 徐州市 320302）；请连同地级市写出（如“江苏南京市鼓楼区”）或改用 county_code',
      'county "江苏鼓楼区" in 江苏 is ambiguous: 鼓楼区 (江苏 南京市 320106), 鼓楼区 (江苏 徐州市 320302); write it with its prefecture (as "江苏南京市鼓楼区") or use county_code',
    ],
  ],
  countyNotInProvince: [
    [
      { code: 'countyNotInProvince', name: '义乌', province: '江苏省', candidates: [YIWU] },
      '江苏省没有名为“义乌”的县级单位；同名的有：义乌市（浙江 金华市 330782）',
      'no county "义乌" in 江苏省; counties of that name: 义乌市 (浙江 金华市 330782)',
    ],
  ],
  unknownCounty: [
    [
      { code: 'unknownCounty', name: '义乌县', province: null, suggestions: [YIWU] },
      '未知县级单位“义乌县”；是否是指义乌市（浙江 金华市 330782）？',
      'unknown county "义乌县"; did you mean 义乌市 (浙江 金华市 330782)?',
    ],
    [{ code: 'unknownCounty', name: '上海', province: '浙江省', suggestions: [] }, '浙江省没有名为“上海”的县级单位', 'unknown county "上海" in 浙江省'],
  ],
  countyMismatch: [
    [
      { code: 'countyMismatch', value: '东阳', countyCode: '330782', county: YIWU },
      '“东阳”与 county_code 330782 不符，该代码是义乌市（浙江 金华市 330782）',
      '"东阳" does not match county_code 330782, which is 义乌市 (浙江 金华市 330782)',
    ],
  ],
  noCounty: [
    [
      { code: 'noCounty' },
      '没有填写县级单位：请填写 county_code，或填写 county（重名时加上 province）',
      'no county given; fill county_code, or county (with province where the name repeats)',
    ],
  ],
  duplicateRow: [
    [
      { code: 'duplicateRow', key: 'countyCategoryYear', rows: [4], county: YIWU, category: 'food', year: 2020 },
      '县、品类和年份与第 4 行相同（义乌市（浙江 金华市 330782）、food、2020）：每种组合只能出现一次',
      'same county, category and year as row 4 (义乌市 (浙江 金华市 330782), food, 2020); each may appear once',
    ],
    [
      { code: 'duplicateRow', key: 'countyYear', rows: [3, 12005], county: YIWU, category: '', year: 2020 },
      '县和年份与第 3 行、第 12,005 行相同（义乌市（浙江 金华市 330782）、2020）：每种组合只能出现一次',
      'same county and year as row 3, row 12,005 (义乌市 (浙江 金华市 330782), 2020); each may appear once',
    ],
  ],
};

const WARNINGS: { [C in WarningCode]: [Extract<ImportWarning, { code: C }>, string, string] } = {
  unnamedColumn: [{ code: 'unnamedColumn', position: 7 }, '第 7 列没有列名，已忽略', 'column 7 has no name and is ignored'],
  unknownColumn: [
    { code: 'unknownColumn', column: 'note', known: ['county_code', 'year'] },
    '未知的列“note”已忽略（可识别的列：county_code、year）',
    'unknown column "note" is ignored (known columns: county_code, year)',
  ],
  provinceIgnored: [{ code: 'provinceIgnored' }, '“province”列只与“county”列一起使用，已忽略', 'column "province" is used only with "county" and is ignored'],
  notMeasureColumn: [
    { code: 'notMeasureColumn', column: 'note' },
    '“note”列不是所选指标，已忽略（如要为它制图，请把它选为数值列）',
    'column "note" is not the measure and is ignored (choose it as the measure column to map it instead)',
  ],
  notYearColumn: [
    { code: 'notYearColumn', column: '备注' },
    '“备注”列不是年份，已忽略（年份横排时，每个数值列以年份为名，如 2019 或 2019年）',
    'column "备注" is not a year and is ignored (with the years across, each value column is named by its year, such as 2019 or 2019年)',
  ],
  emptyYearCells: [
    { code: 'emptyYearCells', count: 1234, isCompleteList: false },
    '1,234 个年份单元格为空：这些县在这些年份显示为“无数据”，不是 0',
    'empty year cells: 1,234; those counties show "no data" in those years, not 0',
  ],
};

const REASON_CASES: [ProblemReason, string, string][] = Object.values(REASONS).flat();

describe('reasonText: every reason code in both languages', () => {
  it.each(REASON_CASES)('%j', (reason, zh, en) => {
    expect(reasonText(reason, 'zh')).toBe(zh);
    expect(reasonText(reason, 'en')).toBe(en);
  });
});

describe('warningText: every note in both languages', () => {
  it.each(Object.values(WARNINGS))('%j', (warning, zh, en) => {
    expect(warningText(warning, 'zh')).toBe(zh);
    expect(warningText(warning, 'en')).toBe(en);
  });
});

describe('problemText: where, then why', () => {
  it.each([
    [{ row: 12, column: null, reason: { code: 'fieldCount', fields: 5, headerFields: 6 } }, '第 12 行：有 5 列，而表头有 6 列', 'row 12: has 5 fields where the header has 6'],
    [{ row: 17, column: 'sales', reason: { code: 'notNumber', value: '12abc' } }, '第 17 行“sales”列：“12abc”不是数字', 'row 17, column "sales": "12abc" is not a number'],
    [{ row: 23456, column: 'year', reason: { code: 'empty' } }, '第 23,456 行“year”列：为空', 'row 23,456, column "year": is empty'],
    [{ row: null, column: null, reason: { code: 'fileEmpty' } }, '整个文件：文件是空的', 'whole file: the file is empty'],
  ] as const)('%j', (problem, zh, en) => {
    expect(problemText(problem, 'zh')).toBe(zh);
    expect(problemText(problem, 'en')).toBe(en);
  });
});

describe('summaryText', () => {
  it.each([
    [{ read: 12, accepted: 10, rejected: 2, blank: 0 }, '读取 12 行：接受 10 行，拒绝 2 行。', 'Rows read: 12; accepted: 10; rejected: 2.'],
    [{ read: 12, accepted: 10, rejected: 2, blank: 1 }, '读取 12 行：接受 10 行，拒绝 2 行。跳过了 1 个空行。', 'Rows read: 12; accepted: 10; rejected: 2. 1 blank row skipped.'],
    [
      { read: 52000, accepted: 51990, rejected: 10, blank: 3 },
      '读取 52,000 行：接受 51,990 行，拒绝 10 行。跳过了 3 个空行。',
      'Rows read: 52,000; accepted: 51,990; rejected: 10. 3 blank rows skipped.',
    ],
  ])('%j', (summary, zh, en) => {
    expect(summaryText(summary, 'zh')).toBe(zh);
    expect(summaryText(summary, 'en')).toBe(en);
  });
});

describe('fileSizeText', () => {
  it.each([
    [0, '0 B'],
    [552, '552 B'],
    [3277, '3.2 KB'],
    [655360, '640 KB'],
    [1572864, '1.5 MB'],
    [20 * MIB, '20 MB'],
    [21 * MIB, '21 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(fileSizeText(bytes, 'zh')).toBe(text);
  });
});

describe('no reason is handed out as an English sentence', () => {
  it('every code reads differently in Chinese, in Chinese characters', () => {
    for (const [reason, zh, en] of REASON_CASES) {
      expect(zh, reason.code).not.toBe(en);
      expect(zh, reason.code).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('a malformed file gives problems and notes as codes with their facts', () => {
    const counties = importCounties();
    const text = ['county,province,year,网店数（家）,note', '义乌,浙江,2030,x,a', '上海,,2020,3,b', '义乌,浙江,2020'].join('\n');
    const result = importDatasetText(text, { counties, categories: IMPORT_CATEGORIES, fileName: 'f.csv', id: 'f', generatedBy: 'test', years: { firstYear: 2018, lastYear: 2024 } });
    expect(result.problems).toEqual([
      { row: 2, column: 'year', reason: { code: 'yearOutOfRange', year: 2030, firstYear: 2018, lastYear: 2024 } },
      { row: 2, column: '网店数（家）', reason: { code: 'notNumber', value: 'x' } },
      { row: 3, column: 'county', reason: { code: 'unknownCounty', name: '上海', province: null, suggestions: [] } },
      { row: 4, column: null, reason: { code: 'fieldCount', fields: 3, headerFields: 5 } },
    ]);
    expect(result.warnings).toEqual([{ code: 'notMeasureColumn', column: 'note' }]);
  });

  it('the importer and the page import nowhere write a reason or a note as text', () => {
    const root = resolve(import.meta.dirname, '../../../src/lib');
    const sources = ['import', 'ownData'].flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)));
    expect(sources.length).toBeGreaterThan(15);
    // `reason: 'text'`, `reason: \`text\``, warnings.push('text' …): a sentence where a code belongs.
    const sentences = sources.filter((file) => /\breason: ['"`]|warnings\.push\(\s*['"`]/.test(readFileSync(file, 'utf8')));
    expect(sentences).toEqual([]);
  });
});
