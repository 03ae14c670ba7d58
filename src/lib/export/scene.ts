/**
 * A composed export graphic as a flat list of drawing primitives in layout units (CSS pixels of
 * the graphic). Two renderers draw the same scene, so PNG, SVG and video frames cannot drift
 * apart: renderCanvas.ts (PNG, video frames) and renderSvg.ts (SVG).
 */
import type { Rect } from '../cartography/mapPaths';
import type { Theme } from '../state/theme';

// The map's box is a cartography notion; the scene's items and layout use the same one.
export type { Rect };

/** The graphic's own colours (the map's are cartography/baseStyle.ts's), in one theme. */
export interface GraphicColours {
  paper: string;
  /** Titles, body text, and a future year's faded label. */
  ink: string;
  mutedInk: string;
  fadedInk: string;
  /** The 示意数据 badge. */
  badgeFill: string;
  badgeEdge: string;
  badgeInk: string;
  /** The year stamp over the map. */
  yearStamp: string;
  /** The boxes over the map: the caption's and the legend's. */
  captionBox: string;
  captionEdge: string;
  legendBox: string;
  /** A legend swatch's edge in the list and in the bar, and the veil over a future year's swatch. */
  swatchEdge: string;
  barEdge: string;
  futureVeil: string;
}

/** The graphic's colours of each theme: the page's (src/app/global.css) as far as a graphic has them. */
export const GRAPHIC_COLOURS: Record<Theme, GraphicColours> = {
  light: {
    paper: '#ffffff',
    ink: '#1a1a1a',
    mutedInk: '#3d3d3d',
    fadedInk: '#767676',
    badgeFill: '#fff4e0',
    badgeEdge: '#8a4b00',
    badgeInk: '#6b3a00',
    yearStamp: 'rgba(26,26,26,0.78)',
    captionBox: 'rgba(255,255,255,0.92)',
    captionEdge: 'rgba(0,0,0,0.2)',
    legendBox: 'rgba(255,255,255,0.85)',
    swatchEdge: 'rgba(0,0,0,0.25)',
    barEdge: 'rgba(0,0,0,0.15)',
    futureVeil: 'rgba(255,255,255,0.65)',
  },
  dark: {
    paper: '#0e141a',
    ink: '#e8eaed',
    mutedInk: '#c5cad1',
    fadedInk: '#99a0a9',
    badgeFill: '#3a2a12',
    badgeEdge: '#d9a05b',
    badgeInk: '#f5c98a',
    yearStamp: 'rgba(232,234,237,0.82)',
    captionBox: 'rgba(27,34,42,0.92)',
    captionEdge: 'rgba(255,255,255,0.25)',
    legendBox: 'rgba(27,34,42,0.85)',
    swatchEdge: 'rgba(255,255,255,0.3)',
    barEdge: 'rgba(255,255,255,0.2)',
    futureVeil: 'rgba(14,20,26,0.65)',
  },
};

type TextAlign = 'left' | 'center' | 'right';

/**
 * One drawing primitive. `D` is a path's data: SVG path data for the exports; the screen's 2D map
 * (src/lib/screenMap) draws the same items with Path2Ds built straight from projected coordinates
 * (null: nothing to draw), which the canvas renderer takes as they are.
 */
export type SceneItem<D = string> =
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
      d: D;
      fill: string | null;
      stroke?: string;
      strokeWidth?: number;
      /** A county's adcode: the SVG export writes it as data-code, so the file can be scripted. */
      code?: string;
    }
  | { kind: 'group'; id: string; clip: Rect | null; items: SceneItem<D>[] };
