/**
 * The rules by which county values are combined over years and over places, used alike by the
 * index build (counties, from belts) and by the levels (prefectures and provinces, from counties).
 */
import type { ProvenanceCode } from './contract';

/**
 * Year-on-year growth of sales as a fraction (0.25 = +25 %). Undefined, so null, when the previous
 * year had no sales (or there is no previous year): the app shows "new" or "no data", never infinity.
 */
export function yearOnYearGrowth(sales: number, previousSales: number | undefined): number | null {
  const previous = previousSales ?? 0;
  return previous > 0 ? sales / previous - 1 : null;
}

/** The code of one value's provenance in the metrics files. */
export function provenanceCode(provenance: 'modeled' | 'reported'): ProvenanceCode {
  return provenance === 'reported' ? 2 : 1;
}

/**
 * Provenance codes are bit flags (1 modeled, 2 reported, 3 mixed, 0 no value), so a sum's code is
 * the OR of its parts': modeled with reported gives mixed, and a part without a value changes nothing.
 */
export function combineProvenance(a: ProvenanceCode, b: ProvenanceCode): ProvenanceCode {
  return (a | b) as ProvenanceCode;
}
