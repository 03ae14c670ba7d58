import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/import/decodeText';
import { parseCsv } from '../../../src/lib/import/parseCsv';
import { encodeGbk } from '../fixtures/importFixtures';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeText', () => {
  it.each([
    ['UTF-8', utf8('county,义乌'), 'utf-8', false],
    ['UTF-8 with BOM', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('county,义乌')]), 'utf-8', true],
    ['GBK', encodeGbk('county,义乌'), 'gbk', false],
  ] as const)('reads %s', (_name, bytes, encoding, hasBom) => {
    expect(decodeText(bytes)).toEqual({ ok: true, value: { text: 'county,义乌', encoding, hasBom } });
  });

  it('takes plain ASCII as UTF-8', () => {
    expect(decodeText(utf8('a,b'))).toMatchObject({ ok: true, value: { encoding: 'utf-8' } });
  });

  it.each([
    // 0x81 opens a two-byte GBK character that 0x20 cannot end; in UTF-8 0x81 cannot start one.
    ['neither UTF-8 nor GBK', Uint8Array.from([0x61, 0x81, 0x20]), 'notUtf8OrGbk'],
    ['a BOM before invalid UTF-8', Uint8Array.from([0xef, 0xbb, 0xbf, 0xd2, 0xe5]), 'badUtf8Bom'],
    ['UTF-16', Uint8Array.from([0xff, 0xfe, 0x61, 0x00]), 'utf16'],
  ])('rejects %s', (_name, bytes, code) => {
    expect(decodeText(bytes)).toEqual({ ok: false, reason: { code } });
  });
});

describe('parseCsv', () => {
  it.each([
    ['LF', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['CRLF without a final line break', 'a,b\r\n1,2', [['a', 'b'], ['1', '2']]],
    ['lone CR', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['quoted commas and quotes', '"x,y","say ""hi"""\n', [['x,y', 'say "hi"']]],
    ['empty fields', ',a,,\n', [['', 'a', '', '']]],
    ['an empty quoted field', '"",b\n', [['', 'b']]],
    ['a blank line', 'a\n\nb\n', [['a'], [''], ['b']]],
    ['an empty file', '', []],
  ])('splits %s', (_name, text, fields) => {
    const result = parseCsv(text);
    expect(result.ok && result.records.map((record) => record.fields)).toEqual(fields);
  });

  it('keeps line breaks inside quotes and numbers rows and lines apart', () => {
    const result = parseCsv('h1,h2\r\n"two\r\nlines",x\r\nlast,y\r\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { row: 1, line: 1, fields: ['h1', 'h2'] },
        { row: 2, line: 2, fields: ['two\r\nlines', 'x'] },
        { row: 3, line: 4, fields: ['last', 'y'] },
      ],
    });
  });

  it.each([
    ['a quote inside an unquoted field', 'a,b\n1,2"3\n', 2, 2, { code: 'quoteInField', line: null }],
    ['text after a closing quote', 'a,b\n"1"x,2\n', 2, 2, { code: 'textAfterQuote', text: 'x,2\n', line: null }],
    ['a quote never closed', 'a,b\n"multi\nline,2\n3,4\n', 2, 2, { code: 'unclosedQuote', openingLine: 2 }],
    ['an error after a quoted line break', 'a\n"x\ny"\n"z"z\n', 3, 4, { code: 'textAfterQuote', text: 'z\n', line: 4 }],
  ])('rejects %s, naming row and line', (_name, text, row, line, reason) => {
    expect(parseCsv(text)).toEqual({ ok: false, row, line, reason });
  });
});
