import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';
import { INDEX_DIR, readCommittedDataset, sum } from '../support/datasetFiles';

/** Invariants of the committed index files: shapes, and aggregates that agree with each other. */
const { counties, meta, metrics, belts } = readCommittedDataset();
const countyCount = counties.codes.length;
const years = meta.years;

describe('meta.json', () => {
  it('says what it is', () => {
    expect(meta.isIllustrative).toBe(true);
    expect(meta.generatedBy).toMatch(/scripts\/build-index\.ts/);
    expect(years).toEqual([2018, 2019, 2020, 2021, 2022, 2023, 2024]);
    expect(meta.categories.length).toBeGreaterThanOrEqual(10);
    expect(meta.categories.length).toBeLessThanOrEqual(15);
    expect(meta.beltRule).toEqual(BELT_RULE);
  });
  it('lists a metrics file for all and for each category, each on disk', () => {
    expect(Object.keys(meta.metricsFiles).sort()).toEqual(['all', ...meta.categories.map((c) => c.id)].sort());
    for (const file of [...Object.values(meta.metricsFiles), meta.beltsFile]) expect(existsSync(join(INDEX_DIR, file)), file).toBe(true);
  });
  it('has every source a belt cites', () => {
    const ids = new Set(meta.sources.map((s) => s.id));
    for (const belt of belts.belts) for (const id of belt.sourceIds) if (id !== null) expect(ids.has(id), id).toBe(true);
  });
  it('metrics-all.json and meta.json together stay under 60 KB gzip', () => {
    const gzip = (file: string) => gzipSync(readFileSync(join(INDEX_DIR, file)), { level: 9 }).length;
    expect(gzip('meta.json') + gzip(meta.metricsFiles.all!)).toBeLessThan(60 * 1024);
  });
});

describe.each([...metrics.keys()])('metrics-%s.json', (categorySet) => {
  const m = metrics.get(categorySet)!;
  it('has per-year arrays aligned with the county table', () => {
    expect(m.category).toBe(categorySet);
    expect(m.years).toEqual(years);
    for (const field of [m.salesWan, m.growth, m.beltCount, m.over100YiCount, m.provenance]) {
      expect(field).toHaveLength(years.length);
      for (const perCounty of field) expect(perCounty).toHaveLength(countyCount);
    }
    expect(m.firstYearOver100Yi).toHaveLength(countyCount);
    expect(m.over100YiCountiesByRegion.map((r) => r.year)).toEqual(years);
  });

  // Checked cell by cell; mismatches are collected so one failure names them all (and stays fast).
  it('growth agrees with sales: null without previous-year sales, else the change', () => {
    const mismatches: string[] = [];
    m.growth.forEach((perCounty, y) =>
      perCounty.forEach((growth, i) => {
        const previous = y > 0 ? m.salesWan[y - 1]![i]! : 0;
        const sales = m.salesWan[y]![i]!;
        // salesWan is rounded to 万元, growth to 4 decimals: allow for both.
        const tolerance = 1e-4 + (sales + previous) / previous ** 2;
        const isConsistent = previous === 0 ? growth === null : growth !== null && Math.abs(growth - (sales / previous - 1)) <= tolerance;
        if (!isConsistent) mismatches.push(`${years[y]} ${counties.codes[i]}: growth ${growth}, sales ${previous} -> ${sales}`);
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('counts, provenance and sales agree county by county', () => {
    const mismatches: string[] = [];
    m.beltCount.forEach((perCounty, y) =>
      perCounty.forEach((count, i) => {
        const isConsistent =
          m.over100YiCount[y]![i]! <= count && (m.provenance[y]![i] === 0) === (count === 0) && m.salesWan[y]![i]! > 0 === count > 0;
        if (!isConsistent) mismatches.push(`${years[y]} ${counties.codes[i]}`);
      }),
    );
    expect(mismatches).toEqual([]);
  });

  it('firstYearOver100Yi is the first year with a 百亿 belt', () => {
    const expected = counties.codes.map((_code, i) => {
      const y = m.over100YiCount.findIndex((counts) => counts[i]! > 0);
      return y < 0 ? null : years[y]!;
    });
    expect(m.firstYearOver100Yi).toEqual(expected);
  });

  it('centres and region counts agree with the 百亿 counts', () => {
    for (const centre of m.over100YiCentres) {
      expect(centre.beltCount).toBe(sum(m.over100YiCount[years.indexOf(centre.year)]!));
    }
    m.over100YiCountiesByRegion.forEach((regions, y) => {
      const counted = regions.east + regions.central + regions.west + regions.northeast;
      expect(counted).toBe(m.over100YiCount[y]!.filter((n, i) => n > 0 && counties.regions[i] !== 'hmt').length);
    });
  });
});

describe('categories add up to all', () => {
  it.each(years.map((year, y) => [year, y]))('%i: belt counts and sales', (_year, y) => {
    const categoryMetrics = meta.categories.map((c) => metrics.get(c.id)!);
    const all = metrics.get('all')!;
    const mismatches = counties.codes.filter((_code, i) => {
      const count = sum(categoryMetrics.map((m) => m.beltCount[y]![i]!));
      const salesWan = sum(categoryMetrics.map((m) => m.salesWan[y]![i]!));
      // Each file rounds its own sums to 万元.
      return count !== all.beltCount[y]![i] || Math.abs(salesWan - all.salesWan[y]![i]!) > categoryMetrics.length;
    });
    expect(mismatches).toEqual([]);
  });
});

describe('belts.json', () => {
  it('holds each belt once, on a known county, a belt in some year, with per-year arrays', () => {
    const codes = new Set(counties.codes);
    const ids = new Set<string>();
    for (const belt of belts.belts) {
      expect(ids.has(belt.id)).toBe(false);
      ids.add(belt.id);
      expect(belt.id).toBe(`${belt.countyCode}-${belt.categoryId}`);
      expect(codes.has(belt.countyCode)).toBe(true);
      expect(belt.isBelt.some(Boolean)).toBe(true);
      for (const field of [belt.salesYuan, belt.merchants, belt.locationQuotient, belt.isBelt, belt.provenance, belt.sourceIds]) {
        expect(field).toHaveLength(years.length);
      }
    }
  });
  it('its belts are the ones metrics-all.json counts', () => {
    const all = metrics.get('all')!;
    years.forEach((_year, y) => {
      expect(belts.belts.filter((b) => b.isBelt[y]).length).toBe(sum(all.beltCount[y]!));
    });
  });
});
