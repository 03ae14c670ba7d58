/**
 * The 南海诸岛 inset: a small framed box in a lower corner of the map showing the South China Sea
 * islands and the boundary dashes at a fixed scale, its counties coloured like the main map. It
 * is drawn on a 2D canvas by the export's renderer (export/composition.ts insetItems), from the
 * first paint on: it has a fixed scale and takes no input, so the interactive map has nothing to
 * add to it, and a second WebGL context would cost a second map's start-up.
 * Position and size come from CSS custom properties on the map container, so the UI can move it
 * clear of its own panels: --inset-right, --inset-bottom, --inset-width, --inset-height.
 * Its element carries data-inset-state="ready" once its counties have been drawn.
 */
import type { AtlasGeometry } from '../domain/atlas';
import { BASE_COLOURS, LABEL_FONT_FAMILY } from '../cartography/baseStyle';
import type { Theme } from '../state/theme';
import type { InsetPaths } from '../cartography/mapPaths';
import { insetItems } from '../export/composition';
import { SceneRenderer } from '../export/renderCanvas';
import { canvasContext, fitCanvas } from './canvas2d';
import { buildInsetShapes, type ShapePath } from './mapShapes';

const INSET_TITLE = { zh: '南海诸岛', en: 'South China Sea Islands' } as const;

/** The inset's size without the custom properties: a width from the window's, a fixed shape, a margin from the map's corner. */
export const INSET_BOX = { minWidthPx: 84, widthVw: 11, maxWidthPx: 124, heightPerWidth: 1.36, marginPx: 10 } as const;
const DEFAULT_WIDTH = `clamp(${INSET_BOX.minWidthPx}px, ${INSET_BOX.widthVw}vw, ${INSET_BOX.maxWidthPx}px)`;

/** The inset's width and height in CSS pixels in a window `windowWidth` wide (DEFAULT_WIDTH's clamp). */
export function insetSize(windowWidth: number): { width: number; height: number } {
  const width = Math.min(INSET_BOX.maxWidthPx, Math.max(INSET_BOX.minWidthPx, (windowWidth * INSET_BOX.widthVw) / 100));
  return { width, height: width * INSET_BOX.heightPerWidth };
}

export class CanvasInset {
  readonly #element: HTMLDivElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #title: HTMLDivElement;
  readonly #geometry: AtlasGeometry;
  readonly #resizeObserver: ResizeObserver;
  /** The paths for the element's size in CSS pixels. */
  #drawn: { width: number; height: number; paths: InsetPaths<ShapePath> } | null = null;
  /**
   * The element's inner size as last laid out (read at the first draw, then in the resize
   * observer's callback, where the layout is fresh): a year step reading it would force a layout
   * of the page's changes in its own task.
   */
  #size: { width: number; height: number } | null = null;
  readonly #renderer = new SceneRenderer();
  #lang: 'zh' | 'en' | null = null;
  #colours: Uint8Array | null = null;
  #theme: Theme | null = null;
  /** The colours on the canvas; a step that leaves the inset's own counties' colours as they are is not drawn again. */
  #drawnColours: Uint8Array | null = null;

  constructor(parent: HTMLElement, geometry: AtlasGeometry) {
    this.#geometry = geometry;
    this.#element = document.createElement('div');
    this.#element.className = 'beltmap-inset';
    this.#element.dataset.insetState = 'loading';
    // A picture of the same data as the main map: hidden from screen readers.
    this.#element.setAttribute('aria-hidden', 'true');
    Object.assign(this.#element.style, {
      position: 'absolute',
      right: `var(--inset-right, ${INSET_BOX.marginPx}px)`,
      bottom: `var(--inset-bottom, ${INSET_BOX.marginPx}px)`,
      width: `var(--inset-width, ${DEFAULT_WIDTH})`,
      height: `var(--inset-height, calc(var(--inset-width, ${DEFAULT_WIDTH}) * ${INSET_BOX.heightPerWidth}))`,
      boxSizing: 'border-box',
      overflow: 'hidden',
      zIndex: '2',
      pointerEvents: 'none',
    } satisfies Partial<CSSStyleDeclaration>);
    this.#canvas = document.createElement('canvas');
    Object.assign(this.#canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%' } satisfies Partial<CSSStyleDeclaration>);
    this.#title = document.createElement('div');
    this.#title.className = 'beltmap-inset-title';
    Object.assign(this.#title.style, {
      position: 'absolute',
      left: '0',
      right: '0',
      bottom: '2px',
      textAlign: 'center',
      font: `10px/1.2 ${LABEL_FONT_FAMILY}`,
    } satisfies Partial<CSSStyleDeclaration>);
    this.#element.append(this.#canvas, this.#title);
    parent.append(this.#element);
    // Also called once at first: drawn already at that size, nothing is redrawn.
    this.#resizeObserver = new ResizeObserver(() => {
      const size = this.#measure();
      if (this.#drawn?.width !== size.width || this.#drawn.height !== size.height) this.#draw();
    });
    this.#resizeObserver.observe(this.#element);
  }

  /** Draws `colours` (RGBA bytes per county, countyFill.countyColours) and the title in `lang`, on the base map of `theme`. */
  update(lang: 'zh' | 'en', colours: Uint8Array, theme: Theme): void {
    if (lang !== this.#lang) {
      this.#lang = lang;
      this.#title.textContent = INSET_TITLE[lang];
    }
    if (colours === this.#colours && theme === this.#theme) return;
    if (theme !== this.#theme) {
      const base = BASE_COLOURS[theme];
      Object.assign(this.#element.style, { background: base.sea, border: `1px solid ${base.nationBorder}` });
      this.#title.style.color = base.nationBorder;
    }
    const isThemeSame = theme === this.#theme;
    this.#colours = colours;
    this.#theme = theme;
    if (isThemeSame && this.#drawnColours && this.#drawn && sameColoursAt(this.#drawn.paths.counties, this.#drawnColours, colours)) return;
    this.#draw();
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    this.#element.remove();
  }

  #draw(): void {
    const colours = this.#colours;
    const theme = this.#theme ?? 'light';
    // The border is drawn by the element; the map fills what is inside it.
    const { width, height } = this.#size ?? this.#measure();
    if (!colours || width === 0 || height === 0) return;
    if (this.#drawn?.width !== width || this.#drawn.height !== height) {
      this.#drawn = { width, height, paths: buildInsetShapes(this.#geometry, { x: 0, y: 0, width, height }) };
    }
    const pixelRatio = window.devicePixelRatio || 1;
    fitCanvas(this.#canvas, width, height, pixelRatio);
    const context = canvasContext(this.#canvas);
    if (!context) return;
    this.#renderer.render(context, insetItems({ x: 0, y: 0, width, height }, this.#drawn.paths, colours, 1, theme), pixelRatio);
    this.#drawnColours = colours;
    this.#element.dataset.insetState = 'ready';
  }

  #measure(): { width: number; height: number } {
    this.#size = { width: this.#element.clientWidth, height: this.#element.clientHeight };
    return this.#size;
  }
}

/** Whether the counties drawn have the same RGBA bytes in `a` and `b` (county colour tables). */
export function sameColoursAt(counties: readonly { index: number }[], a: Uint8Array, b: Uint8Array): boolean {
  for (const { index } of counties) {
    const at = index * 4;
    if (a[at] !== b[at] || a[at + 1] !== b[at + 1] || a[at + 2] !== b[at + 2] || a[at + 3] !== b[at + 3]) return false;
  }
  return true;
}
