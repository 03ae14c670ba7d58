import { mkdtempSync, readFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCatalogue } from '../../../scripts/lib/datasetCatalogue';

describe('writeCatalogue', () => {
  it('rebuilds the committed geodata/datasets.json byte for byte from the meta files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beltmap-catalogue-'));
    try {
      cpSync('geodata/index/meta.json', join(dir, 'index/meta.json'), { recursive: true });
      cpSync('geodata/datasets/taobao-villages/meta.json', join(dir, 'datasets/taobao-villages/meta.json'), { recursive: true });
      const catalogue = writeCatalogue(dir);
      expect(catalogue.datasets.map((d) => d.id)).toEqual(['belts', 'taobao-villages']);
      expect(catalogue.datasets[1]?.years).toEqual([2014, 2016]);
      expect(readFileSync(join(dir, 'datasets.json'), 'utf8')).toBe(readFileSync('geodata/datasets.json', 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the default dataset in the catalogue', () => {
  it('is the one named, kept by later rewrites, and the belt model again once its folder is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'beltmap-catalogue-'));
    try {
      cpSync('geodata/index/meta.json', join(dir, 'index/meta.json'), { recursive: true });
      cpSync('geodata/datasets/taobao-villages/meta.json', join(dir, 'datasets/taobao-villages/meta.json'), { recursive: true });
      expect(writeCatalogue(dir, 'taobao-villages').defaultDataset).toBe('taobao-villages');
      expect(writeCatalogue(dir).defaultDataset).toBe('taobao-villages');
      // A folder that is not a dataset id (an import's hidden staging folder) is not listed.
      cpSync('geodata/datasets/taobao-villages/meta.json', join(dir, 'datasets/.x.staging-1/meta.json'), { recursive: true });
      expect(writeCatalogue(dir).datasets.map((d) => d.id)).toEqual(['belts', 'taobao-villages']);
      rmSync(join(dir, 'datasets/taobao-villages'), { recursive: true });
      expect(writeCatalogue(dir).defaultDataset).toBe('belts');
      expect(writeCatalogue(dir, 'nowhere').defaultDataset).toBe('belts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
