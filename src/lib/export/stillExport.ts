/**
 * Still exports of the view: PNG at 1× and 2×, SVG, and the CSV of the values. The graphic is
 * composed (graphicFrames.ts), never grabbed from the WebGL canvas, so it is the same on any screen.
 */
import { GraphicFrames, type ExportView } from './graphicFrames';
import type { SceneItem } from './scene';
import { SceneRenderer } from './renderCanvas';
import { renderSvg } from './renderSvg';

/** A still is as large as the map on screen, within bounds that keep it legible and its file sane. */
const STILL_MIN = { width: 480, height: 400 };
const STILL_MAX = 2400;

/** The 1× size of a still for a map of width×height CSS pixels on screen: its shape, scaled into the bounds. */
export function stillSize(mapWidth: number, mapHeight: number): { width: number; height: number } {
  const width = mapWidth > 0 ? mapWidth : STILL_MIN.width;
  const height = mapHeight > 0 ? mapHeight : STILL_MIN.height;
  const scale = Math.min(Math.max(1, STILL_MIN.width / width, STILL_MIN.height / height), STILL_MAX / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

/** What a still is drawn from: a graphic's scene at position 0 (GraphicFrames, or the year grid's YearGridGraphic). */
export interface StillGraphic {
  readonly width: number;
  readonly height: number;
  scene(position: number): SceneItem[];
  titleOf(position: number): string;
}

export function stillFrames(view: ExportView, yearIndex: number, width: number, height: number): GraphicFrames {
  return new GraphicFrames(view, width, height, [yearIndex]);
}

export async function pngBlob(frames: StillGraphic, pixelRatio: number): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(frames.width * pixelRatio);
  canvas.height = Math.round(frames.height * pixelRatio);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser gives no 2D canvas to draw the PNG in');
  new SceneRenderer().render(context, frames.scene(0), pixelRatio);
  try {
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the browser could not encode the PNG'))), 'image/png'),
    );
  } finally {
    // Frees the (large, at 2×) pixel buffer at once rather than at the next garbage collection.
    canvas.width = 0;
    canvas.height = 0;
  }
}

export function svgBlob(frames: StillGraphic): Blob {
  return new Blob([renderSvg(frames.scene(0), frames.width, frames.height, frames.titleOf(0))], { type: 'image/svg+xml' });
}

export function csvBlob(csv: string): Blob {
  return new Blob([csv], { type: 'text/csv;charset=utf-8' });
}

/** Hands a file to the browser's download. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a while later, not at once: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
