import { describe, expect, it } from 'vitest';
import { coloursAt, fadeProgress, nextColourFrame } from '../../../src/lib/cartography/countyColourFrames';

/** RGBA bytes of three counties. */
const table = Uint8Array.from([0, 0, 0, 255, 200, 100, 50, 255, 10, 20, 30, 0]);

describe('fadeProgress', () => {
  it.each([
    [1000, 400, 900, 0],
    [1000, 400, 1000, 0],
    [1000, 400, 1200, 0.5],
    [1000, 400, 1500, 1],
    [1000, 0, 1000, 1], // no fade: the new colours at once
  ])('start %d, %d ms, at %d → %d', (startMs, durationMs, now, expected) => {
    expect(fadeProgress({ startMs, durationMs }, now)).toBe(expected);
  });
});

describe('nextColourFrame', () => {
  it('shows the first colouring at once', () => {
    const frame = nextColourFrame(null, table, 400, 0);
    expect(frame.durationMs).toBe(0);
    expect(coloursAt(frame, 0)).toBe(table);
  });

  it('fades from what is on screen when the colouring changes mid-fade', () => {
    const black = Uint8Array.from([0, 0, 0, 255]);
    const white = Uint8Array.from([255, 255, 255, 255]);
    const red = Uint8Array.from([255, 0, 0, 255]);
    const toWhite = nextColourFrame(nextColourFrame(null, black, 400, 0), white, 400, 1000);
    const toRed = nextColourFrame(toWhite, red, 400, 1200); // halfway to white
    expect(Array.from(toRed.from)).toEqual([128, 128, 128, 255]);
    expect(toRed.to).toBe(red);
    expect(Array.from(coloursAt(toRed, 1400))).toEqual([192, 64, 64, 255]);
    expect(coloursAt(toRed, 2000)).toBe(red);
  });
});
