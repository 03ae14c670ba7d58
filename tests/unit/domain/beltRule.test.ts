import { describe, expect, it } from 'vitest';
import { beltConditions, isBelt, isOver100Yi, locationQuotient } from '../../../src/lib/domain/beltRule';
import { BELT_RULE } from '../../../src/lib/domain/beltRuleConfig';

const MET = { salesYuan: 3e8, merchants: 250, locationQuotient: 4 };
const UNMET = { salesYuan: 2e7, merchants: 12, locationQuotient: 0.5 };

describe('belt rule: every combination of the three conditions', () => {
  // [sales met, merchants met, specialised, is a belt]
  const combos: [boolean, boolean, boolean, boolean][] = [
    [false, false, false, false],
    [true, false, false, false],
    [false, true, false, false],
    [false, false, true, false],
    [true, true, false, true],
    [true, false, true, true],
    [false, true, true, true],
    [true, true, true, true],
  ];
  it.each(combos)('sales %s, merchants %s, LQ %s -> belt %s', (sales, merchants, lq, expected) => {
    const cell = {
      salesYuan: (sales ? MET : UNMET).salesYuan,
      merchants: (merchants ? MET : UNMET).merchants,
      locationQuotient: (lq ? MET : UNMET).locationQuotient,
    };
    expect(beltConditions(cell, BELT_RULE)).toEqual({ hasSales: sales, hasMerchants: merchants, isSpecialised: lq });
    expect(isBelt(cell, BELT_RULE)).toBe(expected);
  });
});

describe('belt rule: thresholds are inclusive', () => {
  const cases: [string, { salesYuan: number; merchants: number; locationQuotient: number | null }, boolean][] = [
    ['sales exactly 1 亿 + merchants exactly 100', { salesYuan: 1e8, merchants: 100, locationQuotient: 1 }, true],
    ['sales just below 1 亿 + merchants exactly 100', { salesYuan: 1e8 - 1, merchants: 100, locationQuotient: 1 }, false],
    ['merchants 99 + LQ exactly 2', { salesYuan: 5e7, merchants: 99, locationQuotient: 2 }, false],
    ['merchants 100 + LQ exactly 2', { salesYuan: 5e7, merchants: 100, locationQuotient: 2 }, true],
    ['sales 1 亿 + LQ just below 2', { salesYuan: 1e8, merchants: 10, locationQuotient: 1.9999 }, false],
    ['sales 1 亿 + LQ unknown', { salesYuan: 1e8, merchants: 10, locationQuotient: null }, false],
  ];
  it.each(cases)('%s -> %s', (_label, cell, expected) => {
    expect(isBelt(cell, BELT_RULE)).toBe(expected);
  });

  it('百亿 starts at exactly 100 亿元 and needs the cell to be a belt', () => {
    expect(isOver100Yi({ salesYuan: 1e10, merchants: 100, locationQuotient: 1 }, BELT_RULE)).toBe(true);
    expect(isOver100Yi({ salesYuan: 1e10 - 1, merchants: 100, locationQuotient: 1 }, BELT_RULE)).toBe(false);
    // 100 亿 of sales alone is one condition: without many merchants or specialisation it is no belt.
    expect(isOver100Yi({ salesYuan: 2e10, merchants: 50, locationQuotient: 1 }, BELT_RULE)).toBe(false);
  });

  it('the config holds the documented thresholds', () => {
    expect(BELT_RULE).toEqual({
      minSalesYuan: 1e8,
      minMerchants: 100,
      minLocationQuotient: 2,
      minConditionsMet: 2,
      over100YiYuan: 1e10,
    });
  });
});

describe('location quotient', () => {
  const cases: [string, [number, number, number, number], number | null][] = [
    ['as specialised as the nation', [10, 100, 1_000, 10_000], 1],
    ['twice the national share', [20, 100, 1_000, 10_000], 2],
    ['single-category county', [50, 50, 1_000, 10_000], 10],
    ['county with no sales', [0, 0, 1_000, 10_000], null],
    ['category with no national sales', [0, 100, 0, 10_000], null],
  ];
  it.each(cases)('%s', (_label, [cs, ct, ns, nt], expected) => {
    const value = locationQuotient(cs, ct, ns, nt);
    if (expected === null) expect(value).toBeNull();
    else expect(value).toBeCloseTo(expected, 12);
  });
});
