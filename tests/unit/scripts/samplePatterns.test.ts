import { describe, expect, it } from 'vitest';
import anchors from '../../../scripts/data/anchors.json';
import namedBelts from '../../../scripts/data/named-belts.json';
import { readCommittedDataset, sum } from '../support/datasetFiles';

/**
 * What the source reports describe, asserted on the committed illustrative dataset
 * (docs/data.md, "Illustrative model", says which report each pattern comes from).
 */
const { counties, meta, metrics, belts } = readCommittedDataset();
const all = metrics.get('all')!;
const years = meta.years;
const lastY = years.length - 1;
const CORE_PROVINCES = new Set(['44', '33', '31', '32', '35', '11', '37', '13', '34', '36']); // 粤 浙 沪 苏 闽 京 鲁 冀 皖 赣
const COUNTY_LEVEL_KINDS = new Set(['county', 'county-city', 'autonomous-county', 'banner', 'autonomous-banner']);

function salesWhere(y: number, predicate: (countyIndex: number) => boolean, salesWan = all.salesWan): number {
  return sum(salesWan[y]!.filter((_sales, i) => predicate(i)));
}

describe('(a) belt sales concentrate in the ten core provinces', () => {
  it.each(years.map((year, y) => [year, y]))('%i: ≥ 70 % of belt sales', (_year, y) => {
    const share = salesWhere(y, (i) => CORE_PROVINCES.has(counties.provinces[i]!)) / sum(all.salesWan[y]!);
    expect(share).toBeGreaterThanOrEqual(0.7);
  });
});

describe('(b) named belts sit in their real counties and are belts', () => {
  const famous: [string, string, string][] = [
    ['义乌小商品', '330782', 'home'],
    ['曹县汉服', '371721', 'hanfu'],
    ['柳州螺蛳粉', '450204', 'food'],
    ['顺德小家电', '440606', 'electronics'],
    ['晋江鞋服', '350582', 'apparel'],
    ['诸暨珍珠', '330681', 'jewellery'],
    ['沭阳花木', '321322', 'flowers-garden'],
    ['白沟箱包', '130684', 'apparel'],
    ['永康五金', '330784', 'hardware'],
    ['德化陶瓷', '350526', 'home'],
  ];
  it.each(famous)('%s: %s, %s, a belt in every year', (name, countyCode, categoryId) => {
    const belt = belts.belts.find((b) => b.name?.zh === name);
    expect(belt).toMatchObject({ countyCode, categoryId });
    expect(belt!.isBelt.every(Boolean)).toBe(true);
  });

  it('every curated belt of scripts/data/named-belts.json is in belts.json, a belt in every year', () => {
    for (const curated of namedBelts) {
      const belt = belts.belts.find((b) => b.id === `${curated.countyCode}-${curated.categoryId}`);
      expect(belt, `${curated.countyCode} ${curated.categoryId}`).toBeDefined();
      expect(belt!.name).toEqual(curated.name);
      expect(belt!.isBelt.every(Boolean), belt!.id).toBe(true);
    }
  });

  it('reported values are exactly the anchors, with their sources; everything else is modeled', () => {
    const reported = belts.belts.flatMap((belt) =>
      belt.provenance.flatMap((provenance, y) =>
        provenance === 'reported' ? [{ countyCode: belt.countyCode, categoryId: belt.categoryId, year: years[y], salesYuan: belt.salesYuan[y], sourceId: belt.sourceIds[y] }] : [],
      ),
    );
    expect(reported).toEqual(
      expect.arrayContaining(anchors.map(({ countyCode, categoryId, year, salesYuan, sourceId }) => ({ countyCode, categoryId, year, salesYuan, sourceId }))),
    );
    expect(reported).toHaveLength(anchors.length);
    const liuzhou = belts.belts.find((b) => b.id === '450204-food')!;
    expect(liuzhou.salesYuan[years.indexOf(2020)]).toBe(105.6e8);
  });
});

describe('(c) new-consumption categories grow fastest', () => {
  const cagr = meta.categories.map((category) => {
    const salesWan = metrics.get(category.id)!.salesWan;
    return { category, cagr: (sum(salesWan[lastY]!) / sum(salesWan[0]!)) ** (1 / lastY) - 1 };
  });
  it('every new-consumption category has a higher 2018→2024 CAGR than every other category', () => {
    const slowestNew = Math.min(...cagr.filter((c) => c.category.isNewConsumption).map((c) => c.cagr));
    const fastestOther = Math.max(...cagr.filter((c) => !c.category.isNewConsumption).map((c) => c.cagr));
    expect(cagr.filter((c) => c.category.isNewConsumption).length).toBeGreaterThanOrEqual(3);
    expect(slowestNew).toBeGreaterThan(fastestOther);
  });
});

describe('(d) county-level units gain share of belt sales against districts', () => {
  const shares = years.map((_year, y) => {
    const countyLevel = salesWhere(y, (i) => COUNTY_LEVEL_KINDS.has(counties.kinds[i]!));
    return countyLevel / (countyLevel + salesWhere(y, (i) => counties.kinds[i] === 'district'));
  });
  it('the share rises every year and by at least 3 points overall', () => {
    shares.slice(1).forEach((share, y) => expect(share, `${years[y + 1]}`).toBeGreaterThan(shares[y]!));
    expect(shares[lastY]! - shares[0]!).toBeGreaterThanOrEqual(0.03);
  });
});

describe('(e) 百亿 belts appear first in the east, later in central China', () => {
  const centres = all.over100YiCentres;
  it('there is a centre for every year', () => {
    expect(centres.map((c) => c.year)).toEqual(years);
  });
  it('the sales-weighted centre of 百亿 belts moves west every year, by ≥ 0.3° overall', () => {
    centres.slice(1).forEach((centre, y) => expect(centre.lng, `${centre.year}`).toBeLessThan(centres[y]!.lng));
    expect(centres[0]!.lng - centres[lastY]!.lng).toBeGreaterThanOrEqual(0.3);
  });
  it('central China has no 百亿 county at first, then more, never fewer', () => {
    const central = all.over100YiCountiesByRegion.map((r) => r.central);
    expect(central[0]).toBe(0);
    expect(central[lastY]).toBeGreaterThanOrEqual(3);
    central.slice(1).forEach((count, y) => expect(count).toBeGreaterThanOrEqual(central[y]!));
  });
  it('the first 百亿 year of the east comes before that of central China', () => {
    const firstIn = (region: string) =>
      Math.min(...all.firstYearOver100Yi.flatMap((year, i) => (year !== null && counties.regions[i] === region ? [year] : [])));
    expect(firstIn('east')).toBe(years[0]);
    expect(firstIn('central')).toBeGreaterThan(firstIn('east'));
  });
});

describe('calibration (calibration.md: 50 淘天百亿 belts in 2023, 21 of them in Guangdong)', () => {
  const y2023 = years.indexOf(2023);
  const over100Yi2023 = all.over100YiCount[y2023]!;
  it('about 50 百亿 belts in 2023, about 40 % in Guangdong', () => {
    const total = sum(over100Yi2023);
    expect(total).toBeGreaterThanOrEqual(45);
    expect(total).toBeLessThanOrEqual(60);
    const guangdong = sum(over100Yi2023.filter((_n, i) => counties.provinces[i] === '44'));
    expect(guangdong / total).toBeGreaterThanOrEqual(0.3);
    expect(guangdong / total).toBeLessThanOrEqual(0.5);
  });
  it('the number of belts grows every year, and most belts are small', () => {
    const counts = all.beltCount.map(sum);
    counts.slice(1).forEach((count, y) => expect(count).toBeGreaterThan(counts[y]!));
    const latest = belts.belts.flatMap((b) => (b.isBelt[lastY] ? [b.salesYuan[lastY]!] : [])).sort((a, b) => a - b);
    expect(latest[Math.floor(latest.length / 2)]!).toBeLessThan(5e8);
  });
  it('not every county has a belt', () => {
    const withBelt = counties.codes.filter((_code, i) => all.beltCount.some((counts) => counts[i]! > 0)).length;
    expect(withBelt).toBeGreaterThan(100);
    expect(withBelt).toBeLessThan(counties.codes.length / 2);
  });
});
