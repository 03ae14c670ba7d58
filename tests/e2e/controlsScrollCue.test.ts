/**
 * The controls panel on a laptop screen: it scrolls under its sticky legend, and no control may
 * read as cut off without a cue. Every control is either wholly in the clear part of the panel
 * (above the legend) or wholly out of it, or else the fade above the legend shows that the panel
 * goes on; scrolled to its end, nothing is hidden and the fade is gone. In Chinese and English at
 * 1280×800, where 年份对比 used to sit half under the legend. Screenshots go to tests/artifacts/.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openAtlas } from './atlasPage';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface PanelReading {
  /** Whether the panel has more than it shows. */
  scrolls: boolean;
  /** The texts of the controls partly under the legend or the panel's edges. */
  cut: string[];
  /** The fade above the legend is drawn. */
  isCueShown: boolean;
}

function readPanel(page: Page): Promise<PanelReading> {
  return page.evaluate(() => {
    const controls = document.querySelector<HTMLElement>('.app > .controls')!;
    const legend = controls.querySelector<HTMLElement>(':scope > .legend');
    const box = controls.getBoundingClientRect();
    const clearTop = box.top;
    const clearBottom = legend ? legend.getBoundingClientRect().top : box.bottom;
    const cut: string[] = [];
    for (const control of controls.querySelectorAll<HTMLElement>('input, select, button, a, label, textarea')) {
      // A check box is read with its label; what the legend holds is the legend's.
      if (legend?.contains(control) || (control.tagName === 'INPUT' && control.closest('label'))) continue;
      const rect = control.getBoundingClientRect();
      // Visually hidden inputs (a segmented choice's radios) are shown by their labels.
      if (rect.width < 2 || rect.height < 2) continue;
      const isCut = (rect.top < clearBottom - 0.5 && rect.bottom > clearBottom + 0.5) || (rect.top < clearTop - 0.5 && rect.bottom > clearTop + 0.5);
      if (isCut) cut.push((control.innerText || control.getAttribute('aria-label') || control.tagName).trim());
    }
    const fade = legend ? getComputedStyle(legend, '::before') : null;
    return {
      scrolls: controls.scrollHeight > controls.clientHeight,
      cut,
      isCueShown: controls.classList.contains('continuing') && !!fade && fade.content !== 'none' && fade.backgroundImage.includes('gradient'),
    };
  });
}

describe('the controls panel at 1280×800 shows where it goes on', () => {
  test.each([
    { lang: 'zh', query: '' },
    { lang: 'en', query: '?lang=en' },
  ])('$lang: every control is whole or the fade says the panel scrolls', async ({ lang, query }) => {
    const { page, watch } = await openAtlas(browser, query, { width: 1280, height: 800 });
    // Rankings fill in after the map: wait until the panel has all it will show.
    await page.locator('.app > .controls .links').waitFor();
    const top = await readPanel(page);
    await page.screenshot({ path: artifactPath(`controls-cue-${lang}-1280.png`) });
    expect(top.scrolls).toBe(true);
    if (top.cut.length > 0) expect(top).toMatchObject({ isCueShown: true });

    await page.locator('.app > .controls').evaluate((controls) => controls.scrollTo({ top: controls.scrollHeight }));
    await expect.poll(() => readPanel(page)).toEqual({ scrolls: true, cut: [], isCueShown: false });
    await page.screenshot({ path: artifactPath(`controls-cue-${lang}-1280-end.png`) });
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('zh: 年份对比, half under the legend at the top, is faded out', async () => {
    const { page } = await openAtlas(browser, '', { width: 1280, height: 800 });
    await page.locator('.app > .controls .links').waitFor();
    await expect.poll(() => readPanel(page)).toEqual({ scrolls: true, cut: ['年份对比'], isCueShown: true });
    await page.close();
  });
});
