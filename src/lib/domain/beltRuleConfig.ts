import type { BeltRuleThresholds } from './contract';

/**
 * The belt rule's thresholds: the ONE place they are set. The index build applies them, meta.json
 * carries them to the app's "about the data" dialog, and docs/data.md explains them in words.
 * The source reports give the "two of three" form but not their exact thresholds, so these
 * round values are Beltmap's own.
 */
export const BELT_RULE: Readonly<BeltRuleThresholds> = Object.freeze({
  minSalesYuan: 1e8, // 1 亿元 of annual online sales
  minMerchants: 100, // active online merchants
  minLocationQuotient: 2, // twice the national share of the category
  minConditionsMet: 2, // at least two of the three conditions above
  over100YiYuan: 1e10, // 百亿产业带: 100 亿元 of annual online sales
});
