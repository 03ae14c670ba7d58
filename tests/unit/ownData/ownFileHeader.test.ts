/** What the short form shows before the import: format, encoding, columns and the import's own guess of the measure. */
import { describe, expect, it } from 'vitest';
import { readOwnFileHeader } from '../../../src/lib/ownData/ownFileHeader';
import { encodeGbk } from '../fixtures/importFixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('readOwnFileHeader', () => {
  it('a simple file: its measure columns, and the first numeric one guessed with its unit from the header', () => {
    const head = utf8('county_code,year,备注,网店数（家）,销售额（万元）,source\n330782,2021,大,1200,35,报告\n');
    expect(readOwnFileHeader(head)).toEqual({
      ok: true,
      value: {
        format: 'simple',
        encoding: 'utf-8',
        columns: ['county_code', 'year', '备注', '网店数（家）', '销售额（万元）', 'source'],
        measureColumns: ['备注', '网店数（家）', '销售额（万元）'],
        yearsAcross: [],
        guess: { column: '网店数（家）', name: '网店数', unit: 'count', unitLabel: '家' },
      },
    });
  });

  it.each([
    ['share (%)', { column: 'share (%)', name: 'share', unit: 'percent', unitLabel: '%' }],
    ['产量 (吨)', { column: '产量 (吨)', name: '产量', unit: 'number', unitLabel: '吨' }],
    ['GMV', { column: 'GMV', name: 'GMV', unit: 'yuan', unitLabel: '元' }],
  ])('guesses %s', (column, guess) => {
    const result = readOwnFileHeader(utf8(`county,province,year,${column}\n义乌,浙江,2021,12\n`));
    expect(result.ok && result.value.guess).toEqual(guess);
  });

  it('a simple file with Chinese column names: the county, province and year are not offered as the measure', () => {
    const head = utf8('省份,县,年份,网店数（家）\n浙江,义乌,2021,1200\n');
    expect(readOwnFileHeader(head)).toMatchObject({ ok: true, value: { format: 'simple', measureColumns: ['网店数（家）'], guess: { column: '网店数（家）' } } });
  });

  it('a table with the years across: its years, no measure column to choose, the unit from the years\' brackets', () => {
    const head = utf8('县,省份,备注,2019年（万元）,2020年（万元）,2021年（万元）\n义乌市,浙江,,1,2,3\n');
    expect(readOwnFileHeader(head)).toMatchObject({
      ok: true,
      value: { format: 'simple', measureColumns: [], yearsAcross: [2019, 2020, 2021], guess: { column: null, name: '数值', unit: 'yuan', unitLabel: '元' } },
    });
  });

  it('a file with a year column and a column named by a year: that column is a measure to choose, the years are not across', () => {
    const head = utf8('county_code,year,2020\n330782,2021,5\n');
    expect(readOwnFileHeader(head)).toMatchObject({ ok: true, value: { measureColumns: ['2020'], yearsAcross: [] } });
  });

  it('a full-format file in GBK: sales in yuan, no measure to choose', () => {
    const head = encodeGbk('county,province,year,category,sales,merchants\n义乌,浙江,2021,服饰鞋包,1亿,12\n');
    expect(readOwnFileHeader(head)).toEqual({
      ok: true,
      value: {
        format: 'full',
        encoding: 'gbk',
        columns: ['county', 'province', 'year', 'category', 'sales', 'merchants'],
        measureColumns: [],
        yearsAcross: [],
        guess: { column: null, name: '线上销售额', unit: 'yuan', unitLabel: '元' },
      },
    });
  });

  it('reads a head cut inside a character up to its last whole line', () => {
    // 64 KB of a file can end in the middle of 义 (E4 B9 89): the last line is left out, not misread as GBK.
    const whole = utf8('county,province,year,value\n义乌,浙江,2021,12\n义乌');
    const head = whole.subarray(0, whole.length - 2);
    const result = readOwnFileHeader(head);
    expect(result.ok && [result.value.encoding, result.value.guess.column]).toEqual(['utf-8', 'value']);
  });

  it('says why a head cannot be read', () => {
    expect(readOwnFileHeader(Uint8Array.from([0xff, 0xfe, 0x63, 0x00]))).toEqual({ ok: false, reason: { code: 'utf16' } });
    expect(readOwnFileHeader(utf8('\n\n'))).toEqual({ ok: false, reason: { code: 'fileEmpty' } });
  });
});
