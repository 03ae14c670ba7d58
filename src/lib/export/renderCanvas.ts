/**
 * Draws a scene into a Canvas 2D context (a detached canvas for PNG, an OffscreenCanvas for video
 * frames, the screen's 2D map) at a pixel ratio. Path data is parsed into Path2D once per string
 * and reused across frames, where only the county fills change; a Path2D item (the screen's map,
 * built from projected coordinates) is drawn as it is.
 */
import { LABEL_FONT_FAMILY } from '../cartography/baseStyle';
import type { SceneItem } from './scene';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
/** A path as SVG path data ('' for none), or built already (null for none). */
type PathData = string | Path2D | null;

export class SceneRenderer {
  readonly #paths = new Map<string, Path2D>();

  #path(d: string | Path2D): Path2D {
    if (typeof d !== 'string') return d;
    let path = this.#paths.get(d);
    if (!path) {
      path = new Path2D(d);
      this.#paths.set(d, path);
    }
    return path;
  }

  /** Draws the scene with layout units scaled by pixelRatio (2 for a 2× PNG). */
  render(context: Context2D, scene: readonly SceneItem<PathData>[], pixelRatio: number): void {
    context.save();
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    context.lineJoin = 'round';
    this.#draw(context, scene);
    context.restore();
  }

  #draw(context: Context2D, items: readonly SceneItem<PathData>[]): void {
    for (const item of items) {
      switch (item.kind) {
        case 'rect': {
          context.beginPath();
          if (item.radius) context.roundRect(item.x, item.y, item.width, item.height, item.radius);
          else context.rect(item.x, item.y, item.width, item.height);
          this.#paint(context, item.fill, item.stroke, item.strokeWidth, undefined);
          break;
        }
        case 'text':
          context.font = `${item.weight} ${item.size}px ${LABEL_FONT_FAMILY}`;
          context.textAlign = item.align;
          context.textBaseline = 'alphabetic';
          if (item.halo) {
            context.strokeStyle = item.halo.colour;
            context.lineWidth = item.halo.width;
            context.strokeText(item.text, item.x, item.y);
          }
          context.fillStyle = item.colour;
          context.fillText(item.text, item.x, item.y);
          break;
        case 'path':
          if (item.d) this.#paint(context, item.fill, item.stroke, item.strokeWidth, this.#path(item.d));
          break;
        case 'group':
          context.save();
          if (item.clip) {
            context.beginPath();
            context.rect(item.clip.x, item.clip.y, item.clip.width, item.clip.height);
            context.clip();
          }
          this.#draw(context, item.items);
          context.restore();
          break;
      }
    }
  }

  #paint(
    context: Context2D,
    fill: string | null,
    stroke: string | undefined,
    strokeWidth: number | undefined,
    path: Path2D | undefined,
  ): void {
    if (fill) {
      context.fillStyle = fill;
      if (path) context.fill(path);
      else context.fill();
    }
    if (stroke) {
      context.strokeStyle = stroke;
      context.lineWidth = strokeWidth ?? 1;
      if (path) context.stroke(path);
      else context.stroke();
    }
  }
}
