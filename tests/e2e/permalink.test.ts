/**
 * Permalinks (issue 4): every URL parameter round-trips (loading a link shows that view, and the
 * address the app writes back is the link itself); deliberate changes push history entries that
 * back/forward restore, panning and playback replace the entry; a few hundred fuzzed addresses
 * (random bytes, huge numbers, unknown names, markup and quotes) load without an uncaught error,
 * leave the page working and inject nothing.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium, watchPage, type PageWatch } from '../../scripts/lib/chromium';
import { tooltipRowsAtCentre } from './placeOnMap';
import type { DatasetMeta } from '../../src/lib/domain/contract';
import { URL_PARAMS } from '../../src/lib/state/url';
// The model's seeded generator: a failing address can be reproduced from the seed printed.
import { mulberry32 } from '../../scripts/lib/sample/prng';

/** Ends with a slash. */
const baseUrl = inject('baseUrl');
const meta = JSON.parse(readFileSync('geodata/index/meta.json', 'utf8')) as DatasetMeta;
const firstYear = meta.years[0]!;
const lastYear = meta.years[meta.years.length - 1]!;
const apparel = meta.categories[0]!.id;
const MAP = '.map-canvas';
/** 义乌市's label point (geodata/index/counties.json): a view centred there shows 义乌 at the map's centre. */
const YIWU_VIEW = '120.0552,29.3007,7.5';

/** The map's first frame is drawn (also behind the table view, where it is hidden). */
async function mapDrawn(page: Page): Promise<void> {
  await page.waitForSelector(`${MAP}[data-state="ready"]`, { state: 'attached', timeout: 90_000 });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

async function open(query: string): Promise<{ page: Page; watch: PageWatch }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const watch = watchPage(page);
  await page.goto(`${baseUrl}${query}`);
  await mapDrawn(page);
  return { page, watch };
}

interface ShownView {
  lang: string;
  layer: string | null;
  level: string | null;
  display: string | null;
  year: string | null;
  category: string | null;
  panel: string | null;
  compareFrom: string | null;
  isTableShown: boolean;
  /** The table's province filter ("" for every province), or null without the table. */
  tableProvince: string | null;
  /** data-story-state of presenter mode, or null outside it. */
  presenter: string | null;
}

/** What the page shows, read from its controls (not from the app's state). */
function shownView(page: Page): Promise<ShownView> {
  return page.evaluate(() => {
    const checked = (name: string) => document.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? null;
    const compare = document.querySelector<HTMLInputElement>('fieldset.compare input[type="checkbox"]');
    return {
      lang: document.documentElement.lang,
      layer: checked('layer'),
      level: checked('level'),
      display: checked('display'),
      year: document.querySelector('.timeline [role="slider"]')?.getAttribute('aria-valuenow') ?? null,
      category: document.querySelector<HTMLSelectElement>('.category-select select')?.value ?? null,
      panel: document.querySelector('.panel h2')?.textContent ?? null,
      compareFrom: compare?.checked ? (document.querySelector<HTMLSelectElement>('fieldset.compare select')?.value ?? null) : null,
      isTableShown: document.querySelector('.table-view') !== null,
      tableProvince: document.querySelector<HTMLSelectElement>('.place-table .tools select')?.value ?? null,
      presenter: document.querySelector<HTMLElement>('section.presenter')?.dataset.storyState ?? null,
    };
  });
}

const plain: ShownView = {
  lang: 'zh-CN',
  layer: 'sales',
  level: 'county',
  display: 'map',
  year: String(lastYear),
  category: 'all',
  panel: null,
  compareFrom: null,
  isTableShown: false,
  tableProvince: null,
  presenter: null,
};

describe('every parameter round-trips', () => {
  const cases: { query: string; shows: Partial<ShownView> }[] = [
    { query: '?lang=en', shows: { lang: 'en' } },
    { query: '?layer=growth', shows: { layer: 'growth' } },
    { query: '?layer=spread', shows: { layer: 'spread' } },
    { query: `?year=${firstYear}`, shows: { year: String(firstYear) } },
    { query: `?category=${apparel}`, shows: { category: apparel } },
    { query: '?county=330782', shows: { panel: '义乌市' } },
    { query: '?level=prefecture&area=3307', shows: { level: 'prefecture', panel: '金华市' } },
    { query: '?level=province&area=33', shows: { level: 'province', panel: '浙江省' } },
    { query: `?compare=${firstYear}`, shows: { compareFrom: String(firstYear) } },
    { query: '?display=table', shows: { display: 'table', isTableShown: true, tableProvince: '' } },
    { query: '?display=table&province=33', shows: { display: 'table', isTableShown: true, tableProvince: '33' } },
    { query: '?mode=present', shows: { presenter: 'none' } },
    { query: '?story=bai-yi-spread', shows: { presenter: 'ready' } },
  ];
  test.each(cases)('$query', async ({ query, shows }) => {
    const { page, watch } = await open(query);
    if (shows.presenter === 'ready') await page.waitForSelector('section.presenter[data-story-state="ready"]');
    else if (shows.panel) await page.waitForSelector('.panel h2');
    const shown = await shownView(page);
    // Presenter mode hides the timeline; stories set their own year and layer.
    const expected = shows.presenter ? { ...plain, ...shows, year: null, ...(shows.presenter === 'ready' ? { layer: shown.layer } : {}) } : { ...plain, ...shows };
    expect(shown).toEqual(expected);
    if (shows.presenter !== 'ready') expect(await page.evaluate(() => location.search)).toBe(query);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('view: the link centres the map where it says, and the address keeps it', async () => {
    const { page, watch } = await open(`?view=${YIWU_VIEW}`);
    await tooltipRowsAtCentre(page, '义乌市');
    expect(await page.evaluate(() => location.search)).toBe(`?view=${YIWU_VIEW}`);
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('all parameters together come back in the order the app writes them', async () => {
    const query = `?lang=en&layer=growth&year=2021&category=${apparel}&level=province&area=33&compare=${firstYear}&view=${YIWU_VIEW}`;
    const { page, watch } = await open(query);
    await page.waitForSelector('.panel h2');
    expect(await page.evaluate(() => location.search)).toBe(query);
    expect(await shownView(page)).toEqual({
      ...plain,
      lang: 'en',
      layer: 'growth',
      year: '2021',
      category: apparel,
      level: 'province',
      panel: 'Zhejiang',
      compareFrom: String(firstYear),
    });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a malformed parameter falls back to its default with one warning naming it; the rest still apply', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await page.goto(`${baseUrl}?layer=heat&year=2020&utm_source=news`);
    await mapDrawn(page);
    expect(warnings.filter((w) => w.startsWith('Beltmap: URL parameter'))).toEqual([
      'Beltmap: URL parameter "layer" ignored ("heat": expected sales or growth or spread)',
      'Beltmap: URL parameter "utm_source" ignored (not a Beltmap parameter)',
    ]);
    expect(await shownView(page)).toMatchObject({ layer: 'sales', year: '2020' });
    expect(await page.evaluate(() => location.search)).toBe('?year=2020');
    // The page names the value it could not use, above the controls; not the parameter the link
    // picked up on its way (utm_source), which was never Beltmap's.
    const notice = page.locator('section.controls .ignored-params');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.getAttribute('role')).toBe('alert');
    expect(await notice.locator('p').innerText()).toBe('链接中的这项设置无法使用，地图显示的是默认值：layer=heat');
    await page.screenshot({ path: artifactPath('permalink-ignored-params.png') });
    await notice.getByRole('button', { name: '关闭' }).click();
    expect(await notice.count()).toBe(0);
    await page.close();
  });

  test('on a phone in English, several unusable values are named in one notice above the folded controls', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 740 }, locale: 'en-US' });
    await page.goto(`${baseUrl}?level=town&year=1999&county=999999&theme=neon&fbclid=abc`);
    await mapDrawn(page);
    const notice = page.locator('section.controls .ignored-params');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.locator('p').innerText()).toBe(
      'These settings in the link could not be used, so the map shows the defaults instead: year=1999, level=town, county=999999, theme=neon',
    );
    // Above the map, not over it: the notice ends before the map begins.
    const noticeBox = (await notice.boundingBox())!;
    const mapBox = (await page.locator('.map').boundingBox())!;
    expect(noticeBox.y + noticeBox.height).toBeLessThanOrEqual(mapBox.y);
    await page.screenshot({ path: artifactPath('permalink-ignored-params-phone.png') });
    await page.close();
  });

  test('the URL covers every parameter the app knows', () => {
    const tested = new Set(
      [
        ...cases.map((c) => c.query),
        `?view=${YIWU_VIEW}`,
        '?embed=1&controls=0&autoplay=1',
        '?dataset=taobao-villages',
        '?years=2018,2021,2024',
        '?theme=dark',
        '?story=bai-yi-spread&step=3',
      ].flatMap((query) => [...new URLSearchParams(query).keys()]),
    );
    // These have their own browser tests: embed, controls and autoplay (embed.test.ts), dataset
    // (datasets.test.ts), years (yearGrid.test.ts), theme (theme.test.ts), step (edges.test.ts).
    expect([...tested].sort()).toEqual([...URL_PARAMS].sort());
  });
});

describe('history', () => {
  let page: Page;
  let watch: PageWatch;
  beforeAll(async () => {
    ({ page, watch } = await open(''));
  });
  afterAll(async () => {
    await page?.close();
  });

  const search = () => page.evaluate(() => location.search);
  const historyLength = () => page.evaluate(() => history.length);

  test('deliberate changes push entries that back and forward restore', async () => {
    const start = await historyLength();
    await page.locator('fieldset[data-choice="layer"] label').nth(1).click();
    await page.waitForFunction(() => location.search === '?layer=growth');
    await page.locator('.category-select select').selectOption(apparel);
    await page.waitForFunction((id) => location.search === `?layer=growth&category=${id}`, apparel);
    expect(await historyLength()).toBe(start + 2);

    await page.goBack();
    await page.waitForFunction(() => location.search === '?layer=growth');
    expect(await shownView(page)).toMatchObject({ layer: 'growth', category: 'all' });
    await page.goBack();
    await page.waitForFunction(() => location.search === '');
    expect(await shownView(page)).toMatchObject({ layer: 'sales', category: 'all' });
    await page.waitForSelector(`${MAP}[data-colour-key^="sales|all|${lastYear}|"]`);
    await page.goForward();
    await page.waitForFunction(() => location.search === '?layer=growth');
    expect(await shownView(page)).toMatchObject({ layer: 'growth' });
    await page.waitForSelector(`${MAP}[data-colour-key^="growth|all|${lastYear}|"]`);
  });

  test("the table's province filter pushes an entry that back and forward restore", async () => {
    await page.goto(`${baseUrl}?display=table`);
    await page.waitForSelector('.place-table tbody tr');
    const start = await historyLength();
    await page.locator('.place-table').getByLabel('省份').selectOption('33');
    await page.waitForFunction(() => location.search === '?display=table&province=33');
    expect(await historyLength()).toBe(start + 1);
    await page.goBack();
    await page.waitForFunction(() => location.search === '?display=table');
    expect(await shownView(page)).toMatchObject({ isTableShown: true, tableProvince: '' });
    await page.goForward();
    await page.waitForFunction(() => location.search === '?display=table&province=33');
    expect(await shownView(page)).toMatchObject({ isTableShown: true, tableProvince: '33' });
  });

  test('a county picked and closed: back opens its panel again', async () => {
    await page.goto(`${baseUrl}`);
    await mapDrawn(page);
    await page.getByRole('combobox', { name: '搜索地点' }).fill('义乌');
    await page.waitForSelector('#place-search-results [role="option"]');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForSelector('.panel h2');
    await page.waitForFunction(() => location.search.startsWith('?county=330782'));
    await page.locator('.panel button.close').click();
    await page.waitForSelector('.panel', { state: 'detached' });
    await page.goBack();
    await page.waitForSelector('.panel h2');
    expect(await page.locator('.panel h2').textContent()).toBe('义乌市');
  });

  test('panning replaces the entry with the new view', async () => {
    await page.goto(`${baseUrl}?layer=spread`);
    await mapDrawn(page);
    const before = await historyLength();
    const box = (await page.locator(MAP).boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6 - 120, box.y + box.height * 0.5 - 60, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction(() => /^\?layer=spread&view=[-\d.]+,[-\d.]+,[\d.]+$/.test(location.search));
    expect(await historyLength()).toBe(before);
    // The link of the panned view opens the same view.
    const panned = await search();
    const other = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    await other.goto(`${baseUrl}${panned}`);
    await mapDrawn(other);
    expect(await other.evaluate(() => location.search)).toBe(panned);
    await other.close();
  });

  test('playing replaces the entry; the address ends at the year reached', async () => {
    await page.goto(`${baseUrl}?year=${meta.years[meta.years.length - 3]}`);
    await mapDrawn(page);
    const before = await historyLength();
    await page.getByRole('button', { name: '播放', exact: true }).click();
    await page.waitForFunction((year) => location.search === '' || location.search === `?year=${year}`, lastYear, { timeout: 30_000 });
    await page.waitForSelector(`${MAP}[data-year="${lastYear}"]`, { timeout: 30_000 });
    expect(await search()).toBe('');
    expect(await historyLength()).toBe(before);
    expect(watch.consoleErrors).toEqual([]);
  });
});

const NASTY_VALUES = [
  '<script>window.__pwned=1</script>',
  '"><img src=x onerror="window.__pwned=1">',
  "'\"><svg onload=window.__pwned=1>",
  'javascript:window.__pwned=1',
  '1e309',
  '-1e309',
  '9'.repeat(400),
  'NaN',
  'Infinity',
  '-0',
  '0x7E8',
  '２０２０',
  '',
  '%',
  '%E0%A4%A',
  '..%2F..%2Fetc%2Fpasswd',
  'a'.repeat(5000),
  '120,30',
  '1e3,1e3,1e3',
  ',,,',
  '-180,-85,1.5',
  '180,85,9',
  'heat',
  'province',
  'present',
  'no-such-story',
  '2020',
  '330782',
  '3307',
  '1',
  '0',
];

function randomBytes(random: () => number): string {
  const length = 1 + Math.floor(random() * 24);
  return Array.from({ length }, () => `%${Math.floor(random() * 256).toString(16).padStart(2, '0')}`).join('');
}

/** A query of 1–6 parameters: known and unknown names, nasty, random or valid values, repeats. */
function fuzzedQuery(random: () => number): string {
  const names = [...URL_PARAMS, 'foo', '__proto__', 'constructor', 'LAYER', 'year[]', '', '%00'];
  const count = 1 + Math.floor(random() * 6);
  const parts: string[] = [];
  for (let i = 0; i < count; i++) {
    const name = names[Math.floor(random() * names.length)]!;
    const pick = random();
    const value =
      pick < 0.45
        ? NASTY_VALUES[Math.floor(random() * NASTY_VALUES.length)]!
        : pick < 0.75
          ? randomBytes(random)
          : String(Math.floor((random() - 0.5) * 10 ** Math.floor(random() * 12)));
    // Some values go in raw (as typed into an address bar), some encoded.
    const written = random() < 0.5 ? value : encodeURIComponent(value);
    parts.push(random() < 0.05 ? name : `${name}=${written}`);
  }
  return `?${parts.join(random() < 0.1 ? '&&' : '&')}`;
}

describe('fuzzed addresses', () => {
  const SEED = 20261123;
  const FULL_LOADS = 40;
  const IN_PAGE = 260;
  const random = mulberry32(SEED);
  const queries = Array.from({ length: FULL_LOADS + IN_PAGE }, () => fuzzedQuery(random));

  /** Console errors that are not the page's fault: a fuzzed story name that the server does not have. */
  function realErrors(watch: PageWatch, missingStories: string[]): string[] {
    return watch.consoleErrors.filter((error) => !(missingStories.length > 0 && /status of 404/.test(error)));
  }

  async function expectHarmless(page: Page, query: string): Promise<void> {
    const state = await page.evaluate(() => ({
      pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
      injected: document.querySelectorAll('img[src="x"], svg[onload], script:not([type="module"]):not([src])').length,
      search: location.search,
    }));
    expect(state.pwned, query).toBeNull();
    expect(state.injected, query).toBe(0);
    // The address the app writes back holds only known parameters. It is written once the address
    // is read, which may wait for the catalogue (an unknown dataset= is looked up there): polled.
    const unknownIn = (search: string) => [...new URLSearchParams(search).keys()].filter((name) => !(URL_PARAMS as readonly string[]).includes(name));
    await expect.poll(async () => unknownIn(await page.evaluate(() => location.search)), { message: query, timeout: 15_000 }).toEqual([]);
  }

  test(`${FULL_LOADS} loads of fuzzed addresses (seed ${SEED}) each give a working page`, async () => {
    const page = await browser.newPage({ viewport: { width: 1024, height: 700 }, locale: 'zh-CN' });
    const watch = watchPage(page);
    const missingStories: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404 && response.url().includes('/stories/')) missingStories.push(response.url());
    });
    for (const query of queries.slice(0, FULL_LOADS)) {
      await page.goto(`${baseUrl}${query}`);
      // The app has read the address and drawn its page around the map (map, table or presenter).
      await page.waitForSelector(`${MAP}, .table-view`, { state: 'attached', timeout: 30_000 });
      await expectHarmless(page, query);
      expect(realErrors(watch, missingStories), query).toEqual([]);
    }
    await page.close();
  }, 300_000);

  test(`${IN_PAGE} fuzzed addresses reached by back/forward leave the map working`, async () => {
    const { page, watch } = await open('');
    const missingStories: string[] = [];
    page.on('response', (response) => {
      if (response.status() === 404 && response.url().includes('/stories/')) missingStories.push(response.url());
    });
    for (const query of queries.slice(FULL_LOADS)) {
      await page.evaluate((address) => {
        history.pushState(null, '', address);
        dispatchEvent(new PopStateEvent('popstate'));
      }, query);
      await page.evaluate(() => new Promise(requestAnimationFrame));
      await expectHarmless(page, query);
    }
    expect(realErrors(watch, missingStories)).toEqual([]);
    // Back to the plain map: it still draws and answers the keys.
    await page.evaluate(() => {
      history.pushState(null, '', location.pathname);
      dispatchEvent(new PopStateEvent('popstate'));
    });
    await page.waitForSelector('.timeline');
    await page.locator('.timeline [role="slider"]').focus();
    await page.keyboard.press('Home');
    await page.waitForSelector(`${MAP}[data-year="${firstYear}"]`, { timeout: 30_000 });
    expect(await page.locator(MAP).getAttribute('data-state')).toBe('ready');
    await page.close();
    // 260 redraws on a software renderer: as long as the full loads above when the machine is shared.
  }, 300_000);
});
