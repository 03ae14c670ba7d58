/**
 * The year step's colour fade done by the compositor: a copy of the map as it was is laid over
 * the map, the new colours are drawn once below it, and the copy's opacity goes from 1 to 0.
 * Mixing two pictures by opacity is the same as mixing the fills and drawing the borders and
 * labels over them (each is a linear mix, and everything but the fill is the same in both), so
 * the reader sees the fade the shader would draw, while MapLibre and deck.gl draw one frame
 * instead of a frame per animation frame of the fade (each redraws the whole style).
 *
 * Needs the map canvas's drawing buffer kept between frames (preserveDrawingBuffer), since the
 * copy is taken between frames.
 */

import type { MapDrawModel } from '../view/drawModel';

/**
 * Whether going from `previous` to `model` changes the county colours alone, with a fade: then
 * the step can fade as a picture. Anything else drawn differently (theme, level, language,
 * selection, the 百亿 path, which grows with the year) must show at once, not fade with the copy.
 */
export function isPictureStep(model: MapDrawModel, previous: MapDrawModel): boolean {
  return (
    model.countyColours !== previous.countyColours &&
    model.transitionMs > 0 &&
    model.theme === previous.theme &&
    model.level === previous.level &&
    model.lang === previous.lang &&
    model.selectedCode === previous.selectedCode &&
    model.spreadCentres === null &&
    previous.spreadCentres === null
  );
}

/** Class of the copy laid over the map while it fades (the browser tests look for it). */
export const FADE_COPY_CLASS = 'beltmap-fade-copy';

export class PictureFade {
  readonly #canvas: HTMLCanvasElement;
  /** The copy laid over the map, or null; its animation, once started. */
  #copy: HTMLCanvasElement | null = null;
  #animation: Animation | null = null;
  /**
   * The last copy, kept for the next step: a new canvas of the map's size per step would have the
   * garbage collector run for its memory every few steps.
   */
  #spare: HTMLCanvasElement | null = null;

  constructor(mapCanvas: HTMLCanvasElement) {
    this.#canvas = mapCanvas;
  }

  /** Whether a copy lies over the map (waiting for the new colours, or fading). */
  get isCovering(): boolean {
    return this.#copy !== null;
  }

  /**
   * Lays a copy of the map as it is now over it, at full opacity, so that the next frame can draw
   * the new colours unseen; false when no copy could be made (nothing drawn yet, no 2D canvas).
   */
  cover(): boolean {
    this.end();
    const { width, height } = this.#canvas;
    if (width === 0 || height === 0) return false;
    const copy = this.#spare ?? document.createElement('canvas');
    this.#spare = null;
    if (copy.width !== width || copy.height !== height) {
      copy.width = width;
      copy.height = height;
    }
    const context = copy.getContext('2d', { alpha: false });
    if (!context) return false;
    context.drawImage(this.#canvas, 0, 0);
    copy.className = FADE_COPY_CLASS;
    // Pixel for pixel over the map canvas (MapLibre sizes it by its style in CSS pixels).
    Object.assign(copy.style, {
      position: 'absolute',
      left: '0',
      top: '0',
      width: this.#canvas.style.width,
      height: this.#canvas.style.height,
      pointerEvents: 'none',
    });
    this.#canvas.after(copy);
    this.#copy = copy;
    return true;
  }

  /** Starts fading the copy out over `durationMs` (once the new colours are drawn below it); `onEnd` when it is gone. */
  start(durationMs: number, onEnd: () => void): void {
    const copy = this.#copy;
    if (!copy || this.#animation) return;
    const animation = copy.animate([{ opacity: 1 }, { opacity: 0 }], { duration: durationMs, easing: 'linear', fill: 'forwards' });
    this.#animation = animation;
    animation.onfinish = () => {
      if (this.#animation !== animation) return;
      this.end();
      onEnd();
    };
  }

  /** Removes the copy at once (the fade, if any, is then the shader's: MapView). */
  end(): void {
    this.#animation?.cancel();
    this.#animation = null;
    this.#copy?.remove();
    this.#spare = this.#copy ?? this.#spare;
    this.#copy = null;
  }

  /** Lets go of the copies for good (the map is removed). */
  destroy(): void {
    this.end();
    this.#spare = null;
  }
}
