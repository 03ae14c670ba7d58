import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../../src/lib/format/csv';

describe('csvField: text that begins like a formula is written inert', () => {
  it.each<[string | number | null, string]>([
    ['=1+1', `"'=1+1"`],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+86 10', `"'+86 10"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\t=1', `"'\t=1"`],
    ['\r=1', `"'\r=1"`],
    ['a=1', 'a=1'],
    ['义乌市 -', '义乌市 -'],
    [-3, '-3'],
    [-0.25, '-0.25'],
    [12.5, '12.5'],
    ['', ''],
    [null, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('in a line, a negative number stays a number and formula text is quoted with an apostrophe', () => {
    expect(csvLine(['=cmd|"/c calc"!A1', -5, 'ok'])).toBe(`"'=cmd|""/c calc""!A1",-5,ok`);
  });
});
