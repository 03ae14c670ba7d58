/** The open-data dialog's downloadable problem list: named after the file, every problem in it, cells formula-safe. */
import { describe, expect, it } from 'vitest';
import { importDatasetText, type DatasetImportOptions } from '../../../src/lib/import/importDataset';
import { problemsDownload } from '../../../src/lib/ownData/problemsCsv';
import { IMPORT_CATEGORIES, importCounties } from '../fixtures/importFixtures';

const options: DatasetImportOptions = { counties: importCounties(), categories: IMPORT_CATEGORIES, fileName: 'shops.csv', id: 'own-shops', generatedBy: 'test' };

describe('problemsDownload', () => {
  it('holds every rejected row by row, column and reason, a formula-like cell made inert', () => {
    const csv = ['county,province,year,shops', '义乌,浙江,2020,x', '@SUM(1),浙江,2020,3', '东阳,浙江,2021,4', '义乌,浙江,20x1,5'].join('\n');
    const { fileName, text } = problemsDownload(importDatasetText(csv, options), '县域网店.csv');
    expect(fileName).toBe('县域网店-problems.csv');
    const lines = text.split('\r\n');
    expect(lines[0]).toBe('\uFEFFrow,column,reason');
    expect(lines.slice(1, -1).map((line) => line.split(',')[0])).toEqual(['2', '3', '5']);
    expect(lines[1]).toBe('2,shops,"""x"" is not a number"');
    expect(lines[2]).toMatch(/^3,county,"'?unknown county ""@SUM\(1\)""/);
    expect(lines.at(-1)).toBe('');
  });

  it('lists a problem of the whole file with an empty row', () => {
    const { text } = problemsDownload(importDatasetText('county,province,year,shops\n', options), 'figures');
    expect(text).toBe('\uFEFFrow,column,reason\r\n,,the file has a header but no data rows\r\n');
  });

  it.each([
    ['shops.csv', 'shops-problems.csv'],
    ['2021 网店.CSV', '2021 网店-problems.csv'],
    ['figures', 'figures-problems.csv'],
    ['.csv', 'data-problems.csv'],
  ])('%s → %s', (source, expected) => {
    expect(problemsDownload(importDatasetText('year\n2020\n', options), source).fileName).toBe(expected);
  });
});
