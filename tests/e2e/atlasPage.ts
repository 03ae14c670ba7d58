/**
 * Opening the atlas as the browser tests' reader: a Chinese-language browser with reduced motion
 * (no colour fades, so screenshots and pixel reads see the final colours), watched for console
 * errors and requests to other origins, waiting until the interactive map is drawn.
 */
import { inject } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { waitForMapReady, watchPage, type PageWatch } from '../../scripts/lib/chromium';

export interface OpenedAtlas {
  page: Page;
  watch: PageWatch;
}

/** `query` starts with `?` (or is empty); the page is the test's to close. */
export async function openAtlas(browser: Browser, query = '', viewport = { width: 1280, height: 800 }): Promise<OpenedAtlas> {
  const page = await browser.newPage({ viewport, locale: 'zh-CN' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const watch = watchPage(page);
  await page.goto(`${inject('baseUrl')}${query}`);
  await waitForMapReady(page);
  return { page, watch };
}

/**
 * Holds back the interactive map's code (the MapView chunk) so that the 2D first paint stays the
 * map on screen; returns what lets it through. Call before the page loads the app.
 */
export async function holdInteractiveMapCode(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const isReleased = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/MapView-[^/]*\.js$/, async (route) => {
    await isReleased;
    await route.continue();
  });
  return release;
}
