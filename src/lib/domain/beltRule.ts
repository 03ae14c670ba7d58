import type { BeltRuleThresholds } from './contract';

/** What the belt rule looks at for one (county, category, year). */
export interface BeltCell {
  salesYuan: number;
  merchants: number;
  /** null when it cannot be computed (the county or the nation has no sales that year). */
  locationQuotient: number | null;
}

export interface BeltConditions {
  hasSales: boolean;
  hasMerchants: boolean;
  isSpecialised: boolean;
}

export function beltConditions(cell: BeltCell, rule: BeltRuleThresholds): BeltConditions {
  return {
    hasSales: cell.salesYuan >= rule.minSalesYuan,
    hasMerchants: cell.merchants >= rule.minMerchants,
    isSpecialised: cell.locationQuotient !== null && cell.locationQuotient >= rule.minLocationQuotient,
  };
}

/** A (county, category, year) is a belt when at least minConditionsMet of the three conditions hold. */
export function isBelt(cell: BeltCell, rule: BeltRuleThresholds): boolean {
  const { hasSales, hasMerchants, isSpecialised } = beltConditions(cell, rule);
  return Number(hasSales) + Number(hasMerchants) + Number(isSpecialised) >= rule.minConditionsMet;
}

/** 百亿产业带: a belt with annual online sales of at least 100 亿元. */
export function isOver100Yi(cell: BeltCell, rule: BeltRuleThresholds): boolean {
  return isBelt(cell, rule) && cell.salesYuan >= rule.over100YiYuan;
}

/**
 * Location quotient: the category's share of the county's sales divided by the category's share
 * of national sales (both within the same year and the same set of categories). 2 means the
 * county is twice as specialised in the category as the country. null when a share is undefined.
 */
export function locationQuotient(
  countyCategorySales: number,
  countyTotalSales: number,
  nationalCategorySales: number,
  nationalTotalSales: number,
): number | null {
  if (countyTotalSales <= 0 || nationalCategorySales <= 0 || nationalTotalSales <= 0) return null;
  return countyCategorySales / countyTotalSales / (nationalCategorySales / nationalTotalSales);
}
