/** The 2D map's canvases: their context and their size. */

/**
 * A 2D context rasterised by the page's renderer rather than the GPU process (willReadFrequently
 * asks Chromium for an unaccelerated canvas). Accelerated, its ~6,000 antialiased paths queue in
 * the GPU process just when the interactive map's first WebGL context is being set up there: under
 * SwiftShader the WebGL check then waited 1.8 s, and the interactive map came 0.5–3.5 s later
 * (3 of 3 paired loads, GPU process).
 */
export function canvasContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  return canvas.getContext('2d', { willReadFrequently: true });
}

/**
 * Sizes a canvas's pixels to its CSS size at a pixel ratio, only when they differ: setting the
 * size reallocates and clears the canvas, which costs more than drawing a small one again (the
 * scenes drawn here cover the whole canvas, so nothing needs clearing between draws).
 */
export function fitCanvas(canvas: HTMLCanvasElement, width: number, height: number, pixelRatio: number): void {
  const pixelWidth = Math.round(width * pixelRatio);
  const pixelHeight = Math.round(height * pixelRatio);
  if (canvas.width !== pixelWidth) canvas.width = pixelWidth;
  if (canvas.height !== pixelHeight) canvas.height = pixelHeight;
}
