/**
 * The reader's own CSV in the page (issue 13), as a reader meets it: a file chosen through the
 * "打开你的数据" button's file input or dropped anywhere on the page (a real drop event with a
 * DataTransfer built in the page), in UTF-8 and GBK, in the simple and the full format, is read and
 * mapped; its tooltip, rankings, table and exports show its measure and unit; a file with bad rows
 * lists each problem by row, and the downloaded list holds them all; an Excel workbook and a 21 MB
 * file are refused with their messages; a link to it says the data stays in this browser; the
 * spread threshold can be changed by the legend; a yearbook table with the years across is mapped a
 * year per column. Screenshots of the flow at desktop and phone size
 * go to tests/artifacts/ to look at. Fixtures: tests/fixtures/ownData/ (README there).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { DIALOG, dropFile, fileFacts, problemRows } from './ownDataPage';
import { tooltipAtCentre } from './mapPixels';

const FIXTURES = 'tests/fixtures/ownData';
/** 义乌市's label point at the map's centre, in 2021 (the last year of every fixture). */
const YIWU_VIEW = '?year=2021&view=120.0552,29.3007,7.5';
const PHONE = { width: 375, height: 740 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens the dialog with the button and chooses a fixture through its file input. */
async function chooseThroughButton(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '打开你的数据' }).click();
  await page.waitForSelector(`${DIALOG}[open]`, { timeout: 30_000 });
  await page.locator(`${DIALOG} input[type="file"]`).setInputFiles(`${FIXTURES}/${name}`);
}

/** Reads the file with the form as filled, and waits for the step that follows (mapped, or the summary). */
async function readFile(page: Page, step: 'mapped' | 'summary'): Promise<string> {
  await page.getByRole('button', { name: '读取并检查' }).click();
  await page.waitForSelector(`${DIALOG}[data-step="${step}"]`, { timeout: 60_000 });
  return page.locator(DIALOG).innerText();
}

async function seeTheMap(page: Page): Promise<void> {
  await page.getByRole('button', { name: '查看地图' }).click();
  await page.waitForSelector(DIALOG, { state: 'detached' });
}

async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

describe('a UTF-8 file in the simple format, through the button', () => {
  let page: Page;
  let facts: Record<string, string>;
  /** The form as the header filled it, then after choosing the other measure column. */
  let guessed: { title: string; columns: string[]; column: string; name: string; unit: string | null };
  let chosen: { name: string; unit: string | null; unitLabel: string };
  let mappedText: string;
  beforeAll(async () => {
    page = (await openAtlas(browser, YIWU_VIEW)).page;
    await chooseThroughButton(page, 'sales-and-shops.csv');
    facts = await fileFacts(page);
    const column = page.locator('select[name="own-column"]');
    const measureName = page.locator('input[name="own-measure-name"]');
    const checkedUnit = page.locator('input[name="own-unit"]:checked');
    guessed = {
      title: await page.locator('input[name="own-title"]').inputValue(),
      columns: await column.locator('option').allInnerTexts(),
      column: await column.inputValue(),
      name: await measureName.inputValue(),
      unit: await checkedUnit.getAttribute('value'),
    };
    await column.selectOption('网店数（家）');
    chosen = {
      name: await measureName.inputValue(),
      unit: await checkedUnit.getAttribute('value'),
      unitLabel: await page.locator('input[name="own-unit-label"]').inputValue(),
    };
    await page.screenshot({ path: artifactPath('own-data-form-desktop.png') });
    mappedText = await readFile(page, 'mapped');
    await seeTheMap(page);
    await page.screenshot({ path: artifactPath('own-data-mapped-desktop.png') });
  });
  afterAll(async () => {
    await page?.close();
  });
  // Each test leaves no dialog open for the next, also when it fails.
  afterEach(async () => {
    await page.evaluate(() => document.querySelectorAll('dialog[open]').forEach((dialog) => (dialog as HTMLDialogElement).close()));
  });

  test('the dialog names the file, its size, format and encoding, and fills the form from the header', () => {
    expect(facts).toEqual({ name: 'sales-and-shops.csv', size: '621 B', format: '简单格式（县、年份、数值列）', encoding: 'UTF-8' });
    expect(guessed).toEqual({ title: 'sales-and-shops', columns: ['销售额（万元）', '网店数（家）'], column: '销售额（万元）', name: '销售额', unit: 'yuan' });
  });

  test('choosing the other measure column brings its own guesses: 网店数, a count in 家', () => {
    expect(chosen).toEqual({ name: '网店数', unit: 'count', unitLabel: '家' });
  });

  test('a file without problems is mapped at once, with a short summary, and the address names the dataset', () => {
    expect(mappedText).toContain('已为“sales-and-shops”制图：7 行。');
    expect(mappedText).toContain('读取 7 行：接受 7 行，拒绝 0 行。');
    expect(mappedText).toContain('文件只在本浏览器中读取，不会上传');
    // The column left out is said, not dropped silently.
    expect(mappedText).toContain('“销售额（万元）”列不是所选指标，已忽略');
    expect(new URL(page.url()).searchParams.get('dataset')).toMatch(/^own-[a-z0-9-]+$/);
  });

  test('tooltip, legend, rankings and table show 网店数 in 家', async () => {
    const tooltip = await tooltipAtCentre(page, '义乌市');
    expect(tooltip).toContain('2,100家');
    const controls = page.locator('section.controls');
    expect(await controls.locator('.legend h2').innerText()).toBe('网店数（家）');
    await page.locator('details', { hasText: '排行' }).locator('summary').click();
    const rows = controls.locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
    const ranking = (await rows.allInnerTexts()).slice(0, 3).map((row) => row.replace(/\s+/g, ' ').trim());
    expect(ranking[0]).toMatch(/义乌市.*2,100家/);
    expect(ranking[1]).toMatch(/曹县.*1,300家/);
    expect(ranking[2]).toMatch(/晋江市.*950家/);
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    const table = page.locator('section.place-table table');
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain('义乌市');
    expect(await table.locator('thead').innerText()).toContain('网店数');
    expect(await table.locator('tbody tr', { hasText: '义乌市' }).innerText()).toContain('2,100家');
    // No "download the data" links: a dataset kept in this browser has no files beside the app.
    expect(await page.locator('section.place-table [data-download-links]').count()).toBe(0);
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '地图', exact: true }) }).click();
  });

  test('the PNG and SVG exports carry the title, the measure, its unit and the source of the file', async () => {
    await page.click('[data-open="export"]');
    await page.waitForSelector('dialog.export-dialog[open]', { timeout: 30_000 });
    const png = await download(page, () => page.click('[data-export="png1"]'));
    const datasetId = new URL(page.url()).searchParams.get('dataset');
    expect(png.name).toBe(`beltmap-${datasetId}-sales-2021.png`);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    // The PNG is drawn from the same graphic as the SVG (src/lib/export/graphicContent.ts), whose text can be read.
    const svg = await download(page, () => page.click('[data-export="svg"]'));
    const texts = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return [...doc.querySelectorAll('text')].map((node) => node.textContent ?? '');
    }, svg.bytes.toString('utf8'));
    expect(texts).toEqual(
      expect.arrayContaining(['各县级单位网店数', 'sales-and-shops · 网店数 · 2021年', '网店数（家）', '网店数为0', '数据：sales-and-shops · 来源：某研究院《县域网店报告》（测试数据）']),
    );
    expect(texts).not.toContain('示意数据');
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.export-dialog', { state: 'detached' });
  });

  test('copy link and embed say the data stays in this browser and point to publishing', async () => {
    await page.click('[data-action="copy-link"]');
    const note = page.locator('section.controls .own-data-link-note');
    await expect.poll(() => note.innerText(), { timeout: 10_000 }).toContain('链接无法携带它');
    expect(await note.innerText()).toContain('npm run data:import');
    await page.click('[data-open="embed"]');
    await page.waitForSelector('dialog.embed-dialog[open]', { timeout: 30_000 });
    expect(await page.locator('dialog.embed-dialog .own-data-link-note').innerText()).toContain('docs/publish.md');
    await page.keyboard.press('Escape');
  });

  test('the spread threshold by the legend rebuilds the layer: its name and legend then say 2,000家', async () => {
    // The layer is named after the default threshold: the smallest value above zero, 曹县's 600家 in 2019.
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '首次达到600家', exact: true }) }).click();
    const field = page.locator('input[name="own-spread-threshold"]');
    await expect.poll(() => field.inputValue(), { timeout: 30_000 }).toBe('600');
    await field.fill('2000');
    await page.getByRole('button', { name: '应用' }).click();
    const legend = page.locator('section.controls .legend');
    await expect.poll(() => legend.locator('h2').innerText(), { timeout: 30_000 }).toBe('首次达到2,000家的年份');
    expect(await field.inputValue()).toBe('2000');
    expect(await page.getByRole('radio', { name: '首次达到2,000家', exact: true }).isChecked()).toBe(true);
    await page.screenshot({ path: artifactPath('own-data-threshold-desktop.png') });
  });
});

describe('dropped files: GBK, the full format', () => {
  test('a GBK file in the simple format with 万元 is read as GBK and mapped in 亿元', async () => {
    const { page, watch } = await openAtlas(browser, YIWU_VIEW);
    await dropFile(page, 'sales-gbk.csv', readFileSync(`${FIXTURES}/sales-gbk.csv`));
    expect(await fileFacts(page)).toMatchObject({ name: 'sales-gbk.csv', encoding: 'GBK', format: '简单格式（县、年份、数值列）' });
    expect(await page.locator('input[name="own-measure-name"]').inputValue()).toBe('销售额');
    expect(await page.locator('input[name="own-unit"]:checked').getAttribute('value')).toBe('yuan');
    expect(await readFile(page, 'mapped')).toContain('读取 4 行：接受 4 行，拒绝 0 行。');
    await seeTheMap(page);
    expect(await tooltipAtCentre(page, '义乌市')).toContain('42亿元');
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await page.close();
  });

  test('a file whose columns are named in Chinese (省份, 县, 年份) is mapped as it is, a county also named after its province and prefecture', async () => {
    const { page, watch } = await openAtlas(browser, YIWU_VIEW);
    await dropFile(page, '网店.csv', Buffer.from('省份,县,年份,网店数（家）\n浙江,义乌,2020,1200\n,浙江省金华市义乌市,2021,1500\n山东,曹县,2021,900\n'));
    expect(await fileFacts(page)).toMatchObject({ name: '网店.csv', encoding: 'UTF-8', format: '简单格式（县、年份、数值列）' });
    // The province, county and year are not offered as the measure: 网店数 is the one column left.
    expect(await page.locator('input[name="own-measure-name"]').inputValue()).toBe('网店数');
    expect(await readFile(page, 'mapped')).toContain('读取 3 行：接受 3 行，拒绝 0 行。');
    await seeTheMap(page);
    expect(await tooltipAtCentre(page, '义乌市')).toContain('1,500家');
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a yearbook table with the years across (县, 2019年（万元）, 2020年 …) is mapped a year per column, an empty cell as no data', async () => {
    const { page, watch } = await openAtlas(browser, YIWU_VIEW);
    const yearbook = ['县,省份,2019年（万元）,2020年（万元）,2021年（万元）', '义乌市,浙江,1000,1200,1500', '曹县,山东,300,,450', '东阳市,浙江,200,250,'];
    await dropFile(page, '各县网络零售额.csv', Buffer.from(yearbook.join('\n')));
    expect(await fileFacts(page)).toMatchObject({ name: '各县网络零售额.csv', format: '简单格式，年份横排（县，每年一列）' });
    expect(await page.locator(DIALOG).innerText()).toContain('年份横排：表头的 3 个年份列（2019–2021）各为一年的数值。');
    // No column names the measure: there is none to choose, and its name starts as the map's title; the unit is the years' 万元.
    expect(await page.locator('select[name="own-column"]').count()).toBe(0);
    expect(await page.locator('input[name="own-measure-name"]').inputValue()).toBe('各县网络零售额');
    expect(await page.locator('input[name="own-unit"]:checked').getAttribute('value')).toBe('yuan');
    await page.screenshot({ path: artifactPath('own-data-years-across-form.png') });
    const mapped = await readFile(page, 'mapped');
    expect(mapped).toContain('读取 3 行：接受 3 行，拒绝 0 行。');
    expect(mapped).toContain('2 个年份单元格为空：这些县在这些年份显示为“无数据”，不是 0');
    await seeTheMap(page);
    expect(await tooltipAtCentre(page, '义乌市')).toContain('1,500万元');
    // 东阳市 left 2021 empty: no data, not 0.
    await page.locator('label').filter({ has: page.getByRole('radio', { name: '表格', exact: true }) }).click();
    const table = page.locator('section.place-table table');
    await expect.poll(() => table.innerText(), { timeout: 30_000 }).toContain('义乌市');
    await page.locator('section.place-table').getByLabel('省份').selectOption('33');
    await expect.poll(() => table.locator('tbody tr', { hasText: '东阳市' }).innerText(), { timeout: 30_000 }).toContain('无数据');
    await page.screenshot({ path: artifactPath('own-data-years-across-table.png') });
    expect(watch.consoleErrors).toEqual([]);
    await page.close();
  });

  test('a file in the full format is mapped with its sales added over the categories', async () => {
    const { page } = await openAtlas(browser, YIWU_VIEW);
    await dropFile(page, 'belts-full.csv', readFileSync(`${FIXTURES}/belts-full.csv`));
    expect(await fileFacts(page)).toMatchObject({ format: '完整格式（县 × 品类 × 年份，销售额与商家数）', encoding: 'UTF-8' });
    expect(await page.locator(DIALOG).innerText()).toContain('指标：线上销售额（元），各品类相加。');
    expect(await readFile(page, 'mapped')).toContain('读取 5 行：接受 5 行，拒绝 0 行。');
    await seeTheMap(page);
    expect(await tooltipAtCentre(page, '义乌市')).toContain('2亿元');
    await page.close();
  });
});

describe('a file with bad rows', () => {
  let page: Page;
  let summary: string;
  beforeAll(async () => {
    page = (await openAtlas(browser, YIWU_VIEW)).page;
    await dropFile(page, 'bad-rows.csv', readFileSync(`${FIXTURES}/bad-rows.csv`));
    await fileFacts(page);
    summary = await readFile(page, 'summary');
    await page.screenshot({ path: artifactPath('own-data-problems-desktop.png') });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the summary counts rows read, accepted and rejected, and the table lists each problem by row, column and reason, in Chinese', async () => {
    expect(summary).toContain('读取 6 行：接受 2 行，拒绝 4 行。');
    const table = page.locator(`${DIALOG} table`);
    expect(await table.locator('caption').innerText()).toBe('4 个问题（行号与电子表格一致，表头为第 1 行）');
    expect(await problemRows(page)).toEqual([
      ['3', 'county_code', '没有代码为 999999 的县级单位'],
      ['4', 'year', '“20x1”不是年份'],
      ['5', '网店数（家）', '“abc”不是数字'],
      ['6', '网店数（家）', '“-3”是负数'],
    ]);
  });

  test('the downloaded problem list holds every problem, in the language of the page', async () => {
    const { name, bytes } = await download(page, () => page.getByRole('button', { name: '下载问题清单（CSV）' }).click());
    expect(name).toBe('bad-rows-problems.csv');
    const lines = bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    expect(lines).toEqual(['行,列,原因', '3,county_code,没有代码为 999999 的县级单位', '4,year,“20x1”不是年份', '5,网店数（家）,“abc”不是数字', '6,网店数（家）,“-3”是负数']);
  });

  test('axe-core finds no violations in the dialog with its problem list', async () => {
    await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: string) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
      const result = await axe.run('dialog.own-data-dialog');
      return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  test('"map the 2 accepted rows" maps them', async () => {
    await page.getByRole('button', { name: '为接受的 2 行制图' }).click();
    await page.waitForSelector(`${DIALOG}[data-step="mapped"]`, { timeout: 60_000 });
    expect(await page.locator(DIALOG).innerText()).toContain('已为“bad-rows”制图：2 行。');
    await seeTheMap(page);
    expect(await tooltipAtCentre(page, '义乌市')).toContain('2,100家');
  });
});

describe('refusals and the drop overlay', () => {
  let page: Page;
  beforeAll(async () => {
    page = (await openAtlas(browser, YIWU_VIEW)).page;
  });
  afterAll(async () => {
    await page?.close();
  });

  test('the button opens the dialog at the file chooser, saying the file is read here and never uploaded', async () => {
    await page.getByRole('button', { name: '打开你的数据' }).click();
    await page.waitForSelector(`${DIALOG}[open][data-step="choose"]`, { timeout: 30_000 });
    const text = await page.locator(DIALOG).innerText();
    expect(text).toContain('文件只在本浏览器中读取，不会上传；数据保存在本浏览器中，直到你删除它。');
    expect(text).toContain('最大 20 MB');
    expect(await page.getByLabel('选择 CSV 文件').getAttribute('type')).toBe('file');
    await page.screenshot({ path: artifactPath('own-data-choose-desktop.png') });
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });

  test('a long file is read with a progress bar, and Cancel brings the form back', async () => {
    // 300,000 rows made in the page: long enough to see the bar and cancel it.
    await page.evaluate(() => {
      const text = `county_code,year,网店数（家）\n${'330782,2020,5\n'.repeat(300_000)}`;
      const data = new DataTransfer();
      data.items.add(new File([text], 'long.csv', { type: 'text/csv' }));
      for (const type of ['dragenter', 'dragover', 'drop']) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
    });
    await page.getByRole('button', { name: '读取并检查' }).click();
    const bar = page.getByRole('progressbar', { name: '读取进度' });
    await bar.waitFor({ timeout: 10_000 });
    expect([await bar.getAttribute('aria-valuemin'), await bar.getAttribute('aria-valuemax')]).toEqual(['0', '100']);
    expect(Number(await bar.getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(0);
    await page.screenshot({ path: artifactPath('own-data-progress-desktop.png') });
    await page.getByRole('button', { name: '取消' }).click();
    await page.waitForSelector(`${DIALOG}[data-step="form"]`, { timeout: 10_000 });
    expect(await page.locator(DIALOG).innerText()).toContain('已取消读取。');
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });

  test('an Excel workbook renamed .csv is refused with what to do, and another file can be chosen', async () => {
    await dropFile(page, 'workbook.csv', readFileSync(`${FIXTURES}/workbook.csv`));
    const alert = page.locator(`${DIALOG} [role="alert"]`);
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toBe('这是一个 Excel 工作簿，不是 CSV：请在 Excel 或 WPS 中另存为“CSV UTF-8”后再打开。');
    await page.screenshot({ path: artifactPath('own-data-refused-desktop.png') });
    await page.locator(`${DIALOG} input[type="file"]`).setInputFiles(`${FIXTURES}/shops-utf8.csv`);
    expect(await fileFacts(page)).toMatchObject({ name: 'shops-utf8.csv' });
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });

  test('a 21 MB file is refused with its size and the limit', async () => {
    await dropFile(page, 'big.csv', { zeros: 21 * 1024 * 1024 });
    const alert = page.locator(`${DIALOG} [role="alert"]`);
    await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toBe('此文件大小为 21 MB，超过 20 MB 的上限：请只保留需要的列和年份后再试。');
    expect(await page.locator(`${DIALOG} dd[data-fact="size"]`).innerText()).toBe('21 MB');
    await page.keyboard.press('Escape');
    await page.waitForSelector(DIALOG, { state: 'detached' });
  });

  test('dragging a file over the page shows the drop overlay; dragging text does not', async () => {
    const drag = (kind: 'file' | 'text') =>
      page.evaluate((kind) => {
        const data = new DataTransfer();
        if (kind === 'file') data.items.add(new File(['a'], 'a.csv'));
        else data.setData('text/plain', 'some text');
        document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
      }, kind);
    await drag('text');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
    await drag('file');
    await page.waitForSelector('.drop-overlay', { timeout: 5_000 });
    expect(await page.locator('.drop-overlay').innerText()).toBe('松开即可打开此文件（只在本浏览器中读取）');
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(new File(['a'], 'a.csv'));
      document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: data, bubbles: true }));
    });
    await page.waitForSelector('.drop-overlay', { state: 'detached', timeout: 5_000 });
  });
});

describe('on a phone (375 × 740)', () => {
  test('the dialog fits the screen; 150 problems scroll inside it a page of 100 at a time; its buttons and the link note can be reached', async () => {
    const { page } = await openAtlas(browser, YIWU_VIEW, PHONE);
    const rows = ['county_code,year,网店数（家）', '330782,2021,2100', ...Array.from({ length: 150 }, (_, i) => `${990001 + i},2021,5`)];
    await dropFile(page, 'many-problems.csv', Buffer.from(`${rows.join('\n')}\n`));
    await fileFacts(page);
    await page.screenshot({ path: artifactPath('own-data-form-phone.png') });
    expect(await readFile(page, 'summary')).toContain('读取 151 行：接受 1 行，拒绝 150 行。');
    const box = (await page.locator(DIALOG).boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height);
    const scroller = page.locator(`${DIALOG} .scroller`);
    const { scrollHeight, clientHeight } = await scroller.evaluate((element) => ({ scrollHeight: element.scrollHeight, clientHeight: element.clientHeight }));
    expect(scrollHeight).toBeGreaterThan(clientHeight);
    await page.screenshot({ path: artifactPath('own-data-problems-phone.png') });
    const pages = page.locator(`${DIALOG} nav.pages`);
    expect(await pages.locator('span').innerText()).toBe('第 1–100 个，共 150 个');
    expect(await scroller.locator('tbody tr').count()).toBe(100);
    await pages.getByRole('button', { name: '下一页' }).click();
    expect(await pages.locator('span').innerText()).toBe('第 101–150 个，共 150 个');
    expect(await scroller.locator('tbody tr').last().locator('td').first().innerText()).toBe('152');
    const mapButton = page.getByRole('button', { name: '为接受的 1 行制图' });
    await mapButton.scrollIntoViewIfNeeded();
    expect(await mapButton.isVisible()).toBe(true);
    await mapButton.click();
    await page.waitForSelector(`${DIALOG}[data-step="mapped"]`, { timeout: 60_000 });
    await seeTheMap(page);
    await page.screenshot({ path: artifactPath('own-data-mapped-phone.png') });
    // The copied link's note shows on screen, not below the fold of the scrolled controls.
    await page.getByRole('button', { name: '显示控件' }).click();
    await page.click('[data-action="copy-link"]');
    const note = page.locator('.own-data-link-note');
    await note.waitFor({ timeout: 10_000 });
    expect(
      await note.evaluate((element) => {
        const { left, top, width, height } = element.getBoundingClientRect();
        return element.contains(document.elementFromPoint(left + width / 2, top + height / 2));
      }),
    ).toBe(true);
    await page.close();
  });
});
