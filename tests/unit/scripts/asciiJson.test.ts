import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../../scripts/lib/asciiJson';

describe('asciiJson', () => {
  it.each([
    ['plain ASCII as JSON.stringify writes it', { a: [1, 2.5, null], b: 'x' }, '{"a":[1,2.5,null],"b":"x"}'],
    ['Chinese characters as escapes', { source: '天地图 2024' }, '{"source":"\\u5929\\u5730\\u56fe 2024"}'],
    ['Latin-1 characters as escapes', 'café', '"caf\\u00e9"'],
    ['a character outside the BMP as its two surrogates', '𠀀', '"\\ud840\\udc00"'],
    ["JSON's own escapes as they are", 'a"b\\c\n', '"a\\"b\\\\c\\n"'],
  ])('writes %s', (_, value, expected) => {
    expect(asciiJson(value)).toBe(expected);
  });

  it('parses back to the same value', () => {
    const value = { generatedBy: 'scripts/build-geodata.ts (天地图 2024, MIT)', names: ['义乌市', 'Ürümqi', '𠀀'], n: [1, -2, 3.25] };
    expect(JSON.parse(asciiJson(value))).toEqual(value);
  });
});
