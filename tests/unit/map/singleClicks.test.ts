import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DOUBLE_CLICK_MS, SingleClicks } from '../../../src/lib/map/singleClicks';

describe('SingleClicks', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a single click once no second click came within DOUBLE_CLICK_MS, not before', () => {
    const reported: string[] = [];
    const clicks = new SingleClicks<string>((click) => reported.push(click));
    clicks.click('330782');
    vi.advanceTimersByTime(DOUBLE_CLICK_MS - 1);
    expect(reported).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(reported).toEqual(['330782']);
  });

  it('reports neither click of a double click, nor the double click deck.gl reports after them', () => {
    const reported: string[] = [];
    const clicks = new SingleClicks<string>((click) => reported.push(click));
    clicks.click('330782');
    clicks.click('330782');
    clicks.click('330782', 2);
    vi.advanceTimersByTime(DOUBLE_CLICK_MS * 2);
    expect(reported).toEqual([]);
  });

  it('drops a waiting click when cancelled (the map is removed)', () => {
    const reported: string[] = [];
    const clicks = new SingleClicks<string>((click) => reported.push(click));
    clicks.click('330782');
    clicks.cancel();
    vi.advanceTimersByTime(DOUBLE_CLICK_MS);
    expect(reported).toEqual([]);
  });
});
