/**
 * The timeline's logic without a UI (after OWID grapher's TimelineController): it reads and
 * writes the year and playback settings on a manager (the app's rune state, or a plain object
 * in tests) and schedules ticks through a clock, so play() can be driven without a DOM or timers.
 */

export const PLAYBACK_SPEEDS = [0.5, 1, 2] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** Time one year stays on screen at 1×: longer than the colour transition, so each year is seen. */
export const BASE_INTERVAL_MS = 1200;

export interface TimelineManager {
  readonly years: readonly number[];
  year: number;
  isPlaying: boolean;
  isLooping: boolean;
  speed: PlaybackSpeed;
}

export interface TimelineClock {
  /** Calls `tick` once after `ms`; the returned function cancels it. */
  schedule(tick: () => void, ms: number): () => void;
}

export const browserClock: TimelineClock = {
  schedule(tick, ms) {
    const handle = setTimeout(tick, ms);
    return () => clearTimeout(handle);
  },
};

export function isPlaybackSpeed(value: number): value is PlaybackSpeed {
  return (PLAYBACK_SPEEDS as readonly number[]).includes(value);
}

export class TimelinePlayer {
  #cancelTick: (() => void) | null = null;

  constructor(
    private readonly manager: TimelineManager,
    private readonly clock: TimelineClock = browserClock,
  ) {}

  get #index(): number {
    return this.manager.years.indexOf(this.manager.year);
  }

  get #lastIndex(): number {
    return this.manager.years.length - 1;
  }

  get isAtEnd(): boolean {
    return this.#index === this.#lastIndex;
  }

  get isAtStart(): boolean {
    return this.#index === 0;
  }

  get intervalMs(): number {
    return BASE_INTERVAL_MS / this.manager.speed;
  }

  /** Starts playback; from the last year (when not looping) it starts again at the first. */
  play(): void {
    if (this.manager.years.length < 2) return;
    if (this.isAtEnd && !this.manager.isLooping) this.#show(0);
    this.manager.isPlaying = true;
    this.#scheduleTick();
  }

  pause(): void {
    this.manager.isPlaying = false;
    this.#cancel();
  }

  togglePlay(): void {
    if (this.manager.isPlaying) this.pause();
    else this.play();
  }

  /** Manual moves stop playback: the reader has taken over. */
  stepForward(): void {
    this.pause();
    this.#show(Math.min(this.#index + 1, this.#lastIndex));
  }

  stepBack(): void {
    this.pause();
    this.#show(Math.max(this.#index - 1, 0));
  }

  first(): void {
    this.pause();
    this.#show(0);
  }

  last(): void {
    this.pause();
    this.#show(this.#lastIndex);
  }

  /** Jumps to a year of the timeline; a year outside it is ignored. */
  setYear(year: number): void {
    if (!this.manager.years.includes(year)) return;
    this.pause();
    this.manager.year = year;
  }

  setLooping(isLooping: boolean): void {
    this.manager.isLooping = isLooping;
  }

  /** A new speed takes effect from the next tick. */
  setSpeed(speed: PlaybackSpeed): void {
    this.manager.speed = speed;
    if (this.manager.isPlaying) this.#scheduleTick();
  }

  /** Stops the clock; call when the component that owns the player goes away. */
  dispose(): void {
    this.pause();
  }

  #tick = (): void => {
    this.#cancelTick = null;
    if (!this.manager.isPlaying) return;
    if (!this.isAtEnd) {
      this.#show(this.#index + 1);
    } else if (this.manager.isLooping) {
      this.#show(0);
    }
    if (this.isAtEnd && !this.manager.isLooping) {
      // The last year is reached: stay on it and stop.
      this.manager.isPlaying = false;
      return;
    }
    this.#scheduleTick();
  };

  #scheduleTick(): void {
    this.#cancel();
    this.#cancelTick = this.clock.schedule(this.#tick, this.intervalMs);
  }

  #cancel(): void {
    this.#cancelTick?.();
    this.#cancelTick = null;
  }

  #show(index: number): void {
    const year = this.manager.years[index];
    if (year !== undefined) this.manager.year = year;
  }
}
