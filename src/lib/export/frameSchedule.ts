/**
 * Which picture each frame of an animation export shows, and when: derived from the frame index
 * alone, never from a clock, so that a slow machine renders the same video, only more slowly.
 * Each year is shown for secondsPerYear; its first frames fade the county colours over from the
 * year before (as the map does on screen; countyColourFrames.coloursAt mixes them); the last year is then held for holdSeconds.
 */

export interface AnimationPace {
  /** The years shown, in order (a start year to an end year). */
  years: readonly number[];
  framesPerSecond: number;
  secondsPerYear: number;
  /** Extra time the last year stays on screen. */
  holdSeconds: number;
  /** Length of the colour fade at the start of each year after the first (cut to the year's length). */
  fadeSeconds: number;
}

export interface FrameSpec {
  /** Presentation time in microseconds (what WebCodecs and the muxers take). */
  timestampUs: number;
  durationUs: number;
  /** Index into pace.years of the year whose stamp, legend and target colours the frame shows. */
  yearIndex: number;
  /** How far the colours have faded from the year before (0) to this year (1); 1 outside fades. */
  fade: number;
}

export interface FrameSchedule {
  frameCount: number;
  framesPerYear: number;
  /** Total length in microseconds: frameCount frames of 1/framesPerSecond each. */
  durationUs: number;
  frame(index: number): FrameSpec;
}

export function frameSchedule(pace: AnimationPace): FrameSchedule {
  const { years, framesPerSecond: fps, secondsPerYear, holdSeconds, fadeSeconds } = pace;
  if (years.length === 0) throw new Error('frameSchedule: no years to animate');
  if (!(fps > 0) || !(secondsPerYear > 0) || !(holdSeconds >= 0) || !(fadeSeconds >= 0)) {
    throw new Error(
      `frameSchedule: framesPerSecond (${fps}) and secondsPerYear (${secondsPerYear}) must be positive, holdSeconds (${holdSeconds}) and fadeSeconds (${fadeSeconds}) not negative`,
    );
  }
  const framesPerYear = Math.max(1, Math.round(fps * secondsPerYear));
  const holdFrames = Math.round(fps * holdSeconds);
  const fadeFrames = Math.min(framesPerYear, Math.round(fps * fadeSeconds));
  const frameCount = years.length * framesPerYear + holdFrames;
  const timeOf = (index: number) => Math.round((index * 1e6) / fps);
  return {
    frameCount,
    framesPerYear,
    durationUs: timeOf(frameCount),
    frame(index) {
      if (!Number.isInteger(index) || index < 0 || index >= frameCount) {
        throw new Error(`frameSchedule: frame ${index} is outside 0…${frameCount - 1}`);
      }
      const yearIndex = Math.min(years.length - 1, Math.floor(index / framesPerYear));
      const inYear = index - yearIndex * framesPerYear;
      const isFading = yearIndex > 0 && inYear < fadeFrames;
      return {
        timestampUs: timeOf(index),
        durationUs: timeOf(index + 1) - timeOf(index),
        yearIndex,
        fade: isFading ? (inYear + 1) / fadeFrames : 1,
      };
    },
  };
}

