import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compress, precompressFolder, type CompressionEffort } from '../../../scripts/lib/precompress';

/** Text long and repetitive enough that both encodings are smaller than it. */
const TEXT = 'county 330782 义乌市 sales 1234.5; '.repeat(40);

describe('compress', () => {
  it.each(['firstLoad', 'page', 'download'] as const)('gives the same bytes for the same input (%s)', async (effort) => {
    const [first, second] = await Promise.all([compress(Buffer.from(TEXT), effort), compress(Buffer.from(TEXT), effort)]);
    expect(first.br.equals(second.br)).toBe(true);
    expect(first.gz.equals(second.gz)).toBe(true);
    expect(gunzipSync(first.gz).toString()).toBe(TEXT);
    expect(brotliDecompressSync(first.br).toString()).toBe(TEXT);
  });

  it("gzips the first load's files smaller than zlib's level 9 (zopfli), and the rest as zlib does", async () => {
    const text = 'county 330782 义乌市 sales 1234.5; 曹县 371721 hanfu; '.repeat(400);
    const zlibBest = gzipSync(Buffer.from(text), { level: 9 });
    const [firstLoad, page] = await Promise.all([compress(Buffer.from(text), 'firstLoad'), compress(Buffer.from(text), 'page')]);
    expect(firstLoad.gz.length).toBeLessThan(zlibBest.length);
    expect(gunzipSync(firstLoad.gz).toString()).toBe(text);
    expect(page.gz.equals(zlibBest)).toBe(true);
  });
});

describe('precompressFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'beltmap-precompress-'));
    mkdirSync(join(dir, 'assets'));
    mkdirSync(join(dir, 'geodata', 'index'), { recursive: true });
    mkdirSync(join(dir, 'data'));
    for (const name of ['index.html', 'assets/index.js', 'assets/index.css', 'geodata/china.topo.json', 'geodata/index/meta.json', 'data/belts.csv', 'icon.svg', 'notes.txt', 'assets/index.js.map']) {
      writeFileSync(join(dir, name), TEXT);
    }
    writeFileSync(join(dir, 'photo.png'), Buffer.from(TEXT));
    writeFileSync(join(dir, 'tiny.json'), '{}');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes .br and .gz beside the html, js, css, csv, json and svg files only, and not where they would be larger', async () => {
    expect(await precompressFolder(dir)).toEqual([
      'assets/index.css.br',
      'assets/index.css.gz',
      'assets/index.js.br',
      'assets/index.js.gz',
      'data/belts.csv.br',
      'data/belts.csv.gz',
      'geodata/china.topo.json.br',
      'geodata/china.topo.json.gz',
      'geodata/index/meta.json.br',
      'geodata/index/meta.json.gz',
      'icon.svg.br',
      'icon.svg.gz',
      'index.html.br',
      'index.html.gz',
    ]);
    expect(readdirSync(dir).sort()).toEqual(['assets', 'data', 'geodata', 'icon.svg', 'icon.svg.br', 'icon.svg.gz', 'index.html', 'index.html.br', 'index.html.gz', 'notes.txt', 'photo.png', 'tiny.json']);
  });

  it('writes files that decompress to the originals', async () => {
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${TEXT}`);
    await precompressFolder(dir, (path) => (path === 'index.html' ? 'firstLoad' : 'page'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(`<!doctype html>${TEXT}`);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(`<!doctype html>${TEXT}`);
    expect(gunzipSync(readFileSync(join(dir, 'geodata/china.topo.json.gz'))).toString()).toBe(TEXT);
  });

  it('compresses each path at the effort given for it', async () => {
    const text = 'county 330782 义乌市 sales 1234.5; 曹县 371721 hanfu; '.repeat(4000);
    writeFileSync(join(dir, 'data/belts.csv'), text);
    writeFileSync(join(dir, 'geodata/china.topo.json'), text);
    const asked: string[] = [];
    const effortOf = (path: string): CompressionEffort => {
      asked.push(path);
      return path.startsWith('data/') ? 'download' : path.startsWith('geodata/') ? 'firstLoad' : 'page';
    };
    await precompressFolder(dir, effortOf);
    expect(asked).toContain('data/belts.csv');
    const [download, firstLoad, page] = await Promise.all([
      compress(Buffer.from(text), 'download'),
      compress(Buffer.from(text), 'firstLoad'),
      compress(Buffer.from(text), 'page'),
    ]);
    // The efforts give different bytes for this text, so the checks below tell them apart.
    expect(download.br.equals(page.br)).toBe(false);
    expect(firstLoad.gz.equals(page.gz)).toBe(false);
    expect(readFileSync(join(dir, 'data/belts.csv.br')).equals(download.br)).toBe(true);
    expect(readFileSync(join(dir, 'geodata/china.topo.json.gz')).equals(firstLoad.gz)).toBe(true);
    expect(readFileSync(join(dir, 'index.html.br')).equals((await compress(Buffer.from(TEXT), 'page')).br)).toBe(true);
  });

  it('leaves its own output alone when run again', async () => {
    const first = await precompressFolder(dir);
    expect(await precompressFolder(dir)).toEqual(first);
  });
});
