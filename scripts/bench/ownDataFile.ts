/**
 * A reader's large own file, made the same way every time (the benchmark's "dropped 50,000-row
 * file" figure and the browser test of the page staying responsive): the simple format, one row per
 * county and year over the real county table, a count of 网店 in 家, 2005–2022 (so the map's year
 * moves off the belt map's 2024 when it is drawn).
 */
import { readFileSync } from 'node:fs';
import type { CountyTableFile } from '../../src/lib/domain/contract';

export const LARGE_OWN_FILE_ROWS = 50_000;
export const LARGE_OWN_FILE_YEARS: [number, number] = [2005, 2022];
export const LARGE_OWN_FILE_NAME = 'shops-50000.csv';

export function largeOwnFile(countyTablePath = 'geodata/index/counties.json'): Buffer {
  const { codes } = JSON.parse(readFileSync(countyTablePath, 'utf8')) as CountyTableFile;
  const [first, last] = LARGE_OWN_FILE_YEARS;
  const yearCount = last - first + 1;
  if (codes.length * yearCount < LARGE_OWN_FILE_ROWS) throw new Error('largeOwnFile: too few counties for 50,000 distinct rows');
  const lines = ['county_code,year,网店数（家）'];
  for (let i = 0; i < LARGE_OWN_FILE_ROWS; i++) {
    // Row i: county i ÷ years, year i mod years; a value that varies but never repeats a pattern of the layout.
    lines.push(`${codes[Math.floor(i / yearCount)]},${first + (i % yearCount)},${((i * 7919) % 5000) + 1}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}
