/**
 * Single clicks apart from double clicks: a double click zooms (MapLibre's doubleClickZoom) and
 * selects nothing. deck.gl reports each click of a double click (tapCount 1) and then the double
 * click itself (tapCount 2): a click still waiting when the next arrives was the first of a double
 * click, and neither is reported.
 */

/** How long a click waits for a second one before it is reported: short, so a single click still answers promptly. */
export const DOUBLE_CLICK_MS = 300;

export class SingleClicks<T> {
  readonly #report: (click: T) => void;
  /** A click waiting to be reported, unless a second click makes it a double click. */
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(report: (click: T) => void) {
    this.#report = report;
  }

  /** A click (`tapCount` as deck.gl reports it); `click` is reported after DOUBLE_CLICK_MS unless another click comes first. */
  click(click: T, tapCount = 1): void {
    const isSecondClick = this.#timer !== undefined || tapCount > 1;
    this.cancel();
    if (isSecondClick) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#report(click);
    }, DOUBLE_CLICK_MS);
  }

  /** Drops a waiting click. */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
