/**
 * Which changes of the view become browser history entries. Deliberate changes (a layer, a
 * county, a level, a year picked) push an entry, so Back undoes them; changes that happen on their
 * own or continuously replace the current entry: panning and zooming, playback, a burst of year
 * steps (a dragged slider, a held arrow key), and stepping inside presenter mode, where Back
 * should leave the presentation rather than rewind it step by step.
 */
import { URL_PARAMS, formatView, type UrlParamName, type UrlState } from './url';

export type HistoryAction = 'push' | 'replace';

export interface HistoryMoment {
  /** The timeline is playing. */
  isPlaying: boolean;
  /** A clock in milliseconds (performance.now()). */
  now: number;
}

/** Year changes closer together than this are one move of the reader's. */
export const YEAR_BURST_MS = 1000;

function paramKey(name: UrlParamName, state: UrlState): string {
  const value = state[name];
  return name === 'view' && value !== null ? formatView(value as UrlState['view'] & object) : String(value);
}

/** The parameters whose written value differs between two states. */
export function changedParams(before: UrlState, after: UrlState): UrlParamName[] {
  return URL_PARAMS.filter((name) => paramKey(name, before) !== paramKey(name, after));
}

/**
 * How long the address waits after a year step that only replaces it (playback, the steps after
 * the first of a burst) before it is written: each write costs the page 2–5 ms, the largest
 * single item of a step, so a burst of steps writes its last address once, when it pauses.
 */
export const YEAR_STEP_WRITE_DELAY_MS = YEAR_BURST_MS;

export class HistoryRecorder {
  #shown: UrlState;
  /** The last change recorded was a year step that only replaces the address: its write may wait. */
  isDeferrable = false;
  #lastYearChangeAt = -Infinity;
  /** Playback's last step also ends it (the year and the pause come together): still playback. */
  #wasPlaying = false;

  /** `shown`: the state the address shows now. */
  constructor(shown: UrlState) {
    this.#shown = shown;
  }

  /** How `next` enters the history, or null when the address stays as it is. */
  record(next: UrlState, moment: HistoryMoment): HistoryAction | null {
    const shown = this.#shown;
    const changed = changedParams(shown, next);
    const wasPresenting = this.#shown.mode === 'present';
    const isPlayback = moment.isPlaying || this.#wasPlaying;
    this.#shown = next;
    this.#wasPlaying = moment.isPlaying;
    this.isDeferrable = false;
    if (changed.length === 0) return null;
    if (changed.every((name) => name === 'view')) return 'replace';
    if (wasPresenting && next.mode === 'present') return 'replace';
    if (changed.every((name) => name === 'year' || name === 'years' || name === 'view')) {
      const isBurst = moment.now - this.#lastYearChangeAt < YEAR_BURST_MS;
      this.#lastYearChangeAt = moment.now;
      if (isPlayback || isBurst) {
        // A step of the single map's year, or of the year grid's (its years shifted, the grid still open).
        this.isDeferrable = changed.includes('year') || (changed.includes('years') && shown.years !== null && next.years !== null);
        return 'replace';
      }
    }
    return 'push';
  }

  /** The address now shows `state` (after back/forward): nothing is recorded for reaching it. */
  reset(state: UrlState): void {
    this.#shown = state;
    this.#lastYearChangeAt = -Infinity;
    this.#wasPlaying = false;
    this.isDeferrable = false;
  }
}

/**
 * How the address bar takes a state whose query is `query`, given the recorder's `action`.
 * `action` null still replaces an address that differs (parameters that could not be used leave
 * it). An embed never pushes: its entries would join the article's history and take over its Back
 * button.
 */
export function addressWrite(action: HistoryAction | null, query: string, currentSearch: string, isEmbed: boolean): HistoryAction | null {
  if (action === 'push' && !isEmbed) return 'push';
  if (action !== null || query !== currentSearch) return 'replace';
  return null;
}
