/**
 * The county colours of the map and their fade: by the shader (countyColourExtension, a deck.gl
 * frame per animation frame), or, for a year step, by the compositor (pictureFade.ts, one frame).
 * The fade's course is kept as a colour frame either way, so that the shader can take a picture
 * fade over at any moment (a hover, a camera move, another step) without a jump: the copy's
 * opacity and the frame's progress run from the same start over the same length.
 */
import { fadeProgress, nextColourFrame, type CountyColourFrame } from '../cartography/countyColourFrames';
import { PictureFade } from './pictureFade';

export class MapColours {
  readonly #copy: PictureFade;
  /**
   * The colours on screen and their fade. While the copy covers the map and the new colours are
   * not yet drawn, the fade has not started (startMs Infinity).
   */
  #shown: CountyColourFrame | null = null;
  /** While the copy covers the map: what deck.gl draws meanwhile (the new colours, at once) and the fade's length. */
  #covered: { frame: CountyColourFrame; durationMs: number } | null = null;

  constructor(mapCanvas: HTMLCanvasElement) {
    this.#copy = new PictureFade(mapCanvas);
  }

  /** The colours deck.gl draws now, or null before the first. */
  get drawn(): CountyColourFrame | null {
    return this.#covered?.frame ?? this.#shown;
  }

  /** Whether a fade runs, by either means: a copy taken now would hold the frame below it, not the mix on screen. */
  get isFading(): boolean {
    return this.#covered !== null || (this.#shown !== null && fadeProgress(this.#shown, performance.now()) < 1);
  }

  /** New colours, faded over `durationMs`: by the compositor if `asPicture` and a copy can be made, else by the shader. */
  change(colours: Uint8Array, durationMs: number, asPicture: boolean): void {
    const now = performance.now();
    this.#shown = nextColourFrame(this.#shown, colours, durationMs, now);
    if (asPicture && this.#copy.cover()) {
      this.#shown = { ...this.#shown, startMs: Infinity };
      this.#covered = { frame: nextColourFrame(null, colours, 0, now), durationMs };
    }
  }

  /** The new colours are drawn under the copy: it fades out, and the frame's fade runs in step, unseen. */
  startFade(): void {
    const covered = this.#covered;
    if (!covered || !this.#shown) return;
    this.#shown = { ...this.#shown, startMs: performance.now() };
    this.#copy.start(covered.durationMs, () => {
      if (this.#covered !== covered) return;
      this.#covered = null;
      // The colours deck.gl already has, so that nothing is uploaded again.
      this.#shown = covered.frame;
    });
  }

  /** Removes the copy; the shader goes on with the same fade from where it had got to. False when there was none. */
  uncover(): boolean {
    if (!this.#covered) return false;
    this.#covered = null;
    this.#copy.end();
    if (this.#shown && this.#shown.startMs === Infinity) this.#shown = { ...this.#shown, startMs: performance.now() };
    return true;
  }

  destroy(): void {
    this.#covered = null;
    this.#copy.destroy();
  }
}
