/**
 * The problems of a reader's own file in the reader's language: a malformed CSV read in the
 * Chinese page lists each reason in Chinese with its row and the values quoted from the file; the
 * browser's Back button to the English page it came from rewords the open dialog in English (the
 * summary, the notes, the table, the downloaded list) without the file being read again. Long
 * reasons (every candidate of an ambiguous county name) wrap inside the table, in light and dark,
 * at desktop and phone size; a file that cannot be read at all says why in Chinese. Screenshots go
 * to tests/artifacts/ to look at.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifactPath, launchChromium } from '../../scripts/lib/chromium';
import { openAtlas } from './atlasPage';
import { DIALOG, dropFile, fileFacts, problemRows } from './ownDataPage';

const VIEW = 'year=2021&view=120.0552,29.3007,7.5';
const PHONE = { width: 375, height: 740 };

/** Eight rows, six of them bad in six ways, and a text column the import leaves aside. */
const MALFORMED = Buffer.from(
  [
    'county,province,year,网店数（家）,备注',
    '义乌,浙江,2020,1800,样本',
    '朝阳区,,2020,5,样本',
    '义乌,浙江,2020',
    '东阳,浙江,20x1,7,样本',
    '鼓楼区,江苏,2021,3,样本',
    '义乌,浙江,2021,"1,2",样本',
    '义乌县,,2021,3,样本',
    '义乌,浙江,2021,2100,样本',
    '',
  ].join('\n'),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * The English page, then the reader's switch to Chinese (a history entry of its own), then the
 * malformed file read in Chinese up to its summary.
 */
async function readInChinese(theme: 'light' | 'dark', viewport?: { width: number; height: number }): Promise<Page> {
  const { page } = await openAtlas(browser, `?lang=en&theme=${theme}&${VIEW}`, viewport);
  if (viewport === PHONE) await page.getByRole('button', { name: 'Show controls' }).click();
  await page.getByRole('button', { name: '切换到中文' }).click();
  await page.getByRole('button', { name: 'Switch to English' }).waitFor({ timeout: 10_000 });
  await dropFile(page, 'malformed.csv', MALFORMED);
  await fileFacts(page);
  await page.getByRole('button', { name: '读取并检查' }).click();
  await page.waitForSelector(`${DIALOG}[data-step="summary"]`, { timeout: 60_000 });
  return page;
}

/** Back to the English entry: the dialog stays open on the same summary. */
async function backToEnglish(page: Page): Promise<void> {
  await page.goBack();
  await page.getByRole('button', { name: 'Download the problems (CSV)' }).waitFor({ timeout: 10_000 });
}

/** Whether the problem table is no wider than its scrolling box: long reasons wrap instead. */
async function tableFitsItsBox(page: Page): Promise<boolean> {
  return page.locator(`${DIALOG} .scroller`).evaluate((element) => element.scrollWidth <= element.clientWidth);
}

async function downloadedProblems(page: Page, label: string): Promise<string[]> {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 90_000 }), page.getByRole('button', { name: label }).click()]);
  return readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
}

describe.each(['light', 'dark'] as const)('a malformed file, %s theme', (theme) => {
  let page: Page;
  let chinese: { text: string; rows: string[][]; fits: boolean; download: string[] };
  let english: { text: string; rows: string[][]; fits: boolean; download: string[] };
  beforeAll(async () => {
    page = await readInChinese(theme);
    chinese = { text: await page.locator(DIALOG).innerText(), rows: await problemRows(page), fits: await tableFitsItsBox(page), download: await downloadedProblems(page, '下载问题清单（CSV）') };
    await page.screenshot({ path: artifactPath(`own-data-words-zh-${theme}.png`) });
    await backToEnglish(page);
    english = { text: await page.locator(DIALOG).innerText(), rows: await problemRows(page), fits: await tableFitsItsBox(page), download: await downloadedProblems(page, 'Download the problems (CSV)') };
    await page.screenshot({ path: artifactPath(`own-data-words-en-${theme}.png`) });
  });
  afterAll(async () => {
    await page?.close();
  });

  test('in the Chinese page each reason is in Chinese, with its row and the values from the file', () => {
    expect(chinese.text).toContain('读取 8 行：接受 2 行，拒绝 6 行。');
    expect(chinese.text).toContain('“备注”列不是所选指标，已忽略（如要为它制图，请把它选为数值列）');
    expect(chinese.rows).toEqual([
      ['3', 'county', '县名“朝阳区”不止一个：朝阳区（北京 北京市 110105）、朝阳区（吉林 长春市 220104）；请填写省份或改用 county_code'],
      ['4', '', '有 3 列，而表头有 5 列'],
      ['5', 'year', '“20x1”不是年份'],
      ['6', 'county', '江苏省的县名“鼓楼区”不止一个：鼓楼区（江苏 南京市 320106）、鼓楼区（江苏 徐州市 320302）；请连同地级市写出（如“江苏南京市鼓楼区”）或改用 county_code'],
      ['7', '网店数（家）', '“1,2”不是数字'],
      ['8', 'county', '未知县级单位“义乌县”；是否是指义县（辽宁 锦州市 210727）、义乌市（浙江 金华市 330782）、寻乌县（江西 赣州市 360734）？'],
    ]);
    expect(chinese.text).not.toMatch(/is not a|fields where|ambiguous/);
  });

  test('back to the English page, the same report reads in English, without reading the file again', () => {
    expect(english.text).toContain('Rows read: 8; accepted: 2; rejected: 6.');
    expect(english.text).toContain('column "备注" is not the measure and is ignored');
    expect(english.rows).toEqual([
      ['3', 'county', 'county "朝阳区" is ambiguous: 朝阳区 (北京 北京市 110105), 朝阳区 (吉林 长春市 220104); add the province or use county_code'],
      ['4', '', 'has 3 fields where the header has 5'],
      ['5', 'year', '"20x1" is not a year'],
      ['6', 'county', 'county "鼓楼区" in 江苏省 is ambiguous: 鼓楼区 (江苏 南京市 320106), 鼓楼区 (江苏 徐州市 320302); write it with its prefecture (as "江苏南京市鼓楼区") or use county_code'],
      ['7', '网店数（家）', '"1,2" is not a number'],
      ['8', 'county', 'unknown county "义乌县"; did you mean 义县 (辽宁 锦州市 210727), 义乌市 (浙江 金华市 330782), 寻乌县 (江西 赣州市 360734)?'],
    ]);
    expect(english.text).not.toMatch(/不是|表头/);
  });

  test('the downloaded problem list is in the language of the page', () => {
    expect(chinese.download[0]).toBe('行,列,原因');
    expect(chinese.download[3]).toBe('5,year,“20x1”不是年份');
    expect(english.download[0]).toBe('Row,Column,Reason');
    expect(english.download[3]).toBe('5,year,"""20x1"" is not a year"');
    expect([chinese.download.length, english.download.length]).toEqual([7, 7]);
  });

  test('long reasons wrap inside the problem table, in both languages', () => {
    expect([chinese.fits, english.fits]).toEqual([true, true]);
  });
});

test('on a phone the long reasons wrap too', async () => {
  const page = await readInChinese('light', PHONE);
  expect(await tableFitsItsBox(page)).toBe(true);
  await page.screenshot({ path: artifactPath('own-data-words-zh-phone.png') });
  await backToEnglish(page);
  expect(await tableFitsItsBox(page)).toBe(true);
  await page.screenshot({ path: artifactPath('own-data-words-en-phone.png') });
  await page.close();
});

test('a file that cannot be read says why in Chinese', async () => {
  const { page } = await openAtlas(browser, `?${VIEW}`);
  await dropFile(page, 'unicode.csv', Buffer.from([0xff, 0xfe, ...Buffer.from('county_code,year\n', 'utf16le')]));
  const alert = page.locator(`${DIALOG} [role="alert"]`);
  await expect.poll(() => alert.innerText(), { timeout: 30_000 }).toBe('无法读取此文件：文件是 UTF-16 文本，请另存为“CSV UTF-8”格式');
  await page.close();
});
