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
