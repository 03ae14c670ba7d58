import { describe, expect, it } from 'vitest';
import { isSettled } from '../../../scripts/lib/browserSettle';

/** Samples every 100 ms from 0, with these CPU totals (ms). */
const every100ms = (...cpuMs: number[]) => cpuMs.map((cpu, i) => ({ atMs: i * 100, cpuMs: cpu }));

describe('isSettled: the browser quiet for a window of 300 ms (under 30 ms of CPU)', () => {
  it('is not settled while the start-up keeps two cores busy (~200 ms of CPU per 100 ms)', () => {
    expect(isSettled(every100ms(0, 200, 400, 600, 800))).toBe(false);
  });

  it('is settled once the last 300 ms used under 30 ms of CPU', () => {
    expect(isSettled(every100ms(0, 200, 400, 410, 420, 420))).toBe(true);
  });

  it('is not settled when the last 300 ms used exactly the limit', () => {
    expect(isSettled(every100ms(0, 200, 400, 410, 420, 430))).toBe(false);
  });

  it('measures from the newest sample at least a window older, not from the first', () => {
    // The sample 300 ms before the newest (at 500) is the one at 200: 425 − 400 = 25 ms, quiet;
    // from the first sample it would be 425 ms, and from the one at 300, 15 ms of a shorter window.
    expect(isSettled(every100ms(0, 300, 400, 410, 420, 425))).toBe(true);
    expect(isSettled(every100ms(0, 300, 400, 430, 430, 430))).toBe(false);
  });

  it('needs samples spanning a whole window', () => {
    expect(isSettled([])).toBe(false);
    expect(isSettled(every100ms(0, 0, 0))).toBe(false);
    expect(isSettled(every100ms(0, 0, 0, 0))).toBe(true);
  });

  it('takes the window and the limit from the rule given', () => {
    expect(isSettled(every100ms(0, 50, 100), { windowMs: 200, maxCpuMs: 150 })).toBe(true);
    expect(isSettled(every100ms(0, 50, 100), { windowMs: 200, maxCpuMs: 100 })).toBe(false);
  });
});
