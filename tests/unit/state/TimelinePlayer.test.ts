import { describe, expect, it } from 'vitest';
import {
  BASE_INTERVAL_MS,
  TimelinePlayer,
  type PlaybackSpeed,
  type TimelineClock,
  type TimelineManager,
} from '../../../src/lib/state/TimelinePlayer';

/** A clock that runs only when the test advances it. */
class ManualClock implements TimelineClock {
  now = 0;
  #pending: { at: number; tick: () => void; id: number }[] = [];
  #nextId = 0;

  schedule(tick: () => void, ms: number): () => void {
    const id = this.#nextId++;
    this.#pending.push({ at: this.now + ms, tick, id });
    return () => {
      this.#pending = this.#pending.filter((p) => p.id !== id);
    };
  }

  get pendingCount(): number {
    return this.#pending.length;
  }

  advance(ms: number): void {
    const end = this.now + ms;
    for (;;) {
      this.#pending.sort((a, b) => a.at - b.at);
      const next = this.#pending[0];
      if (!next || next.at > end) break;
      this.#pending.shift();
      this.now = next.at;
      next.tick();
    }
    this.now = end;
  }
}

const YEARS = [2018, 2019, 2020, 2021];

function setup(overrides: Partial<TimelineManager> = {}) {
  const manager: TimelineManager = { years: YEARS, year: 2018, isPlaying: false, isLooping: false, speed: 1, ...overrides };
  const clock = new ManualClock();
  const player = new TimelinePlayer(manager, clock);
  /** Years shown while the clock advances tick by tick. */
  const record = (ticks: number, interval = BASE_INTERVAL_MS) => {
    const seen: number[] = [];
    for (let i = 0; i < ticks; i++) {
      clock.advance(interval);
      seen.push(manager.year);
    }
    return seen;
  };
  return { manager, clock, player, record };
}

describe('TimelinePlayer', () => {
  it('plays year by year and stops on the last year when not looping', () => {
    const { manager, player, record, clock } = setup();
    player.play();
    expect(manager.isPlaying).toBe(true);
    expect(record(5)).toEqual([2019, 2020, 2021, 2021, 2021]);
    expect(manager.isPlaying).toBe(false);
    expect(clock.pendingCount).toBe(0);
  });

  it('loops back to the first year when looping', () => {
    const { manager, player, record } = setup({ isLooping: true });
    player.play();
    expect(record(6)).toEqual([2019, 2020, 2021, 2018, 2019, 2020]);
    expect(manager.isPlaying).toBe(true);
  });

  it('starts again from the first year when play is pressed on the last year', () => {
    const { manager, player, record } = setup({ year: 2021 });
    player.play();
    expect(manager.year).toBe(2018);
    expect(record(1)).toEqual([2019]);
  });

  it('does not move before the interval has passed', () => {
    const { manager, player, clock } = setup();
    player.play();
    clock.advance(BASE_INTERVAL_MS - 1);
    expect(manager.year).toBe(2018);
    clock.advance(1);
    expect(manager.year).toBe(2019);
  });

  it.each([
    { speed: 0.5, interval: 2400 },
    { speed: 1, interval: 1200 },
    { speed: 2, interval: 600 },
  ] as { speed: PlaybackSpeed; interval: number }[])('at $speed× a year lasts $interval ms', ({ speed, interval }) => {
    const { manager, player, clock } = setup({ speed });
    player.play();
    clock.advance(interval - 1);
    expect(manager.year).toBe(2018);
    clock.advance(1);
    expect(manager.year).toBe(2019);
  });

  it('applies a new speed from the next tick while playing', () => {
    const { manager, player, clock } = setup();
    player.play();
    clock.advance(300);
    player.setSpeed(2);
    clock.advance(599);
    expect(manager.year).toBe(2018);
    clock.advance(1);
    expect(manager.year).toBe(2019);
  });

  it('pause stops the clock; togglePlay switches', () => {
    const { manager, player, clock } = setup();
    player.togglePlay();
    expect(manager.isPlaying).toBe(true);
    player.togglePlay();
    expect(manager.isPlaying).toBe(false);
    expect(clock.pendingCount).toBe(0);
    clock.advance(10 * BASE_INTERVAL_MS);
    expect(manager.year).toBe(2018);
  });

  it.each([
    { action: 'stepForward', from: 2019, to: 2020 },
    { action: 'stepForward', from: 2021, to: 2021 },
    { action: 'stepBack', from: 2020, to: 2019 },
    { action: 'stepBack', from: 2018, to: 2018 },
    { action: 'first', from: 2020, to: 2018 },
    { action: 'last', from: 2019, to: 2021 },
  ] as const)('$action from $from → $to, and playback stops', ({ action, from, to }) => {
    const { manager, player, clock } = setup({ year: from, isLooping: true });
    player.play();
    player[action]();
    expect(manager.year).toBe(to);
    expect(manager.isPlaying).toBe(false);
    expect(clock.pendingCount).toBe(0);
  });

  it.each([
    { year: 2020, expected: 2020 },
    { year: 2030, expected: 2018 },
  ])('setYear($year) → $expected', ({ year, expected }) => {
    const { manager, player } = setup();
    player.setYear(year);
    expect(manager.year).toBe(expected);
  });

  it('reports where it is', () => {
    const { player, manager } = setup();
    expect([player.isAtStart, player.isAtEnd]).toEqual([true, false]);
    manager.year = 2021;
    expect([player.isAtStart, player.isAtEnd]).toEqual([false, true]);
  });

  it('does nothing with a single year', () => {
    const { manager, player, clock } = setup({ years: [2024], year: 2024 });
    player.play();
    expect(manager.isPlaying).toBe(false);
    expect(clock.pendingCount).toBe(0);
  });

  it('dispose cancels the pending tick', () => {
    const { player, clock } = setup({ isLooping: true });
    player.play();
    player.dispose();
    expect(clock.pendingCount).toBe(0);
  });
});
