/**
 * The timeline of the year grid. Its rule: a step shifts every map by one year, keeping the
 * distances between them, and the timeline's year is the last map's; the grid stops where a
 * map would leave the dataset's years (2018, 2020, 2022 steps on to 2019, 2021, 2023 and
 * 2020, 2022, 2024, then stops). `year`, the single map's year, is left as it is.
 */
import type { AppState } from '../../state/appState.svelte';
import type { PlaybackSpeed, TimelineManager } from '../../state/TimelinePlayer';

/** The years the grid's last map can show with the set shifted as one: those where every map keeps a year of the dataset. */
export function gridTimelineYears(gridYears: readonly number[], datasetYears: readonly number[]): number[] {
  const last = gridYears[gridYears.length - 1];
  if (last === undefined) return [];
  return datasetYears.filter((year) => gridYears.every((gridYear) => datasetYears.includes(gridYear + year - last)));
}

/** The grid's years shifted so that its last map shows `lastYear`. */
export function shiftGrid(gridYears: readonly number[], lastYear: number): number[] {
  const shift = lastYear - (gridYears[gridYears.length - 1] ?? lastYear);
  return gridYears.map((year) => year + shift);
}

/** The grid's timeline over the reader's state: the player steps it as it steps the single map's year; playback settings are shared. */
export class GridTimeline implements TimelineManager {
  readonly #app: AppState;

  constructor(app: AppState) {
    this.#app = app;
  }

  get years(): readonly number[] {
    return gridTimelineYears(this.#app.gridYears ?? [], this.#app.years);
  }

  get year(): number {
    return this.#app.gridYears?.at(-1) ?? this.#app.year;
  }

  set year(year: number) {
    const gridYears = this.#app.gridYears;
    if (gridYears && this.years.includes(year)) this.#app.gridYears = shiftGrid(gridYears, year);
  }

  get isPlaying(): boolean {
    return this.#app.isPlaying;
  }

  set isPlaying(isPlaying: boolean) {
    this.#app.isPlaying = isPlaying;
  }

  get isLooping(): boolean {
    return this.#app.isLooping;
  }

  set isLooping(isLooping: boolean) {
    this.#app.isLooping = isLooping;
  }

  get speed(): PlaybackSpeed {
    return this.#app.speed;
  }

  set speed(speed: PlaybackSpeed) {
    this.#app.speed = speed;
  }
}
