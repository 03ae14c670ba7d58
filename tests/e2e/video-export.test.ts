/**
 * Animation export (issue 6): a short (2-year, 540×540) video, MP4 where this Chromium encodes
 * H.264, else WebM, and a GIF, from the Export dialog. Checks container signature, pixel size,
 * frame count and duration, that two exports of one view agree, that a frame from the middle
 * differs from the first, and that Cancel stops an export. Saves a sample frame to look at.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { artifactPath, launchChromium, waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { readGif, readMp4, readWebm } from './containers';

const baseUrl = inject('baseUrl');
const SIZE = 540;

let browser: Browser;
let page: Page;
let watch: PageWatch;
let videoFormat: 'mp4' | 'webm';

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  watch = watchPage(page);
  await page.goto(`${baseUrl}?layer=spread&year=2024&lang=zh`);
  await waitForMapReady(page);
  await page.click('[data-open="export"]');
  await page.waitForSelector('dialog.export-dialog[open]', { timeout: 30_000 });
  await page.waitForSelector('input[value="mp4"]:not([data-support="pending"])');
  await page.waitForSelector('input[value="webm"]:not([data-support="pending"])');
  const mp4 = await page.getAttribute('input[value="mp4"]', 'data-support');
  videoFormat = mp4 === 'yes' ? 'mp4' : 'webm';
  console.log(`video export format in this Chromium: ${videoFormat} (H.264 encoding ${mp4 === 'yes' ? '' : 'not '}supported)`);
});
afterAll(async () => {
  await browser?.close();
});

async function choose(options: { format: 'mp4' | 'webm' | 'gif'; size: string; start: number; end: number; secondsPerYear: string; hold: string }) {
  await page.check(`input[name="export-format"][value="${options.format}"]`);
  await page.selectOption('[data-option="size"]', { label: options.size });
  await page.selectOption('[data-option="start-year"]', { label: String(options.start) });
  await page.selectOption('[data-option="end-year"]', { label: String(options.end) });
  await page.selectOption('[data-option="seconds-per-year"]', { label: options.secondsPerYear });
  await page.selectOption('[data-option="hold-seconds"]', { label: options.hold });
}

async function exportAnimation(): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.click('[data-export="animation"]')]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

/** Two decoded frames of a file (by time for video, by index for GIF) as PNG data URLs, and how many pixels differ. */
async function compareFrames(bytes: Buffer, mime: string, first: number, middle: number) {
  return page.evaluate(
    async ({ base64, mime, first, middle }) => {
      const data = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      const grab = (source: CanvasImageSource, width: number, height: number) => {
        canvas.width = width;
        canvas.height = height;
        context.drawImage(source, 0, 0);
        return { pixels: context.getImageData(0, 0, width, height).data, png: canvas.toDataURL('image/png') };
      };
      let frames;
      if (mime === 'image/gif') {
        const decoder = new ImageDecoder({ data, type: mime });
        const at = async (index: number) => {
          const { image } = await decoder.decode({ frameIndex: index });
          const grabbed = grab(image, image.displayWidth, image.displayHeight);
          image.close();
          return grabbed;
        };
        frames = [await at(first), await at(middle)];
        decoder.close();
      } else {
        const video = document.createElement('video');
        video.muted = true;
        video.src = URL.createObjectURL(new Blob([data], { type: mime }));
        await new Promise((resolve, reject) => ((video.onloadeddata = resolve), (video.onerror = () => reject(new Error(`video: ${video.error?.message}`)))));
        const at = async (seconds: number) => {
          video.currentTime = seconds;
          await new Promise((resolve) => (video.onseeked = resolve));
          return grab(video, video.videoWidth, video.videoHeight);
        };
        frames = [await at(first), await at(middle)];
        URL.revokeObjectURL(video.src);
      }
      const [a, b] = frames as [{ pixels: Uint8ClampedArray; png: string }, { pixels: Uint8ClampedArray; png: string }];
      let differing = 0;
      for (let i = 0; i < a.pixels.length; i += 4) {
        if (Math.abs(a.pixels[i]! - b.pixels[i]!) + Math.abs(a.pixels[i + 1]! - b.pixels[i + 1]!) + Math.abs(a.pixels[i + 2]! - b.pixels[i + 2]!) > 24) differing++;
      }
      return { differing, middlePng: b.png, width: canvas.width, height: canvas.height };
    },
    { base64: bytes.toString('base64'), mime, first, middle },
  );
}

function savePng(dataUrl: string, name: string) {
  writeFileSync(artifactPath(name), Buffer.from(dataUrl.replace(/^data:image\/png;base64,/, ''), 'base64'));
}

describe('video export', () => {
  // 2 years × 30 fps × 0.5 s per year, no hold: 30 frames, 1 s.
  const frameCount = 2 * 30 * 0.5;
  let first: Buffer;

  test('a 2-year 540×540 video has the container, size, frame count and duration asked for', async () => {
    await choose({ format: videoFormat, size: '小图 540 × 540', start: 2023, end: 2024, secondsPerYear: '0.5', hold: '0' });
    const { name, bytes } = await exportAnimation();
    expect(name).toBe(`beltmap-spread-2023-2024.${videoFormat}`);
    const facts = videoFormat === 'mp4' ? readMp4(bytes) : readWebm(bytes);
    expect(facts).toMatchObject({ width: SIZE, height: SIZE, frameCount });
    expect(Math.abs(facts.durationSeconds - frameCount / 30)).toBeLessThanOrEqual(1 / 30);
    first = bytes;
  });

  test('a second export of the same view has the same frames', async () => {
    const { bytes } = await exportAnimation();
    const read = videoFormat === 'mp4' ? readMp4 : readWebm;
    expect(read(bytes).frameCount).toBe(read(first).frameCount);
    expect(read(bytes).durationSeconds).toBe(read(first).durationSeconds);
  });

  test('the WebM fallback has the same frames, size and duration', async () => {
    // Chromium always encodes VP9/VP8, so the fallback can be tested here even where H.264 is there too.
    expect(await page.getAttribute('input[value="webm"]', 'data-support')).toBe('yes');
    await page.check('input[name="export-format"][value="webm"]');
    const { name, bytes } = await exportAnimation();
    expect(name).toBe('beltmap-spread-2023-2024.webm');
    const facts = readWebm(bytes);
    expect(facts).toMatchObject({ width: SIZE, height: SIZE, frameCount });
    expect(Math.abs(facts.durationSeconds - frameCount / 30)).toBeLessThanOrEqual(1 / 30);
    await page.check(`input[name="export-format"][value="${videoFormat}"]`);
  });

  test('a frame from the middle (the second year) differs from the first', async () => {
    const compared = await compareFrames(first, videoFormat === 'mp4' ? 'video/mp4' : 'video/webm', 0, 0.75);
    expect(compared.width).toBe(SIZE);
    expect(compared.differing).toBeGreaterThan(500);
    savePng(compared.middlePng, 'video-export-frame.png');
  });
});

describe('GIF export', () => {
  // 2 years × 10 fps × 0.5 s per year + 1 s hold: 20 frames of 1/10 s.
  const frameCount = 2 * 10 * 0.5 + 10;
  let first: Buffer;

  test('a 2-year 540×540 GIF has the signature, size, frame count and duration asked for', async () => {
    await choose({ format: 'gif', size: '小图 540 × 540', start: 2023, end: 2024, secondsPerYear: '0.5', hold: '1' });
    const { name, bytes } = await exportAnimation();
    expect(name).toBe('beltmap-spread-2023-2024.gif');
    const facts = readGif(bytes);
    expect(facts).toMatchObject({ width: SIZE, height: SIZE, frameCount });
    expect(facts.delays.every((delay) => delay === 10)).toBe(true);
    expect(Math.abs(facts.durationSeconds - frameCount / 10)).toBeLessThanOrEqual(1 / 10);
    first = bytes;
  });

  test('a second export of the same view is the same file', async () => {
    const { bytes } = await exportAnimation();
    expect(readGif(bytes).frameCount).toBe(frameCount);
    expect(bytes.equals(first)).toBe(true);
  });

  test('a frame from the middle differs from the first', async () => {
    const compared = await compareFrames(first, 'image/gif', 0, frameCount / 2);
    expect(compared.differing).toBeGreaterThan(500);
    savePng(compared.middlePng, 'gif-export-frame.png');
  });
});

describe('story export', () => {
  const story = JSON.parse(readFileSync('static/stories/bai-yi-spread.json', 'utf8')) as { steps: { year: number }[] };

  test('the shipped story exports as a GIF: one run of frames per step, captions drawn', async () => {
    await page.selectOption('[data-option="content"]', 'bai-yi-spread');
    await page.check('input[name="export-format"][value="gif"]');
    await page.selectOption('[data-option="size"]', { label: '小图 540 × 540' });
    await page.selectOption('[data-option="seconds-per-step"]', { label: '2' });
    await page.selectOption('[data-option="hold-seconds"]', { label: '0' });
    const { name, bytes } = await exportAnimation();
    const years = story.steps.map((s) => s.year);
    expect(name).toBe(`beltmap-story-bai-yi-spread-${years[0]}-${years[years.length - 1]}.gif`);
    const facts = readGif(bytes);
    expect(facts).toMatchObject({ width: SIZE, height: SIZE, frameCount: story.steps.length * 2 * 10 });
    // the middle of step 3 against the first frame of step 1: another year, camera and caption
    const compared = await compareFrames(bytes, 'image/gif', 0, 2 * 20 + 10);
    expect(compared.differing).toBeGreaterThan(500);
    savePng(compared.middlePng, 'story-export-frame.png');
    await page.selectOption('[data-option="content"]', 'view');
  });
});

describe('cancel', () => {
  test('Cancel (focused when the export starts) stops it, shows the progress until then, saves nothing and gives the focus back', async () => {
    await choose({ format: 'gif', size: '方形 1080 × 1080', start: 2018, end: 2024, secondsPerYear: '3', hold: '5' });
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('[data-export="animation"]');
    await page.waitForFunction(() => Number(document.querySelector('dialog.export-dialog progress')?.getAttribute('value')) >= 2, null, {
      timeout: 60_000,
    });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-export'));
    expect(await focused()).toBe('cancel');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-status="cancelled"]', { timeout: 30_000 });
    expect(await page.$('dialog.export-dialog progress')).toBeNull();
    expect(await focused()).toBe('animation');
    expect(downloads).toBe(0);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
  });
});
