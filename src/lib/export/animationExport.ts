/**
 * Animation export: the frames of graphicFrames.ts rendered one by one into an off-screen canvas
 * and encoded, MP4 (H.264) or WebM (VP9, VP8) through WebCodecs and a muxer, or GIF through
 * gifenc. Frame times come from the frame schedule, never from a clock. Cancelling (the signal)
 * closes the encoder and frees the canvas; nothing is fetched from anywhere.
 */
import { applyPalette, GIFEncoder, quantize, type Palette } from 'gifenc';
import { ArrayBufferTarget as Mp4Target, Muxer as Mp4Muxer } from 'mp4-muxer';
import { ArrayBufferTarget as WebmTarget, Muxer as WebmMuxer } from 'webm-muxer';
import type { FrameSchedule } from './frameSchedule';
import type { FrameSource } from './graphicFrames';
import { SceneRenderer } from './renderCanvas';
import { setWebmDuration } from './webmDuration';

export type AnimationFormat = 'mp4' | 'webm' | 'gif';

/** Frame rates: video at 30 fps; GIF at 10 fps, since GIF frame times are whole 1/100 s and its files grow with every frame. */
export const FRAMES_PER_SECOND: Record<AnimationFormat, number> = { mp4: 30, webm: 30, gif: 10 };

/** Pixels the GIF palette is quantized from: enough for every colour of the run, few enough to be quick. */
const PALETTE_SAMPLE_PIXELS = 2_000_000;

const MIME_TYPES: Record<AnimationFormat, string> = { mp4: 'video/mp4', webm: 'video/webm', gif: 'image/gif' };

/** Candidate WebCodecs configurations per container, best first: H.264 High, Main, Baseline; VP9, VP8. */
const VIDEO_CODECS = {
  mp4: ['avc1.640028', 'avc1.4d0028', 'avc1.42002a'],
  webm: ['vp09.00.40.08', 'vp8'],
} as const;

type VideoFormat = keyof typeof VIDEO_CODECS;

function videoConfig(codec: string, width: number, height: number, framesPerSecond: number): VideoEncoderConfig {
  return {
    codec,
    width,
    height,
    framerate: framesPerSecond,
    // Flat colour areas and sharp borders: about 0.12 bits per pixel keeps the text crisp.
    bitrate: Math.round(width * height * framesPerSecond * 0.12),
    ...(codec.startsWith('avc1') ? { avc: { format: 'avc' as const } } : {}),
  };
}

/** The first codec of the format that this browser can encode at this size, or null. */
export async function supportedVideoConfig(format: VideoFormat, width: number, height: number): Promise<VideoEncoderConfig | null> {
  if (typeof VideoEncoder === 'undefined') return null;
  for (const codec of VIDEO_CODECS[format]) {
    const config = videoConfig(codec, width, height, FRAMES_PER_SECOND[format]);
    try {
      const support = await VideoEncoder.isConfigSupported(config);
      if (support.supported) return config;
    } catch {
      // A codec string this browser does not parse is as good as unsupported.
    }
  }
  return null;
}

export interface AnimationJob {
  frames: FrameSource;
  schedule: FrameSchedule;
  format: AnimationFormat;
  signal: AbortSignal;
  /** Called after each frame with the number of frames done. */
  onProgress?: (framesDone: number) => void;
}

function abortError(): DOMException {
  return new DOMException('The export was cancelled', 'AbortError');
}

/** Lets the page paint the progress bar and take a click on Cancel between frames. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function offscreenCanvas(width: number, height: number) {
  const canvas = new OffscreenCanvas(width, height);
  const context = canvas.getContext('2d', { alpha: false, willReadFrequently: true });
  if (!context) throw new Error('this browser gives no 2D canvas to draw the frames in');
  return { canvas, context };
}

export async function exportAnimation(job: AnimationJob): Promise<Blob> {
  const { frames, schedule, format, signal } = job;
  const { canvas, context } = offscreenCanvas(frames.width, frames.height);
  const renderer = new SceneRenderer();
  const drawFrame = (index: number) => {
    const frame = schedule.frame(index);
    renderer.render(context, frames.scene(frame.yearIndex, frame.fade), 1);
    return frame;
  };
  try {
    return format === 'gif'
      ? await encodeGif(job, canvas, context, drawFrame)
      : await encodeVideo(job, format, canvas, drawFrame);
  } finally {
    canvas.width = 0;
    canvas.height = 0;
  }
}

async function encodeVideo(
  job: AnimationJob,
  format: VideoFormat,
  canvas: OffscreenCanvas,
  drawFrame: (index: number) => ReturnType<FrameSchedule['frame']>,
): Promise<Blob> {
  const { frames, schedule, signal, onProgress } = job;
  const { width, height } = frames;
  const config = await supportedVideoConfig(format, width, height);
  if (!config) throw new Error(`this browser cannot encode ${format === 'mp4' ? 'H.264 (MP4)' : 'VP9 or VP8 (WebM)'} video at ${width}×${height}`);
  const fps = FRAMES_PER_SECOND[format];
  const muxer =
    format === 'mp4'
      ? new Mp4Muxer({ target: new Mp4Target(), video: { codec: 'avc', width, height, frameRate: fps }, fastStart: 'in-memory' })
      : new WebmMuxer({ target: new WebmTarget(), video: { codec: config.codec.startsWith('vp8') ? 'V_VP8' : 'V_VP9', width, height, frameRate: fps } });
  let failure: Error | null = null;
  const encoder = new VideoEncoder({
    output: (chunk, metadata) => muxer.addVideoChunk(chunk, metadata),
    error: (error) => (failure = error),
  });
  try {
    encoder.configure(config);
    // A key frame every two seconds, so players can seek.
    const keyFrameInterval = fps * 2;
    for (let index = 0; index < schedule.frameCount; index++) {
      if (signal.aborted) throw abortError();
      if (failure) throw failure;
      const frame = drawFrame(index);
      const videoFrame = new VideoFrame(canvas, { timestamp: frame.timestampUs, duration: frame.durationUs });
      encoder.encode(videoFrame, { keyFrame: index % keyFrameInterval === 0 });
      videoFrame.close();
      // Back-pressure: do not run ahead of the encoder by more than a few frames.
      while (encoder.encodeQueueSize > 3 && !failure) await new Promise((resolve) => encoder.addEventListener('dequeue', resolve, { once: true }));
      onProgress?.(index + 1);
      await nextTurn();
    }
    await encoder.flush();
    if (failure) throw failure;
    muxer.finalize();
    const bytes = new Uint8Array(muxer.target.buffer);
    if (format === 'webm') setWebmDuration(bytes, schedule.durationUs / 1000);
    return new Blob([bytes], { type: MIME_TYPES[format] });
  } finally {
    if (encoder.state !== 'closed') encoder.close();
  }
}

async function encodeGif(
  job: AnimationJob,
  canvas: OffscreenCanvas,
  context: OffscreenCanvasRenderingContext2D,
  drawFrame: (index: number) => ReturnType<FrameSchedule['frame']>,
): Promise<Blob> {
  const { frames, schedule, signal, onProgress } = job;
  const { width, height } = canvas;
  const pixels = () => context.getImageData(0, 0, width, height).data;
  // One palette for the whole GIF, so colours do not flicker between frames: quantized from the
  // settled last frame of every year or step (each holds its legend colours), every few pixels.
  const yearEnds = Array.from({ length: frames.positionCount }, (_, position) => Math.min(schedule.frameCount, (position + 1) * schedule.framesPerYear) - 1);
  const stride = Math.max(1, Math.ceil((yearEnds.length * width * height) / PALETTE_SAMPLE_PIXELS));
  const sample = new Uint8ClampedArray(Math.ceil((width * height) / stride) * 4 * yearEnds.length);
  let sampled = 0;
  for (const index of yearEnds) {
    drawFrame(index);
    const rgba = pixels();
    for (let at = 0; at < rgba.length; at += stride * 4) {
      for (let channel = 0; channel < 4; channel++) sample[sampled++] = rgba[at + channel]!;
    }
  }
  const palette: Palette = quantize(sample.subarray(0, sampled), 256);
  const gif = GIFEncoder();
  for (let index = 0; index < schedule.frameCount; index++) {
    if (signal.aborted) throw abortError();
    const frame = drawFrame(index);
    gif.writeFrame(applyPalette(pixels(), palette), width, height, { palette, delay: frame.durationUs / 1000 });
    onProgress?.(index + 1);
    await nextTurn();
  }
  gif.finish();
  return new Blob([gif.bytes()], { type: MIME_TYPES.gif });
}
