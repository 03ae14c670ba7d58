import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { compareTitle } from '../../../../src/lib/view/compare/compareLegend';

describe('compareTitle', () => {
  it.each([
    ['sales', 'zh', '销售额变化 2018→2024'],
    ['growth', 'en', 'Change in sales, 2018→2024'],
    ['spread', 'zh', '百亿产业带数量变化 2018→2024'],
  ] as const)('%s title in %s', (layer, lang, expected) => {
    expect(compareTitle(layer, 2018, 2024, lang, BELT_VIEW)).toBe(expected);
  });
});
