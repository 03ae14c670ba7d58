import type { CountyKind, MainlandRegionId } from '../../../src/lib/domain/contract';

/**
 * Every knob of the illustrative model, in one place, with the reason for its value.
 * Growth rates are annual log-growth rates added together: category + kind + region + province
 * + a per-cell draw. docs/data.md ("Illustrative model") explains them in words.
 */
export interface ModelParams {
  seed: number;
  /** Per category id: base annual growth, and how common the category is among active counties. */
  categories: Record<string, { growth: number; popularity: number }>;
  /** 2021 report: belts concentrate in the ten core provinces; weights of background activity. */
  provinceWeights: Record<string, number>;
  otherProvinceWeight: number;
  kindWeights: Record<CountyKind, number>;
  /** 县 and 县级市 grow faster than 市辖区 ("small cities and counties are rising"). */
  kindGrowthBonus: Record<CountyKind, number>;
  /** 百亿 belts spread from the east to central China: central and western belts grow faster. */
  regionGrowthBonus: Record<MainlandRegionId, number>;
  /** 2021 report: 沪, 闽, 冀, 赣 grew notably fast 2018–2020. */
  provinceGrowthBonus: Record<string, number>;
  /**
   * "百亿 belts spread from the east toward central China": growth rises with distance west of
   * the Yangtze-delta coast (coastLng), by inlandGrowthPerDegree per degree, up to maxInlandDegrees.
   */
  coastLng: number;
  inlandGrowthPerDegree: number;
  maxInlandDegrees: number;
  /** Spread of the per-cell growth draw, for named belts and for the background. */
  namedGrowthSpread: number;
  backgroundGrowthSpread: number;
  /** Year-to-year wobble around the trend (log scale). */
  yearNoise: number;
  /** Median 2018 sales of an active background cell in a county of intensity 1, yuan. */
  backgroundMedianYuan: number;
  backgroundSpread: number;
  /** The background never reaches 百亿: those belts are the curated ones (named-belts.json). */
  backgroundCapYuan: number;
  /** Rows below this are not emitted: the panel lists meaningful activity only. */
  minRowSalesYuan: number;
  /** Chance that a background cell only starts after 2018 (new-consumption cells start later more often). */
  lateStartShare: { newConsumption: number; other: number };
  /** Sales per active merchant, yuan (median); named belts use a smaller value so they have many shops. */
  backgroundYuanPerMerchant: number;
  namedYuanPerMerchant: number;
  /** Sales per merchant rise a little each year as shops grow. */
  yuanPerMerchantGrowth: number;
}

export const MODEL_PARAMS: ModelParams = {
  seed: 20240521,
  categories: {
    apparel: { growth: 0.07, popularity: 0.6 },
    food: { growth: 0.1, popularity: 0.55 },
    home: { growth: 0.08, popularity: 0.5 },
    furniture: { growth: 0.07, popularity: 0.2 },
    electronics: { growth: 0.07, popularity: 0.25 },
    beauty: { growth: 0.2, popularity: 0.2 },
    'baby-toys': { growth: 0.08, popularity: 0.2 },
    jewellery: { growth: 0.09, popularity: 0.12 },
    'tea-liquor': { growth: 0.08, popularity: 0.25 },
    'fresh-produce': { growth: 0.12, popularity: 0.6 },
    'flowers-garden': { growth: 0.1, popularity: 0.12 },
    hardware: { growth: 0.06, popularity: 0.22 },
    pets: { growth: 0.24, popularity: 0.12 },
    'sports-outdoor': { growth: 0.19, popularity: 0.18 },
    hanfu: { growth: 0.28, popularity: 0.04 },
  },
  provinceWeights: {
    '44': 1.0, // 粤
    '33': 1.0, // 浙
    '32': 0.8, // 苏
    '35': 0.7, // 闽
    '37': 0.6, // 鲁
    '31': 0.6, // 沪
    '11': 0.5, // 京
    '13': 0.5, // 冀
    '34': 0.35, // 皖
    '36': 0.35, // 赣
    '41': 0.2, // 豫
    '12': 0.18, // 津
    '43': 0.15, // 湘
    '42': 0.15, // 鄂
    '51': 0.12, // 川
    '50': 0.1, // 渝
    '45': 0.08, // 桂
    '21': 0.08, // 辽
  },
  otherProvinceWeight: 0.04,
  kindWeights: {
    district: 1.0,
    'county-city': 1.0,
    county: 0.55,
    'autonomous-county': 0.25,
    banner: 0.25,
    'autonomous-banner': 0.25,
    'special-district': 0.25,
    'forestry-district': 0.25,
    other: 1.0,
  },
  kindGrowthBonus: {
    district: -0.02,
    'county-city': 0.04,
    county: 0.04,
    'autonomous-county': 0.04,
    banner: 0.04,
    'autonomous-banner': 0.04,
    'special-district': 0,
    'forestry-district': 0,
    other: 0,
  },
  regionGrowthBonus: { east: 0, central: 0.03, west: 0, northeast: -0.02 },
  provinceGrowthBonus: { '31': 0.03, '35': 0.03, '13': 0.03, '36': 0.03 },
  coastLng: 121,
  inlandGrowthPerDegree: 0.01,
  maxInlandDegrees: 8,
  namedGrowthSpread: 0.015,
  backgroundGrowthSpread: 0.05,
  yearNoise: 0.03,
  backgroundMedianYuan: 4e7,
  backgroundSpread: 1.1,
  backgroundCapYuan: 6e9,
  minRowSalesYuan: 1e7,
  lateStartShare: { newConsumption: 0.45, other: 0.15 },
  backgroundYuanPerMerchant: 1e6,
  namedYuanPerMerchant: 8e5,
  yuanPerMerchantGrowth: 0.03,
};
