import type { Page } from 'playwright-core';

/**
 * Hovers the map's centre until the tooltip names `name` (the camera may still be flying there) and
 * returns the tooltip's rows as label → value. For the table and comparison tests, which compare
 * what the tooltip says with their own numbers.
 */
export async function tooltipRowsAtCentre(page: Page, name: string): Promise<Map<string, string>> {
  const box = (await page.locator('.map-canvas').boundingBox())!;
  const x = Math.round(box.x + box.width / 2);
  const y = Math.round(box.y + box.height / 2);
  const tooltip = page.getByTestId('county-tooltip');
  for (let attempt = 0; attempt < 40; attempt++) {
    await page.mouse.move(x + (attempt % 2), y);
    if ((await tooltip.isVisible()) && (await tooltip.locator('.title').innerText()) === name) {
      const rows = await tooltip.locator('dt').evaluateAll((terms) =>
        terms.map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? ''] as [string, string]),
      );
      return new Map(rows);
    }
    await page.waitForTimeout(500);
  }
  throw new Error(`the tooltip at the map centre never named ${name}`);
}
