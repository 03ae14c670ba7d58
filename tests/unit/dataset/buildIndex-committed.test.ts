import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';
import { INDEX_DIR, readCommittedDataset, sum } from '../support/datasetFiles';

/**
 * The committed index files (the illustrative belt model): shapes, aggregates that agree with each
 * other, and values of named places and years read once from the files and written down here.
 */
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

  it('growth is null exactly where the previous year had no belt sales', () => {
    const mismatches: string[] = [];
    m.growth.forEach((perCounty, y) =>
      perCounty.forEach((growth, i) => {
        const hadSales = y > 0 && m.salesWan[y - 1]![i]! > 0;
        if ((growth === null) === hadSales) mismatches.push(`${years[y]} ${counties.codes[i]}: growth ${growth}`);
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

describe('metrics-all.json, values read once from the file', () => {
  const all = metrics.get('all')!;
  const yiwu = counties.codes.indexOf('330782');

  it('义乌 (330782): four belts every year, modeled, 百亿 from 2018, with its sales and growth', () => {
    expect(all.beltCount.map((perCounty) => perCounty[yiwu])).toEqual([4, 4, 4, 4, 4, 4, 4]);
    expect(all.provenance.map((perCounty) => perCounty[yiwu])).toEqual([1, 1, 1, 1, 1, 1, 1]);
    expect(all.firstYearOver100Yi[yiwu]).toBe(2018);
    expect(all.salesWan.map((perCounty) => perCounty[yiwu])).toEqual([5938252, 7036016, 8162627, 9668660, 11286206, 13200000, 15522674]);
    // 7 036 016 / 5 938 252 − 1 = 0.18486…, rounded to 4 decimals.
    expect(all.growth.map((perCounty) => perCounty[yiwu])).toEqual([null, 0.1849, 0.1601, 0.1845, 0.1673, 0.1696, 0.176]);
  });

  it.each([
    // year, belts, 百亿 belts, counties with a 百亿 belt, counties first crossing 100 亿 that year
    [2018, 682, 23, 22, 22],
    [2019, 788, 31, 30, 8],
    [2020, 910, 35, 32, 2],
    [2021, 1027, 38, 35, 3],
    [2022, 1193, 46, 40, 5],
    [2023, 1365, 55, 47, 7],
    [2024, 1531, 57, 49, 2],
  ])('%i: %i belts, %i of them 百亿, in %i counties, %i of them new', (year, beltCount, over100YiBelts, over100YiCounties, firstTime) => {
    const y = years.indexOf(year);
    expect(sum(all.beltCount[y]!)).toBe(beltCount);
    expect(sum(all.over100YiCount[y]!)).toBe(over100YiBelts);
    expect(all.over100YiCount[y]!.filter((count) => count > 0)).toHaveLength(over100YiCounties);
    expect(all.firstYearOver100Yi.filter((first) => first === year)).toHaveLength(firstTime);
  });

  it('never a 百亿 belt in 2 842 counties', () => {
    expect(all.firstYearOver100Yi.filter((first) => first === null)).toHaveLength(2842);
  });

  it('the centre of the 百亿 belts moves west from 2018 to 2024, and the regions count their counties', () => {
    expect(all.over100YiCentres.at(0)).toEqual({ year: 2018, lng: 117.5501, lat: 27.3746, beltCount: 23 });
    expect(all.over100YiCentres.at(-1)).toEqual({ year: 2024, lng: 116.9356, lat: 27.4456, beltCount: 57 });
    expect(all.over100YiCountiesByRegion.at(0)).toEqual({ year: 2018, east: 22, central: 0, west: 0, northeast: 0 });
    expect(all.over100YiCountiesByRegion.at(-1)).toEqual({ year: 2024, east: 41, central: 5, west: 2, northeast: 1 });
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
