import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stableJson, writeIndexDir } from '../../../scripts/lib/writeIndexDir';
import type { IndexFile, IndexFiles } from '../../../src/lib/dataset/buildIndex';

const file = (value: unknown) => value as IndexFile;

describe('stableJson', () => {
  it('sorts keys, drops undefined, rounds to 6 decimals', () => {
    expect(stableJson({ b: 1, a: [0.1234567891, null], c: undefined })).toBe('{"a":[0.123457,null],"b":1}\n');
    expect(stableJson({ b: 1, a: 2 })).toBe(stableJson({ a: 2, b: 1 }));
  });
  it('indents objects but keeps flat arrays on one line', () => {
    expect(stableJson({ a: [1, 2], b: { c: 'x' } }, 2)).toBe('{\n  "a": [1,2],\n  "b": {\n    "c": "x"\n  }\n}\n');
  });
  it.each([NaN, Infinity, -Infinity])('throws on %s, naming where', (bad) => {
    expect(() => stableJson({ x: [1, bad] }, 0, 'metrics-all.json')).toThrow(/metrics-all\.json\.x\[1\]/);
  });
});

describe('writeIndexDir', () => {
  let root: string;
  let outDir: string;
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'beltmap-index-'));
    outDir = join(root, 'index');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'counties.json'), '{"codes":[]}\n');
    writeFileSync(join(outDir, 'meta.json'), 'old meta\n');
    writeFileSync(join(outDir, 'metrics-gone.json'), 'old category\n');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('replaces the dataset files, keeps counties.json, drops stale metrics files, leaves no temp folder', () => {
    const files: IndexFiles = new Map([
      ['meta.json', file({ title: 'new' })],
      ['metrics-all.json', file({ salesWan: [[1, 2]] })],
    ]);
    writeIndexDir(files, outDir);
    expect(readdirSync(outDir).sort()).toEqual(['counties.json', 'meta.json', 'metrics-all.json']);
    expect(readFileSync(join(outDir, 'counties.json'), 'utf8')).toBe('{"codes":[]}\n');
    expect(readFileSync(join(outDir, 'meta.json'), 'utf8')).toBe('{\n  "title": "new"\n}\n');
    expect(readdirSync(root)).toEqual(['index']);
  });

  it('creates the folder when it does not exist', () => {
    const fresh = join(root, 'out', 'nested');
    writeIndexDir(new Map([['belts.json', file({ belts: [] })]]), fresh);
    expect(readFileSync(join(fresh, 'belts.json'), 'utf8')).toBe('{"belts":[]}\n');
  });

  it('a failed serialisation leaves the old dataset intact', () => {
    const files: IndexFiles = new Map([
      ['meta.json', file({ title: 'new' })],
      ['metrics-all.json', file({ growth: [NaN] })],
    ]);
    expect(() => writeIndexDir(files, outDir)).toThrow(/metrics-all\.json\.growth\[0\] is NaN/);
    expect(readFileSync(join(outDir, 'meta.json'), 'utf8')).toBe('old meta\n');
    expect(readdirSync(outDir).sort()).toEqual(['counties.json', 'meta.json', 'metrics-gone.json']);
    expect(readdirSync(root)).toEqual(['index']);
  });

  it('refuses to write files the dataset does not own', () => {
    expect(() => writeIndexDir(new Map([['counties.json', file({})]]), outDir)).toThrow(/"counties.json" is not a dataset file/);
    expect(readFileSync(join(outDir, 'counties.json'), 'utf8')).toBe('{"codes":[]}\n');
  });
});
