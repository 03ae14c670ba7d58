/**
 * The map on the page: the 2D picture at once (CanvasMap, the first paint), then the interactive
 * map (MapView, with MapLibre and deck.gl) loaded after that picture is on screen, so that the
 * first paint neither waits for their code nor shares the network with it. The interactive map
 * starts at the picture's camera and takes its place in the frame where it is first complete
 * (data-state="ready"); without WebGL, or once its context is lost, the picture is the map
 * (data-state="static"). While the picture is the map on screen, it answers hover and click as the
 * interactive map does (picturePointer.ts, from the first paint on), so the tooltip and the county
 * panel work from then on; once the interactive map is ready, it answers them itself.
 * Same interface as MapView: update(model), flyTo, moveTo, on, destroy.
 * The container's data attributes: src/lib/map/mapSignals.ts.
 */
import type { Atlas } from '../domain/atlas';
import type { CameraRequest, CameraView } from '../state/camera';
import type { MapDrawModel } from '../view/drawModel';
import type { MapView, MapViewEvents, MapViewOptions } from '../map/MapView';
import { isWebGLAvailable } from '../map/webgl';
import { CanvasMap } from './CanvasMap';
import { MapEvents, type Listener } from '../map/mapEvents';
import { PicturePointer } from './picturePointer';


/**
 * How long the interactive map's start-up waits for a first pointer event over the picture once
 * the picture and its pointer are on screen: a reader pointing at the map at once is answered
 * first; one who does not waits this much longer for the interactive map.
 */
const POINTER_GRACE_MS = 300;

export class ScreenMap {
  readonly #container: HTMLElement;
  readonly #atlas: Atlas;
  readonly #options: MapViewOptions;
  readonly #picture: CanvasMap;
  /**
   * Hover and click over the picture, while it is the map on screen. Its code comes with the first
   * paint's (~8 KB compressed): loaded after the first paint, it started 260–460 ms later here (GPU
   * process), and the pointer's moves meanwhile went unanswered.
   */
  readonly #picturePointer: PicturePointer;
  /** The picture is the map on screen: the first paint until the interactive map is ready, or for good. */
  #isPictureShown = true;
  readonly #events = new MapEvents<MapViewEvents>();
  #map: MapView | null = null;
  #model: MapDrawModel | null = null;
  /** The camera last reported by the interactive map (null: the first view), for the picture if it has to come back. */
  #camera: CameraView | null;
  /** A camera move asked for before the interactive map is there: made once it is. */
  #pendingMove: ((map: MapView) => void) | null = null;
  readonly #loadFrame: number;
  #loadTimer: ReturnType<typeof setTimeout> | undefined;
  #graceTimer: ReturnType<typeof setTimeout> | undefined;
  #isLoadStarted = false;
  #answerFrame: number | undefined;
  #graceFrame: number | undefined;
  #isDestroyed = false;

  constructor(container: HTMLElement, atlas: Atlas, options: MapViewOptions = {}) {
    this.#container = container;
    this.#atlas = atlas;
    this.#options = options;
    this.#camera = options.initialView ?? null;
    container.dataset.state = 'loading';
    this.#picture = new CanvasMap(container, atlas, options);
    this.#picturePointer = new PicturePointer(container, atlas, () => this.#picture.drawnView, {
      hover: (hover) => this.#events.emit('hover', hover),
      click: (click) => this.#events.emit('click', click),
    });
    // A map with nothing to draw yet (no size, no model) loads after its first frame all the same.
    this.#loadFrame = requestAnimationFrame(() => this.#startLoading());
  }

  /** Draws `model` on whichever map is shown (the inset always). */
  update(model: MapDrawModel): void {
    if (this.#isDestroyed) return;
    this.#model = model;
    this.#picture.update(model);
    this.#picturePointer.update(model);
    this.#map?.update(model);
    if (this.#picture.drawnView) {
      // The picture is on screen from this frame: so is its pointer (the county lookup's index is built in a task after).
      if (this.#isPictureShown) this.#picturePointer.start();
      this.#startLoading();
    }
  }

  /** Moves the interactive map's camera to a place: a county (6-digit code), prefecture (4) or province (2). */
  flyTo(code: string): void {
    this.#move((map) => map.flyTo(code));
  }

  /** Moves the interactive map's camera to a position, or back to the whole of China; `animate` false jumps. */
  moveTo(request: CameraRequest, animate: boolean): void {
    this.#move((map) => map.moveTo(request, animate));
  }

  /** Subscribes to an event; returns the function that unsubscribes. */
  on<K extends keyof MapViewEvents>(type: K, listener: Listener<MapViewEvents[K]>): () => void {
    return this.#events.on(type, listener);
  }

  destroy(): void {
    if (this.#isDestroyed) return;
    this.#isDestroyed = true;
    cancelAnimationFrame(this.#loadFrame);
    clearTimeout(this.#loadTimer);
    clearTimeout(this.#graceTimer);
    if (this.#answerFrame !== undefined) cancelAnimationFrame(this.#answerFrame);
    if (this.#graceFrame !== undefined) cancelAnimationFrame(this.#graceFrame);
    this.#events.clear();
    this.#map?.destroy();
    this.#picturePointer.destroy();
    this.#picture.destroy();
    delete this.#container.dataset.state;
    delete this.#container.dataset.year;
    delete this.#container.dataset.colourKey;
  }

  #move(move: (map: MapView) => void): void {
    if (this.#isDestroyed) return;
    if (this.#map) move(this.#map);
    else this.#pendingMove = move;
  }

  /**
   * In the task after the first paint's (or after the first frame when there is nothing to draw),
   * the interactive map's start-up. It holds the main thread (the WebGL check 0.1–0.7 s here, then
   * its code's evaluation), and a pointer event waiting behind it is not answered until it ends: so
   * it starts once the first pointer event over the picture has been answered and shown, or after
   * POINTER_GRACE_MS and a frame without one (#graceOver).
   */
  #startLoading(): void {
    if (this.#isLoadStarted) return;
    this.#isLoadStarted = true;
    this.#loadTimer = setTimeout(() => {
      void Promise.race([this.#firstAnswerShown(), this.#graceOver()]).finally(() => this.#loadInteractiveMap());
    });
  }

  /**
   * POINTER_GRACE_MS after the first paint's task, then the next frame, then a task: pointer moves
   * are handed to the page with frames, and the frames after the first paint often wait 300–500 ms
   * on the GPU process (SwiftShader there) while the main thread is idle. A move sent meanwhile is
   * handled at the start of the next frame, before its animation-frame callbacks, so it is answered
   * before the WebGL check holds the main thread, and the answer is shown by that frame (the check
   * starts in the task after it). A reader who does not point waits one frame more for the map.
   */
  #graceOver(): Promise<void> {
    return new Promise<void>((resolve) => {
      this.#graceTimer = setTimeout(() => {
        this.#graceFrame = requestAnimationFrame(() => (this.#graceTimer = setTimeout(resolve)));
      }, POINTER_GRACE_MS);
    });
  }

  /** The first pointer event answered by the picture, and the frame that shows the answer. */
  async #firstAnswerShown(): Promise<void> {
    await this.#picturePointer.firstAnswer;
    await new Promise<void>((resolve) => {
      this.#answerFrame = requestAnimationFrame(() => setTimeout(resolve));
    });
  }

  async #loadInteractiveMap(): Promise<void> {
    if (this.#isDestroyed) return;
    const loading = import('../map/MapView');
    // The code downloads while the WebGL check (a throw-away context) sets up the GPU process.
    if (!isWebGLAvailable()) {
      this.#picture.showAsMap(this.#camera);
      this.#events.emit('error', { kind: 'webgl-unavailable', message: 'This browser has no WebGL' });
      return;
    }
    const { MapView } = await loading;
    if (this.#isDestroyed) return;
    const map = new MapView(this.#container, this.#atlas, { ...this.#options, initialView: this.#camera });
    this.#map = map;
    // Until it is ready the picture answers (the pointer does not reach the map under it).
    map.on('hover', (hover) => this.#events.emit('hover', hover));
    map.on('click', (click) => this.#events.emit('click', click));
    map.on('move', (camera) => {
      this.#camera = camera;
      this.#events.emit('move', camera);
    });
    map.on('ready', () => {
      this.#isPictureShown = false;
      this.#picturePointer.stop();
      this.#picture.hide();
      this.#events.emit('ready', undefined);
    });
    map.on('error', (error) => {
      if (error.kind === 'webgl-context-lost') this.#fallBackToPicture();
      this.#events.emit('error', error);
    });
    if (this.#model) map.update(this.#model);
    this.#pendingMove?.(map);
    this.#pendingMove = null;
  }

  /** The interactive map cannot draw any more: the picture takes its place, where the reader left the camera. */
  #fallBackToPicture(): void {
    this.#map?.destroy();
    this.#map = null;
    this.#picture.showAsMap(this.#camera);
    this.#isPictureShown = true;
    this.#picturePointer.start();
  }
}
