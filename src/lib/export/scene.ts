/**
 * A composed export graphic as a flat list of drawing primitives in layout units (CSS pixels of
 * the graphic). Two renderers draw the same scene, so PNG, SVG and video frames cannot drift
 * apart: renderCanvas.ts (PNG, video frames) and renderSvg.ts (SVG).
 */
import type { Rect } from '../cartography/mapPaths';

// The map's box is a cartography notion; the scene's items and layout use the same one.
export type { Rect };

/** The graphic's text colours: titles, body text, and a future year's faded label. */
export const INK = '#1a1a1a';
export const MUTED_INK = '#3d3d3d';
export const FADED_INK = '#767676';

type TextAlign = 'left' | 'center' | 'right';

export type SceneItem =
  | ({ kind: 'rect'; fill: string | null; stroke?: string; strokeWidth?: number; radius?: number } & Rect)
  | {
      kind: 'text';
      /** x of the anchor given by align; y of the alphabetic baseline. */
      x: number;
      y: number;
      text: string;
      size: number;
      weight: 400 | 500 | 600 | 700;
      colour: string;
      align: TextAlign;
      /** An outline drawn under the text, so that labels read over the map. */
      halo?: { colour: string; width: number };
    }
  | {
      kind: 'path';
      /** SVG path data (d3-geo output); '' draws nothing. */
      d: string;
      fill: string | null;
      stroke?: string;
      strokeWidth?: number;
      /** A county's adcode: the SVG export writes it as data-code, so the file can be scripted. */
      code?: string;
    }
  | { kind: 'group'; id: string; clip: Rect | null; items: SceneItem[] };
