/** The first check of an opened file, from its literal first bytes: size, empty, and what a non-CSV looks like. */
import { describe, expect, it } from 'vitest';
import { checkOwnFile, OWN_FILE_MAX_BYTES } from '../../../src/lib/ownData/ownFile';

const ascii = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0));
const bytes = (...values: number[]) => Uint8Array.from(values);
const file = (size: number) => ({ name: 'mine.csv', size });

describe('checkOwnFile', () => {
  it.each<[string, Uint8Array, ReturnType<typeof checkOwnFile>]>([
    ['a CSV in UTF-8', ascii('county_code,year,value\n330782,2021,12\n'), null],
    ['a CSV with a UTF-8 byte-order mark', bytes(0xef, 0xbb, 0xbf, 0x63, 0x6f, 0x75, 0x6e, 0x74, 0x79, 0x0d, 0x0a), null],
    ['a CSV in GBK (义乌)', bytes(0x63, 0x2c, 0xd2, 0xe5, 0xce, 0xda, 0x0a), null],
    ['UTF-16 text, left to the decoder\u2019s own message', bytes(0xff, 0xfe, 0x63, 0x00, 0x2c, 0x00), null],
    ['an .xlsx (a zip naming [Content_Types].xml)', Uint8Array.from([...bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), ...ascii('[Content_Types].xml')]), { code: 'notCsv', looksLike: 'spreadsheet' }],
    ['a zip of anything else', Uint8Array.from([...bytes(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00), ...ascii('data/mine.csv')]), { code: 'notCsv', looksLike: 'archive' }],
    ['an old .xls (OLE2)', bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0x00), { code: 'notCsv', looksLike: 'spreadsheet' }],
    ['a PNG', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), { code: 'notCsv', looksLike: 'image' }],
    ['a JPEG', bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10), { code: 'notCsv', looksLike: 'image' }],
    ['a GIF', ascii('GIF89a\u0001\u0000'), { code: 'notCsv', looksLike: 'image' }],
    ['a WebP', ascii('RIFF\u0024\u0000\u0000\u0000WEBPVP8 '), { code: 'notCsv', looksLike: 'image' }],
    ['a PDF', ascii('%PDF-1.7\n'), { code: 'notCsv', looksLike: 'pdf' }],
    ['a gzip file', bytes(0x1f, 0x8b, 0x08, 0x00), { code: 'notCsv', looksLike: 'archive' }],
    ['a web page with a doctype', ascii('\n  <!DOCTYPE html><html lang="zh">'), { code: 'notCsv', looksLike: 'html' }],
    ['a web page without one', ascii('<html><head>'), { code: 'notCsv', looksLike: 'html' }],
    ['bytes with a NUL', ascii('county,year\u0000\u0001'), { code: 'notCsv', looksLike: 'binary' }],
    ['mostly control bytes', bytes(0x01, 0x02, 0x03, 0x04, 0x41, 0x42), { code: 'notCsv', looksLike: 'binary' }],
  ])('%s', (_what, head, expected) => {
    expect(checkOwnFile(file(head.length), head)).toEqual(expected);
  });

  it('refuses a file over 20 MB with its size and the limit, before looking at its bytes', () => {
    expect(OWN_FILE_MAX_BYTES).toBe(20_971_520);
    expect(checkOwnFile(file(20_971_521), ascii('county_code,year\n'))).toEqual({ code: 'fileTooLarge', size: 20_971_521, limit: 20_971_520 });
    expect(checkOwnFile(file(20_971_520), ascii('county_code,year\n'))).toBeNull();
  });

  it('refuses an empty file', () => {
    expect(checkOwnFile(file(0), new Uint8Array(0))).toEqual({ code: 'noBytes' });
  });
});
