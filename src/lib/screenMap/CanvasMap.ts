/**
 * The map as a still picture on a 2D canvas, drawn by the export's renderer and scene (export/
 * composition.ts batchedMapItems: the counties one path per fill colour, their borders one path;
 * mapOverlayScene.ts) from the same geometry, camera (cartography/camera.ts
 * openingCamera) and county colours as the interactive map, its paths Path2Ds built straight from
 * projected coordinates (mapShapes.ts), with the 南海诸岛 inset: the first
 * paint, shown while MapLibre and deck.gl load and start, and the map itself where WebGL is
 * missing or lost. It takes no input itself: hover and click over it are answered by
 * picturePointer.ts (ScreenMap), from drawnView; the camera is the interactive map's.
 */
import type { Atlas } from '../domain/atlas';
import type { CameraView } from '../state/camera';
import type { MapDrawModel } from '../view/drawModel';
import { openingCamera, type FirstViewPadding } from '../cartography/camera';
import type { Rect } from '../cartography/mapPaths';
import { screenProjection } from '../cartography/mapProjection';
import { provinceLabels, type ProvinceLabel } from '../cartography/provinceLabels';
import { batchedMapItems, type CountyFill } from '../export/composition';
import { mapOverlay, overlayItems } from '../export/mapOverlayScene';
import { SceneRenderer } from '../export/renderCanvas';
import { colouringKey } from '../map/mapSignals';
import { CanvasInset } from './canvasInset';
import { canvasContext, fitCanvas } from './canvas2d';
import { buildMainMapShapes, countyLayer, type ScreenMapShapes } from './mapShapes';

export interface CanvasMapOptions {
  /** Space in CSS pixels kept free around China in the first view, as the interactive map keeps it. */
  fitPadding?: FirstViewPadding;
  /** Where the camera starts (a permalink's view); without it China is fitted. */
  initialView?: CameraView | null;
}

/** What the picture shows: the first paint (until the interactive map is drawn), the map itself, or nothing but the inset. */
type Role = 'first-paint' | 'map' | 'hidden';

/** The fields of a draw model the picture shows: a model differing only elsewhere is not drawn again. */
function pictureKey(model: MapDrawModel): unknown[] {
  return [model.countyColours, model.lang, model.level, model.selectedCode, model.spreadCentres, model.year, model.theme];
}

export class CanvasMap {
  readonly #container: HTMLElement;
  readonly #canvas: HTMLCanvasElement;
  readonly #inset: CanvasInset;
  readonly #geometry: Atlas['geometry'];
  readonly #labels: ProvinceLabel[];
  readonly #fitPadding: FirstViewPadding;
  readonly #resizeObserver: ResizeObserver;
  /** The camera asked for; null fits China. */
  #camera: CameraView | null;
  #role: Role = 'first-paint';
  #model: MapDrawModel | null = null;
  /** The paths of the last picture, for its size, camera and places. */
  #drawn: { key: string; box: Rect; camera: CameraView; paths: ScreenMapShapes } | null = null;
  /** The counties of the last picture, for its paths and colours. */
  #counties: { paths: ScreenMapShapes; colours: Uint8Array; fills: CountyFill<Path2D>[]; borders: Path2D } | null = null;
  readonly #renderer = new SceneRenderer();
  #resizeFrame: number | undefined;

  constructor(container: HTMLElement, atlas: Pick<Atlas, 'geometry' | 'counties'>, options: CanvasMapOptions = {}) {
    this.#container = container;
    this.#geometry = atlas.geometry;
    this.#labels = provinceLabels(atlas.counties.provinceTable);
    this.#fitPadding = options.fitPadding ?? {};
    this.#camera = options.initialView ?? null;
    this.#canvas = document.createElement('canvas');
    this.#canvas.className = 'beltmap-canvas-map';
    this.#canvas.setAttribute('aria-hidden', 'true');
    // Over MapLibre's canvas, which shows an incomplete map until the interactive map is ready.
    Object.assign(this.#canvas.style, {
      position: 'absolute',
      inset: '0',
      width: '100%',
      height: '100%',
      zIndex: '1',
      pointerEvents: 'none',
    } satisfies Partial<CSSStyleDeclaration>);
    container.append(this.#canvas);
    this.#inset = new CanvasInset(container, atlas.geometry);
    this.#resizeObserver = new ResizeObserver(() => {
      if (this.#role === 'hidden' || this.#resizeFrame !== undefined) return;
      this.#resizeFrame = requestAnimationFrame(() => {
        this.#resizeFrame = undefined;
        const { clientWidth, clientHeight } = this.#container;
        if (this.#drawn?.box.width !== clientWidth || this.#drawn.box.height !== clientHeight) this.#draw();
      });
    });
    this.#resizeObserver.observe(container);
  }

  /** Draws `model`: the picture while it is shown, the inset always. */
  update(model: MapDrawModel): void {
    const previous = this.#model;
    this.#model = model;
    this.#inset.update(model.lang, model.countyColours, model.theme);
    const shown = previous && pictureKey(previous);
    const isSame = shown !== null && pictureKey(model).every((value, i) => value === shown[i]);
    if (!isSame) this.#draw();
  }

  /** The box and camera of the picture on screen, or null while none is shown. */
  get drawnView(): { readonly box: Rect; readonly camera: CameraView } | null {
    return this.#drawn;
  }

  /** The interactive map has drawn its first frame in the same place: the picture goes (the inset stays). */
  hide(): void {
    this.#role = 'hidden';
    this.#canvas.hidden = true;
    this.#canvas.width = 0;
    this.#canvas.height = 0;
    this.#drawn = null;
    this.#counties = null;
  }

  /** The picture is the map from now on (no WebGL, or its context was lost), at `camera` (null fits China). */
  showAsMap(camera: CameraView | null): void {
    this.#role = 'map';
    this.#camera = camera;
    this.#canvas.hidden = false;
    this.#container.dataset.state = 'static';
    this.#draw();
  }

  destroy(): void {
    this.#resizeObserver.disconnect();
    if (this.#resizeFrame !== undefined) cancelAnimationFrame(this.#resizeFrame);
    this.#inset.destroy();
    this.#canvas.remove();
    delete this.#container.dataset.firstPaint;
  }

  #draw(): void {
    const model = this.#model;
    // Hidden: no size read, which would force a layout in every year step's task.
    if (!model || this.#role === 'hidden') return;
    const { clientWidth: width, clientHeight: height } = this.#container;
    if (width === 0 || height === 0) return;
    const camera = openingCamera(width, height, this.#camera, this.#fitPadding);
    const key = JSON.stringify([width, height, camera, model.level, model.selectedCode]);
    if (this.#drawn?.key !== key) {
      const box = { x: 0, y: 0, width, height };
      const exportCamera = { ...camera, viewportWidth: width, viewportHeight: height };
      const paths = buildMainMapShapes(this.#geometry, box, exportCamera, { level: model.level, selectedPlaceCode: model.selectedCode });
      this.#drawn = { key, box, camera, paths };
    }
    const { box, paths } = this.#drawn;
    const overlay = mapOverlay(screenProjection(box, this.#drawn.camera), box, {
      zoom: paths.zoom,
      unit: 1,
      lang: model.lang,
      labels: this.#labels,
      centres: model.spreadCentres,
      year: model.year,
    });
    const pixelRatio = window.devicePixelRatio || 1;
    fitCanvas(this.#canvas, width, height, pixelRatio);
    const context = canvasContext(this.#canvas);
    if (!context) return;
    if (this.#counties?.paths !== paths || this.#counties.colours !== model.countyColours) {
      this.#counties = { paths, colours: model.countyColours, ...countyLayer(this.#geometry, paths.countiesInView, model.countyColours, paths.frame) };
    }
    const mapScene = batchedMapItems(box, paths, this.#counties.fills, this.#counties.borders, model.theme);
    this.#renderer.render(context, [...mapScene, ...overlayItems(1, overlay, model.theme)], pixelRatio);
    this.#container.dataset.firstPaint = 'done';
    if (this.#role === 'map') {
      this.#container.dataset.year = String(model.year);
      this.#container.dataset.colourKey = colouringKey(model);
    }
  }
}
