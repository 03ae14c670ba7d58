/**
 * Reading what the map painted, for the browser tests that check a county's colour against its
 * legend swatch: a screen pixel (from a screenshot: the WebGL buffer is not kept between frames),
 * the map's centre, the distance between two colours, and the tooltip of the county at the centre.
 */
import type { Page } from 'playwright-core';

/** The RGB of one screen pixel. */
export async function pixelAt(page: Page, x: number, y: number): Promise<[number, number, number]> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
    return [r!, g!, b!] as [number, number, number];
  }, png.toString('base64'));
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
