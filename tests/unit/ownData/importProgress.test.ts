/** The import reports rows checked every 2,000 rows and after the last, in both formats; the worker turns that into phases. */
import { describe, expect, it } from 'vitest';
import { importDatasetText } from '../../../src/lib/import/importDataset';
import { importPhase } from '../../../src/lib/ownData/importMessages';
import { IMPORT_CATEGORIES, importCounties } from '../fixtures/importFixtures';

const counties = importCounties();
const base = { counties, categories: IMPORT_CATEGORIES, fileName: 'mine.csv', id: 'mine', generatedBy: 'test' };

/** `count` rows, each a different county and year, so that none is a duplicate of another. */
function rows(count: number, row: (code: string, year: number) => string): string[] {
  return Array.from({ length: count }, (_, i) => row(counties.codes[i % counties.codes.length]!, 1000 + Math.floor(i / counties.codes.length)));
}

describe('import progress', () => {
  it('the simple format: every 2,000 rows and at the end, blank rows not counted', () => {
    const calls: [number, number][] = [];
    const text = ['county_code,year,value', ...rows(5001, (code, year) => `${code},${year},3`), '', ','].join('\n');
    const result = importDatasetText(text, { ...base, onProgress: (done, total) => calls.push([done, total]) });
    expect(result.summary).toEqual({ read: 5001, accepted: 5001, rejected: 0, blank: 2 });
    expect(calls).toEqual([
      [2000, 5001],
      [4000, 5001],
      [5001, 5001],
    ]);
  });

  it('the full format: rejected rows count as checked too', () => {
    const calls: [number, number][] = [];
    const text = ['county_code,year,category,sales,merchants', ...rows(2001, (code, year) => `${code},${year},apparel,x,1`)].join('\n');
    const result = importDatasetText(text, { ...base, onProgress: (done, total) => calls.push([done, total]) });
    expect(result.summary.rejected).toBe(2001);
    expect(calls).toEqual([
      [2000, 2001],
      [2001, 2001],
    ]);
  });

  it('a file of fewer than 2,000 rows reports once, at its end', () => {
    const calls: [number, number][] = [];
    importDatasetText(['county_code,year,value', ...rows(3, (code, year) => `${code},${year},3`)].join('\n'), {
      ...base,
      onProgress: (done, total) => calls.push([done, total]),
    });
    expect(calls).toEqual([[3, 3]]);
  });

  it.each([
    [0, 5001, { phase: 'checking', fraction: 0 }],
    [2000, 5000, { phase: 'checking', fraction: 0.4 }],
    [5000, 5000, { phase: 'building', fraction: 0 }],
  ])('importPhase(%i, %i) is %j', (done, total, phase) => {
    expect(importPhase(done, total)).toEqual(phase);
  });
});
