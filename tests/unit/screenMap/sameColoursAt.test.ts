import { describe, expect, it } from 'vitest';
import { sameColoursAt } from '../../../src/lib/screenMap/canvasInset';

// Three counties' RGBA bytes; the inset draws counties 0 and 2.
const drawn = Uint8Array.from([1, 2, 3, 255, 4, 5, 6, 255, 7, 8, 9, 255]);
const insetCounties = [{ index: 0 }, { index: 2 }];

describe('sameColoursAt (the inset skips a step that leaves its counties as they are)', () => {
  it('is true when only a county outside the inset changes', () => {
    expect(sameColoursAt(insetCounties, drawn, Uint8Array.from([1, 2, 3, 255, 40, 50, 60, 255, 7, 8, 9, 255]))).toBe(true);
  });

  it.each([
    ['red', 8],
    ['green', 9],
    ['blue', 10],
    ['alpha', 11],
  ])('is false when an inset county\'s %s byte changes', (_, byte) => {
    const next = Uint8Array.from(drawn);
    next[byte] = 0;
    expect(sameColoursAt(insetCounties, drawn, next)).toBe(false);
  });
});
