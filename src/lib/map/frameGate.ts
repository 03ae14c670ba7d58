/**
 * Animation frames for deck.gl's render loop only when something may have changed. deck.gl runs
 * its loop on every animation frame for as long as the page is open, even interleaved in
 * MapLibre, where MapLibre's own frames draw the layers: each idle frame still checks every layer,
 * keeps statistics and flushes the GL command buffer. The loop's work is wanted after new layers,
 * a pointer move (hover picking happens in the loop's next frame) and a MapLibre frame in which a
 * layer asked for another (as the shader's colour fade does: isDeckFrameAsked); after
 * `FRAMES_AFTER_WAKE` frames without any of these it waits, and the next one wakes it.
 *
 * A frame provider for luma.gl's AnimationLoop (its animationFrameProvider prop).
 */

import type { Layer } from '@deck.gl/core';

/** Pointer input deck.gl answers in its render loop's next frame (hover picking, the cursor). */
export const WAKING_EVENTS = ['pointermove', 'pointerdown', 'pointerup', 'pointerleave', 'wheel'] as const;

/** Frames the loop keeps running after a wake-up: its next frame does the work, the one after sees any redraw it asked for. */
export const FRAMES_AFTER_WAKE = 2;

/** The id handed out for a frame request held while the loop waits (real ids are positive). */
const WAITING_ID = -1;

export class FrameGate {
  readonly #window: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>;
  #framesLeft = FRAMES_AFTER_WAKE;
  /** The loop's frame request held while it waits. */
  #waiting: FrameRequestCallback | null = null;

  constructor(window: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'>) {
    this.#window = window;
  }

  readonly requestAnimationFrame = (callback: FrameRequestCallback): number => {
    if (this.#framesLeft <= 0) {
      this.#waiting = callback;
      return WAITING_ID;
    }
    this.#framesLeft--;
    return this.#window.requestAnimationFrame(callback);
  };

  readonly cancelAnimationFrame = (id: number): void => {
    if (id === WAITING_ID) this.#waiting = null;
    else this.#window.cancelAnimationFrame(id);
  };

  /** Something may need the loop: it runs its next FRAMES_AFTER_WAKE frames. */
  wake(): void {
    this.#framesLeft = FRAMES_AFTER_WAKE;
    const waiting = this.#waiting;
    if (!waiting) return;
    this.#waiting = null;
    this.#framesLeft--;
    this.#window.requestAnimationFrame(waiting);
  }
}

/**
 * Hands the render loop of the Deck that draws `layer` the gate. The loop is deck.gl's own (not
 * part of its typed interface); a drawn layer's context leads to its Deck.
 */
export function gateDeckFrames(layer: Layer, gate: FrameGate): void {
  const deck = layer.context?.deck as unknown as { animationLoop?: { setProps(props: { animationFrameProvider: FrameGate }): void } } | undefined;
  deck?.animationLoop?.setProps({ animationFrameProvider: gate });
}

/**
 * Whether the Deck that draws `layer` has work for its loop: a redraw asked for (a layer's fade
 * asks for the next frame while it runs) or a layer update (an asynchronous prop arrived). A year
 * step's MapLibre frame asks for neither, and then the loop need not run after it.
 */
export function isDeckFrameAsked(layer: Layer): boolean {
  const deck = layer.context?.deck;
  if (!deck) return true;
  // The layer manager is deck.gl's own (protected in its types).
  const layers = (deck as unknown as { layerManager?: { needsUpdate(): string | false } }).layerManager;
  return Boolean(deck.needsRedraw({ clearRedrawFlags: false }) || layers?.needsUpdate());
}
