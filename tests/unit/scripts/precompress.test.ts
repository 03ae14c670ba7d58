import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROTLI_BEST, BROTLI_QUICK, compress, precompressFolder } from '../../../scripts/lib/precompress';

/** Text long and repetitive enough that both encodings are smaller than it. */
const TEXT = 'county 330782 义乌市 sales 1234.5; '.repeat(40);

describe('compress', () => {
  it('gives the same bytes for the same input', () => {
    const bytes = Buffer.from(TEXT);
    const [first, second] = [compress(bytes), compress(Buffer.from(TEXT))];
    expect(first.br.equals(second.br)).toBe(true);
    expect(first.gz.equals(second.gz)).toBe(true);
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

  it('writes .br and .gz beside the html, js, css, csv, json and svg files only, and not where they would be larger', () => {
    expect(precompressFolder(dir)).toEqual([
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

  it('writes files that decompress to the originals', () => {
    writeFileSync(join(dir, 'index.html'), `<!doctype html>${TEXT}`);
    precompressFolder(dir);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(`<!doctype html>${TEXT}`);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(`<!doctype html>${TEXT}`);
    expect(gunzipSync(readFileSync(join(dir, 'geodata/china.topo.json.gz'))).toString()).toBe(TEXT);
  });

  it('compresses at the brotli quality given for each path', () => {
    const text = 'county 330782 义乌市 sales 1234.5; 曹县 371721 hanfu; '.repeat(4000);
    writeFileSync(join(dir, 'data/belts.csv'), text);
    const qualities: string[] = [];
    precompressFolder(dir, (path) => (qualities.push(path), path.startsWith('data/') ? BROTLI_QUICK : BROTLI_BEST));
    expect(qualities).toContain('data/belts.csv');
    // The two qualities give different bytes for this text, so the checks below tell them apart.
    expect(compress(Buffer.from(text), BROTLI_QUICK).br.equals(compress(Buffer.from(text), BROTLI_BEST).br)).toBe(false);
    expect(readFileSync(join(dir, 'data/belts.csv.br')).equals(compress(Buffer.from(text), BROTLI_QUICK).br)).toBe(true);
    expect(readFileSync(join(dir, 'index.html.br')).equals(compress(Buffer.from(TEXT), BROTLI_BEST).br)).toBe(true);
  });

  it('leaves its own output alone when run again', () => {
    const first = precompressFolder(dir);
    expect(precompressFolder(dir)).toEqual(first);
  });
});
