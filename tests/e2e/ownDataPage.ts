/** Handing the open-data dialog a file as a reader does, for the browser tests of tests/e2e/ownData*.test.ts. */
import type { Page } from 'playwright-core';

export const DIALOG = 'dialog.own-data-dialog';

/** Drops a file on the map as a reader would: dragenter, dragover and drop carrying a DataTransfer with the file (its bytes sent as base64, so a 50,000-row file goes across quickly). */
export async function dropFile(page: Page, name: string, content: Buffer | { zeros: number }): Promise<void> {
  const base64 = Buffer.isBuffer(content) ? content.toString('base64') : null;
  const zeros = Buffer.isBuffer(content) ? 0 : content.zeros;
  await page.evaluate(
    ({ name, base64, zeros }) => {
      const bytes = base64 === null ? new Uint8Array(zeros) : Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      const data = new DataTransfer();
      data.items.add(new File([bytes], name, { type: 'text/csv' }));
      const target = document.querySelector('.map-canvas') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }));
      }
    },
    { name, base64, zeros },
  );
}

/** The facts the dialog lists about the file: name, size, format, encoding. */
export async function fileFacts(page: Page): Promise<Record<string, string>> {
  await page.waitForSelector(`${DIALOG} dd[data-fact="format"]`, { timeout: 30_000 });
  return page.$$eval(`${DIALOG} dd[data-fact]`, (cells) => Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-fact'), cell.textContent ?? ''])));
}

/** The problem table's rows as shown: row, column, reason. */
export async function problemRows(page: Page): Promise<string[][]> {
  return page.locator(`${DIALOG} table tbody tr`).evaluateAll((trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent ?? '')));
}
