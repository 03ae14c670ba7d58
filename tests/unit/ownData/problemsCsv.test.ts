/** The open-data dialog's downloadable problem list: named after the file, every problem in it, cells formula-safe. */
import { describe, expect, it } from 'vitest';
import { importDatasetText, type DatasetImportOptions } from '../../../src/lib/import/importDataset';
import { problemsDownload } from '../../../src/lib/ownData/problemsCsv';
import { IMPORT_CATEGORIES, importCounties } from '../fixtures/importFixtures';

const options: DatasetImportOptions = { counties: importCounties(), categories: IMPORT_CATEGORIES, fileName: 'shops.csv', id: 'own-shops', generatedBy: 'test' };

describe('problemsDownload', () => {
  it('holds every rejected row by row, column and reason, a formula-like cell made inert', () => {
    const csv = ['county,province,year,shops', '义乌,浙江,2020,x', '@SUM(1),浙江,2020,3', '东阳,浙江,2021,4', '义乌,浙江,20x1,5'].join('\n');
    const { fileName, text } = problemsDownload(importDatasetText(csv, options), '县域网店.csv', 'zh');
    expect(fileName).toBe('县域网店-problems.csv');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFF行,列,原因');
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(['2', '3', '5']);
    expect(lines[1]).toBe('2,shops,“x”不是数字');
    expect(lines[2]).toBe('3,county,浙江省没有名为“@SUM(1)”的县级单位');
    expect(lines[3]).toBe('5,year,“20x1”不是年份');
    expect(lines.at(-1)).toBe('');
  });

  it('lists a problem of the whole file with an empty row, in the language of the page', () => {
    const report = importDatasetText('county,province,year,shops\n', options);
    expect(problemsDownload(report, 'figures', 'en').text).toBe('\uFEFFRow,Column,Reason\r\n,,the file has a header but no data rows\r\n');
    expect(problemsDownload(report, 'figures', 'zh').text).toBe('\uFEFF行,列,原因\r\n,,文件只有表头，没有数据行\r\n');
  });

  it('keeps a cell that begins like a formula inert, also inside a reason', () => {
    const { text } = problemsDownload(importDatasetText('county_code,year,shops\n=1+1,2020,3\n', options), 'f.csv', 'en');
    expect(text.split('\r\n')[1]).toBe('2,county_code,"""=1+1"" is not a 6-digit county code"');
  });

  it.each([
    ['shops.csv', 'shops-problems.csv'],
    ['2021 网店.CSV', '2021 网店-problems.csv'],
    ['figures', 'figures-problems.csv'],
    ['.csv', 'data-problems.csv'],
  ])('%s → %s', (source, expected) => {
    expect(problemsDownload(importDatasetText('year\n2020\n', options), source, 'en').fileName).toBe(expected);
  });
});
