import type { Category, CountyTableFile, PanelRow, RegionId } from '../../../src/lib/domain/contract';
import type { Anchor, NamedBelt } from './curated';
import type { ModelParams } from './modelParams';
import { randomStream, type Random } from './prng';

export interface ModelInput {
  counties: CountyTableFile;
  categories: Category[];
  years: number[];
  namedBelts: NamedBelt[];
  anchors: Anchor[];
  outsideRegions: readonly RegionId[];
  params: ModelParams;
}

/**
 * The illustrative panel: named belts on their sourced counties, passing through their anchors,
 * plus a background of smaller activity drawn per county and category. Each cell draws from its
 * own seeded stream, so the output depends only on the inputs. Rows come sorted by county,
 * category, year; values below params.minRowSalesYuan are left out.
 */
export function generatePanel(input: ModelInput): PanelRow[] {
  const { counties, categories, params } = input;
  for (const category of categories) {
    if (!params.categories[category.id]) throw new Error(`model: no parameters for category "${category.id}"`);
  }
  const countyCodes = new Set(counties.codes);
  for (const belt of input.namedBelts) {
    if (!countyCodes.has(belt.countyCode)) throw new Error(`model: named belt county ${belt.countyCode} is not in the county table`);
  }
  const named = new Map(input.namedBelts.map((belt) => [`${belt.countyCode}-${belt.categoryId}`, belt]));
  const rows: PanelRow[] = [];

  counties.codes.forEach((code, i) => {
    // Nothing is modeled outside the regions the sources cover (Hong Kong, Macao and Taiwan).
    if (input.outsideRegions.includes(counties.regions[i]!)) return;
    const intensity = countyIntensity(input, i);
    for (const category of categories) {
      const key = `${code}-${category.id}`;
      const belt = named.get(key);
      const random = randomStream(params.seed, key);
      if (belt) rows.push(...namedBeltRows(input, belt, i, random));
      else rows.push(...backgroundRows(input, i, category, intensity, random));
    }
  });
  return rows;
}

/** How much e-commerce a county has, before categories: province × kind × a lognormal draw. */
function countyIntensity({ counties, params }: ModelInput, i: number): number {
  const province = counties.provinces[i]!;
  const weight = params.provinceWeights[province] ?? params.otherProvinceWeight;
  const random = randomStream(params.seed, counties.codes[i]!);
  return weight * params.kindWeights[counties.kinds[i]!] * Math.exp(0.7 * random.normal());
}

/** Annual growth rate of a cell: category + kind + region + province + inland + a draw. */
function growthRate({ counties, params }: ModelInput, i: number, categoryId: string, spread: number, random: Random): number {
  const region = counties.regions[i]!;
  const inlandDegrees = Math.min(params.maxInlandDegrees, Math.max(0, params.coastLng - counties.labelPoints[i]![0]));
  return (
    params.inlandGrowthPerDegree * inlandDegrees +
    params.categories[categoryId]!.growth +
    params.kindGrowthBonus[counties.kinds[i]!] +
    (region === 'hmt' ? 0 : params.regionGrowthBonus[region]) +
    (params.provinceGrowthBonus[counties.provinces[i]!] ?? 0) +
    spread * random.normal()
  );
}

/** Sales per year on a trend through (refYear, refSales), with a wobble that is zero in refYear. */
function trajectory(years: number[], refYear: number, refSales: number, growth: number, yearNoise: number, random: Random): number[] {
  const wobble = years.map(() => yearNoise * random.normal());
  return years.map((year, y) => refSales * Math.exp(growth * (year - refYear) + (year === refYear ? 0 : wobble[y]!)));
}

/** Sales per merchant in year index y: a cell's base value, rising a little each year. */
function yuanPerMerchantIn(base: number, y: number, params: ModelParams): number {
  return base * Math.exp(params.yuanPerMerchantGrowth * y);
}

function merchantsFor(sales: number, yuanPerMerchant: number): number {
  return Math.max(1, Math.round(sales / yuanPerMerchant));
}

/** Sales rounded to 万元: the model has no precision below that. */
function roundWan(yuan: number): number {
  return Math.round(yuan / 1e4) * 1e4;
}

function namedBeltRows(input: ModelInput, belt: NamedBelt, i: number, random: Random): PanelRow[] {
  const { years, params } = input;
  const anchor = input.anchors.find((a) => a.countyCode === belt.countyCode && a.categoryId === belt.categoryId);
  const refYear = anchor?.year ?? belt.sizeYear!;
  const refSales = anchor?.salesYuan ?? belt.sizeYi! * 1e8;
  const growth = growthRate(input, i, belt.categoryId, params.namedGrowthSpread, random);
  const sales = trajectory(years, refYear, refSales, growth, params.yearNoise, random);
  const baseYuanPerMerchant = params.namedYuanPerMerchant * Math.exp(0.2 * random.normal());
  return years.map((year, y): PanelRow => {
    const isAnchor = anchor?.year === year;
    const salesYuan = isAnchor ? anchor.salesYuan : roundWan(sales[y]!);
    return {
      countyCode: belt.countyCode,
      year,
      categoryId: belt.categoryId,
      salesYuan,
      // Named belts are places of many small shops: at most 1e6 yuan a shop, so 1 亿 means ≥ 100 shops.
      merchants: merchantsFor(salesYuan, Math.min(1e6, yuanPerMerchantIn(baseYuanPerMerchant, y, params))),
      provenance: isAnchor ? 'reported' : 'modeled',
      ...(isAnchor ? { sourceId: anchor.sourceId } : {}),
      ...(belt.name ? { beltName: belt.name } : {}),
    };
  });
}

function backgroundRows(input: ModelInput, i: number, category: Category, intensity: number, random: Random): PanelRow[] {
  const { counties, years, params } = input;
  const { popularity } = params.categories[category.id]!;
  if (random.next() >= Math.min(0.8, intensity * popularity * 1.2)) return [];
  const lateShare = category.isNewConsumption ? params.lateStartShare.newConsumption : params.lateStartShare.other;
  const startIndex = random.next() < lateShare ? 1 + Math.floor(random.next() * (years.length - 1)) : 0;
  const base = params.backgroundMedianYuan * intensity * Math.exp(params.backgroundSpread * random.normal());
  const growth = growthRate(input, i, category.id, params.backgroundGrowthSpread, random);
  let sales = trajectory(years, years[0]!, base, growth, params.yearNoise, random);
  const peak = Math.max(...sales);
  // Keep the background below 百亿 (scaled, not clipped, so its growth stays intact).
  if (peak > params.backgroundCapYuan) sales = sales.map((s) => (s * params.backgroundCapYuan * (0.5 + 0.5 * random.next())) / peak);
  const yuanPerMerchant = params.backgroundYuanPerMerchant * Math.exp(0.5 * random.normal());
  const rows: PanelRow[] = [];
  years.forEach((year, y) => {
    const salesYuan = roundWan(sales[y]!);
    if (y < startIndex || salesYuan < params.minRowSalesYuan) return;
    rows.push({
      countyCode: counties.codes[i]!,
      year,
      categoryId: category.id,
      salesYuan,
      merchants: merchantsFor(salesYuan, yuanPerMerchantIn(yuanPerMerchant, y, params)),
      provenance: 'modeled',
    });
  });
  return rows;
}
