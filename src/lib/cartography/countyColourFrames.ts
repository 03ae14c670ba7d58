/**
 * County colours as "frames" for the GPU: a from- and a to-colour per county and the time span
 * of the fade between them. deck.gl's own attribute transitions read the whole per-vertex colour
 * buffer back from the GPU at the start of every transition when polygons have varying vertex
 * counts (gpu-transition-utils padBuffer): a stall of seconds per year step under SwiftShader.
 * Fading between two small colour tables in the shader costs one pass over the ~2,900 counties
 * per step instead, and nothing per animation frame. Pure: no deck.gl, no DOM.
 */
export interface CountyColourFrame {
  /** RGBA bytes per county slot, the colours the fade starts from. */
  from: Uint8Array;
  /** RGBA bytes per county slot, the colours it ends at. */
  to: Uint8Array;
  /** performance.now() at the start of the fade. */
  startMs: number;
  /** Length of the fade; 0 shows `to` at once. */
  durationMs: number;
}

/** How far a frame's fade has got at `nowMs`, from 0 (from) to 1 (to). */
export function fadeProgress(frame: Pick<CountyColourFrame, 'startMs' | 'durationMs'>, nowMs: number): number {
  if (frame.durationMs <= 0) return 1;
  return Math.min(1, Math.max(0, (nowMs - frame.startMs) / frame.durationMs));
}

/** The colours shown at `nowMs`, as the shader mixes them (rounded to bytes). */
export function coloursAt(frame: CountyColourFrame, nowMs: number): Uint8Array {
  const t = fadeProgress(frame, nowMs);
  if (t >= 1) return frame.to;
  const shown = new Uint8Array(frame.to.length);
  for (let i = 0; i < shown.length; i++) {
    shown[i] = Math.round((frame.from[i] as number) + ((frame.to[i] as number) - (frame.from[i] as number)) * t);
  }
  return shown;
}

/**
 * The next frame when the colouring changes: it fades from what is on screen at `nowMs` (so a
 * change in the middle of a fade does not jump) to the new colours. The first frame has nothing
 * to fade from and shows its colours at once.
 */
export function nextColourFrame(
  previous: CountyColourFrame | null,
  colours: Uint8Array,
  durationMs: number,
  nowMs: number,
): CountyColourFrame {
  if (!previous) return { from: colours, to: colours, startMs: nowMs, durationMs: 0 };
  return { from: coloursAt(previous, nowMs), to: colours, startMs: nowMs, durationMs };
}
