import { describe, expect, it } from 'vitest';
import { ALL_METRICS, defaultDatasetFiles, firstDataMarkup, firstDataPreload, GEODATA_URL, SHARED_FILES } from '../../../scripts/lib/firstDataPreload';
import { COUNTY_TABLE_FILE, TOPOLOGY_FILE } from '../../../src/lib/data/loadAtlas';
import { ALL_CATEGORIES } from '../../../src/lib/domain/categories';

const BELTS = { id: 'belts', metaFile: 'index/meta.json' };

describe('the first data preload in index.html', () => {
  it('preloads what the app fetches first (its names are written out for the Vite config)', () => {
    expect(SHARED_FILES).toEqual([TOPOLOGY_FILE, COUNTY_TABLE_FILE]);
    expect(ALL_METRICS).toBe(ALL_CATEGORIES);
    expect(GEODATA_URL).toBe('geodata/');
  });

  it('names the meta file and the "all" metrics of the belt model and of a listed dataset', () => {
    expect(defaultDatasetFiles('geodata', BELTS)).toEqual(['index/meta.json', 'index/metrics-all.json']);
    expect(defaultDatasetFiles('geodata', { id: 'taobao-villages', metaFile: 'datasets/taobao-villages/meta.json' })).toEqual([
      'datasets/taobao-villages/meta.json',
      'datasets/taobao-villages/metrics.json',
    ]);
  });

  it('preloads the geometry and county table always, the dataset files only for an address without another dataset', () => {
    const markup = firstDataMarkup('geodata', BELTS);
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/china.topo.json">');
    expect(markup).toContain('<link rel="preload" as="fetch" crossorigin="anonymous" href="geodata/index/counties.json">');
    const script = markup.match(/<script type="module">([\s\S]*)<\/script>/)?.[1] ?? '';
    const preloadsFor = (search: string) => {
      const added: string[] = [];
      const document = { head: { append: (link: { href: string }) => added.push(link.href) }, createElement: () => ({}) };
      new Function('location', 'document', 'Intl', script)({ search }, document, Intl);
      return added;
    };
    expect(preloadsFor('')).toEqual(['geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(preloadsFor('?dataset=belts&year=2020')).toEqual(['geodata/index/meta.json', 'geodata/index/metrics-all.json']);
    expect(preloadsFor('?dataset=taobao-villages')).toEqual([]);
  });

  it('builds one number format, of no locale or options, whatever the dataset: the first loads ICU\'s number data', () => {
    const script = firstDataMarkup('geodata', BELTS).match(/<script type="module">([\s\S]*)<\/script>/)?.[1] ?? '';
    for (const search of ['', '?dataset=taobao-villages']) {
      const made: unknown[][] = [];
      const document = { head: { append: () => undefined }, createElement: () => ({}) };
      const Intl = { NumberFormat: function (...args: unknown[]) { made.push(args); } };
      new Function('location', 'document', 'Intl', script)({ search }, document, Intl);
      expect(made).toEqual([[]]);
    }
  });

  it('goes right after the charset, before the stylesheet', () => {
    const html = '<head>\n    <meta charset="utf-8" />\n    <link rel="stylesheet" href="a.css">\n</head>';
    const out = firstDataPreload('geodata', BELTS).transformIndexHtml(html);
    expect(out.indexOf('china.topo.json')).toBeGreaterThan(out.indexOf('charset'));
    expect(out.indexOf('<script type="module">')).toBeLessThan(out.indexOf('a.css'));
    expect(() => firstDataPreload('geodata', BELTS).transformIndexHtml('<head></head>')).toThrow('index.html: <meta charset="utf-8" /> not found');
  });
});
