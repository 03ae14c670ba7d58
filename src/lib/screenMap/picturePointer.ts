/**
 * The pointer over the 2D picture of the map (CanvasMap): hover and click answered as the
 * interactive map answers them (MapView's `hover` and `click` events, the same MapHover), and the
 * place under the pointer marked as MapView marks it (map/placeHighlight.ts: the county lit, or at
 * the prefecture and province levels the area filled and outlined), on a canvas of its own laid
 * over the picture, so that a hover draws one place, not the whole map again. ScreenMap starts it
 * while the picture is the map on screen: from the first paint until the interactive map is drawn,
 * and for good without WebGL.
 *
 * That canvas also takes the pointer while it is started: MapLibre, still loading under the
 * picture, then sees no moves (deck.gl would pick under each one, and a drag would move a camera
 * nobody sees yet). The county under the pointer comes from cartography/countyLocator.ts, built in
 * a task after the pointer starts (or at the first pointer event, if that comes first), not on the
 * first paint's path. Both the lookup and the lit county use the counties' projected shapes made
 * for the picture (topologyShapes.ts), not their GeoJSON, and so does an outlined prefecture or
 * province (the highlight's feature, map/placeFeatures.ts, names it): at the county level the
 * pointer decodes no GeoJSON, and the first paint's code needs no GeoJSON path writer.
 */
import type { Atlas } from '../domain/atlas';
import type { CameraView } from '../state/camera';
import type { MapDrawModel, MapHover } from '../view/drawModel';
import { OVERLAY_COLOURS } from '../cartography/baseStyle';
import { CountyLocator } from '../cartography/countyLocator';
import type { Rect } from '../cartography/mapPaths';
import { placeOf, screenProjection, type MapProjection } from '../cartography/mapProjection';
import { mercatorFrame } from '../cartography/mercatorShapes';
import { layerShapes } from '../cartography/topologyShapes';
import { css } from '../export/mapOverlayScene';
import { PlaceFeatures } from '../map/placeFeatures';
import { PlaceHighlight } from '../map/placeHighlight';
import { canvasContext, fitCanvas } from './canvas2d';
import { placePath } from './mapShapes';

/** Where the picture on screen was drawn: its box in CSS pixels and its camera (CanvasMap.drawnView). */
export interface PictureView {
  readonly box: Rect;
  readonly camera: CameraView;
}

export interface PicturePointerEvents {
  hover: (hover: MapHover | null) => void;
  click: (click: MapHover | null) => void;
}

/** Width of the outline of a hovered prefecture or province, in CSS pixels, as map/layers.ts hoveredAreaLayer draws it. */
const AREA_OUTLINE_WIDTH = 1.2;

export class PicturePointer {
  readonly #atlas: Pick<Atlas, 'geometry' | 'counties' | 'countyIndexByCode'>;
  readonly #viewOf: () => PictureView | null;
  readonly #emit: PicturePointerEvents;
  readonly #canvas: HTMLCanvasElement;
  readonly #resizeObserver: ResizeObserver;
  /** The counties to find and the marks to draw: built at the first pointer event. */
  #pointing: { locator: CountyLocator; highlight: PlaceHighlight } | null = null;
  /** The projection of the picture's view, kept while the view is the same object. */
  #projected: { view: PictureView; projection: MapProjection } | null = null;
  #model: Pick<MapDrawModel, 'level' | 'selectedCode' | 'theme'> | null = null;
  #isStarted = false;
  #prepareTimer: ReturnType<typeof setTimeout> | undefined;
  #drawFrame: number | undefined;
  #answered!: () => void;
  /** Resolves once the first pointer event over the picture has been answered (ScreenMap holds the WebGL check back until then). */
  readonly firstAnswer = new Promise<void>((resolve) => {
    this.#answered = resolve;
  });

  constructor(container: HTMLElement, atlas: Pick<Atlas, 'geometry' | 'counties' | 'countyIndexByCode'>, viewOf: () => PictureView | null, emit: PicturePointerEvents) {
    this.#atlas = atlas;
    this.#viewOf = viewOf;
    this.#emit = emit;
    this.#canvas = document.createElement('canvas');
    this.#canvas.className = 'beltmap-canvas-pointer';
    this.#canvas.setAttribute('aria-hidden', 'true');
    // Over the picture (appended after it, at its z-index), under the 南海诸岛 inset (2).
    Object.assign(this.#canvas.style, { position: 'absolute', inset: '0', width: '100%', height: '100%', zIndex: '1' } satisfies Partial<CSSStyleDeclaration>);
    this.#canvas.hidden = true;
    container.append(this.#canvas);
    // The picture is drawn again at the new size in a frame of its own (CanvasMap): the marks follow in the same frame, after it.
    this.#resizeObserver = new ResizeObserver(() => this.#scheduleDraw());
    this.#resizeObserver.observe(container);
  }

  /** The picture is the map on screen: answer the pointer. */
  start(): void {
    if (this.#isStarted) return;
    this.#isStarted = true;
    this.#canvas.hidden = false;
    this.#canvas.addEventListener('pointermove', this.#handleMove);
    // A touch has no moves before it: where it lands is the place hovered, as MapLibre's emulated mouse move tells deck.gl.
    this.#canvas.addEventListener('pointerdown', this.#handleMove);
    this.#canvas.addEventListener('pointerleave', this.#handleLeave);
    this.#canvas.addEventListener('click', this.#handleClick);
    // The county lookup's grid (4–8 ms in Node) in a task of its own, ahead of the first pointer event, which then only looks up.
    this.#prepareTimer = setTimeout(() => this.#pointingState());
    // Marks that changed while stopped (the picture back after the interactive map's context was lost).
    this.#scheduleDraw();
  }

  /** The interactive map answers from now on: the marks go, and a hover shown ends (MapView reports its own from the next move). */
  stop(): void {
    if (!this.#isStarted) return;
    this.#isStarted = false;
    this.#canvas.removeEventListener('pointermove', this.#handleMove);
    this.#canvas.removeEventListener('pointerdown', this.#handleMove);
    this.#canvas.removeEventListener('pointerleave', this.#handleLeave);
    this.#canvas.removeEventListener('click', this.#handleClick);
    this.#canvas.hidden = true;
    this.#canvas.width = 0;
    this.#canvas.height = 0;
    this.#handleLeave();
  }

  /** Follows the level, the selection and the theme drawn, and redraws the marks over a picture that may have been drawn again. */
  update(model: MapDrawModel): void {
    this.#model = model;
    this.#pointing?.highlight.show(model.level, model.selectedCode);
    this.#scheduleDraw();
  }

  destroy(): void {
    this.stop();
    clearTimeout(this.#prepareTimer);
    this.#resizeObserver.disconnect();
    if (this.#drawFrame !== undefined) cancelAnimationFrame(this.#drawFrame);
    this.#canvas.remove();
  }

  /** The projection of the picture on screen, or null while none is drawn. */
  #projection(): MapProjection | null {
    const view = this.#viewOf();
    if (!view) return null;
    if (this.#projected?.view !== view) {
      this.#projected = { view, projection: screenProjection(view.box, view.camera) };
    }
    return this.#projected.projection;
  }

  #pointingState(): { locator: CountyLocator; highlight: PlaceHighlight } {
    if (!this.#pointing) {
      const highlight = new PlaceHighlight(new PlaceFeatures(this.#atlas));
      if (this.#model) highlight.show(this.#model.level, this.#model.selectedCode);
      this.#pointing = { locator: new CountyLocator(layerShapes(this.#atlas.geometry, 'counties')), highlight };
    }
    return this.#pointing;
  }

  /** The county under the pointer, with the pointer's place in CSS pixels of the map (the canvas covers it). */
  #hoverAt(event: PointerEvent | MouseEvent): MapHover | null {
    const projection = this.#projection();
    if (!projection) return null;
    const x = event.offsetX;
    const y = event.offsetY;
    const countyIndex = this.#pointingState().locator.countyAtPixel(projection, x, y);
    return countyIndex === null ? null : { countyIndex, x, y };
  }

  // As MapView's hover: moving within a county reports each new position (the tooltip follows),
  // moving off the counties reports null once.
  readonly #handleMove = (event: PointerEvent): void => {
    const hover = this.#hoverAt(event);
    const { highlight } = this.#pointingState();
    if (hover !== null || highlight.hoveredCountyIndex !== null) {
      if (highlight.hover(hover?.countyIndex ?? null)) this.#scheduleDraw();
      this.#emit.hover(hover);
    }
    this.#answered();
  };

  readonly #handleLeave = (): void => {
    const highlight = this.#pointing?.highlight;
    if (!highlight || highlight.hoveredCountyIndex === null) return;
    if (highlight.hover(null)) this.#scheduleDraw();
    this.#emit.hover(null);
  };

  /**
   * A click or tap selects at once: the picture has no double click to wait for (the interactive
   * map waits, since there a double click zooms). The second click of a double click (detail 2)
   * is not a new selection.
   */
  readonly #handleClick = (event: MouseEvent): void => {
    if (event.detail > 1) return;
    this.#emit.click(this.#hoverAt(event));
    this.#answered();
  };

  /** Not while stopped (the interactive map answers): a year step would otherwise ask for a frame of marks never drawn. */
  #scheduleDraw(): void {
    if (this.#drawFrame !== undefined || !this.#pointing || !this.#isStarted) return;
    this.#drawFrame = requestAnimationFrame(() => {
      this.#drawFrame = undefined;
      this.#drawMarks();
    });
  }

  #drawMarks(): void {
    const highlight = this.#pointing?.highlight;
    const projection = this.#projection();
    const view = this.#viewOf();
    if (!this.#isStarted || !highlight || !projection || !view) return;
    const pixelRatio = window.devicePixelRatio || 1;
    fitCanvas(this.#canvas, view.box.width, view.box.height, pixelRatio);
    const context = canvasContext(this.#canvas);
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.#canvas.width, this.#canvas.height);
    context.setTransform(pixelRatio, 0, 0, pixelRatio, 0, 0);
    const colours = OVERLAY_COLOURS[this.#model?.theme ?? 'light'];
    const frame = mercatorFrame(projection);
    const { litCountyIndex, hoveredAreaCode } = highlight;
    if (litCountyIndex !== null) {
      context.fillStyle = css(colours.hoverHighlight);
      context.fill(placePath(this.#atlas.geometry, 'counties', litCountyIndex, frame));
    }
    const level = this.#model?.level ?? 'county';
    const place = hoveredAreaCode === null ? null : placeOf(this.#atlas.geometry, level, hoveredAreaCode);
    if (place) {
      const path = placePath(this.#atlas.geometry, place.layer, place.index, frame);
      context.fillStyle = css(colours.hoverHighlight);
      context.fill(path);
      context.lineJoin = 'round';
      context.lineWidth = AREA_OUTLINE_WIDTH;
      context.strokeStyle = css(colours.selectedOutline);
      context.stroke(path);
    }
  }
}
