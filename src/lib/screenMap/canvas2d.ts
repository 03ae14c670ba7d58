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
