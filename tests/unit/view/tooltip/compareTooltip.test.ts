import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../../support/beltView';
import { areaTable } from '../../../../src/lib/domain/areas';
import { compareTooltipContent } from '../../../../src/lib/view/tooltip/compareTooltip';
import { makePlacesTable } from '../../fixtures/places';
import { compareMetrics } from '../../fixtures/compareMetrics';

// Six places over 2018–2020: +60 %, −50 %, new, gone, none, +400 %.
const metrics = compareMetrics;

describe('compareTooltipContent', () => {
  // Places of the fixture table stand in for the six metric columns above.
  const places = areaTable(makePlacesTable(), 'county');
  it.each([
    [0, 'sales', ['100亿元', '160亿元', '+60亿元（+60.0%）']],
    [2, 'sales', ['无', '4亿元', '新增 +4亿元']],
    [3, 'sales', ['5亿元', '无', '消失 -5亿元']],
    [4, 'sales', ['无', '无', '两年均无']],
    [0, 'spread', ['1', '4', '+3（+300.0%）']],
  ] as const)('place %i, %s layer: both years and the change', (placeIndex, layer, values) => {
    const content = compareTooltipContent({ places, metrics, placeIndex, layer, fromYear: 2018, toYear: 2020, lang: 'zh', dataset: BELT_VIEW });
    expect(content.rows.map((r) => r.value)).toEqual(values);
    expect(content.rows.map((r) => r.label)).toEqual(
      layer === 'sales' ? ['2018年销售额', '2020年销售额', '变化'] : ['2018年百亿产业带', '2020年百亿产业带', '变化'],
    );
  });
});
