/**
 * Reading what the map painted, for the browser tests that check a county's colour against its
 * legend swatch: a PNG (a screenshot, an exported picture) decoded into its pixels, a screen pixel
 * (from a screenshot: the WebGL buffer is not kept between frames), the map's centre, the distance
 * between two colours, and the tooltip of the county at the centre.
 */
import type { Page } from 'playwright-core';

/** A decoded PNG: its size and its pixels, 4 bytes (RGBA) each, row by row. */
export interface DecodedPng {
  width: number;
  height: number;
  rgba: Uint8Array;
}

/**
 * Decodes a PNG in the page, as the browser shows it (the test process has no PNG decoder). The
 * pixels come back as base64: a JSON array of a screenshot's millions of numbers would be slow.
 */
export async function decodePng(page: Page, png: Buffer): Promise<DecodedPng> {
  const { width, height, base64 } = await page.evaluate(async (source) => {
    const image = new Image();
    image.src = `data:image/png;base64,${source}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, image.width, image.height);
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: image.width, height: image.height, base64: btoa(binary) };
  }, png.toString('base64'));
  return { width, height, rgba: new Uint8Array(Buffer.from(base64, 'base64')) };
}

/** The RGB of the pixel at (x, y) of a decoded PNG. */
export function rgbAt(image: DecodedPng, x: number, y: number): [number, number, number] {
  const i = (y * image.width + x) * 4;
  return [image.rgba[i]!, image.rgba[i + 1]!, image.rgba[i + 2]!];
}

/** The RGB of one screen pixel. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  return rgbAt(await decodePng(page, await page.screenshot({ clip: { x, y, width: 1, height: 1 } })), 0, 0);
}

export function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** The largest difference of one channel. */
export function colourDistance(a: readonly number[], b: readonly number[]): number {
  return Math.max(...a.map((channel, i) => Math.abs(channel - b[i]!)));
}

/** Centre of the map container, in page pixels. */
export async function mapCentre(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  return { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) };
}

/** Hovers the map centre until the county tooltip names `name` (the camera may still be settling); returns its text. */
export async function tooltipAtCentre(page: Page, name: string): Promise<string> {
  const centre = await mapCentre(page);
  const tooltip = page.getByTestId('county-tooltip');
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.mouse.move(centre.x + (attempt % 2), centre.y);
    const text = (await tooltip.isVisible()) ? await tooltip.innerText() : '';
    if (text.includes(name)) return text;
    await page.waitForTimeout(500);
  }
  throw new Error(`the tooltip at the map centre never named ${name}`);
}
