import { describe, expect, it } from 'vitest';
import { areaTable } from '../../../../src/lib/domain/areas';
import { aggregateMetrics } from '../../../../src/lib/domain/levels';
import { rankPlaces } from '../../../../src/lib/view/rankings/rankings';
import { rankingLayerName, rankingValueHeading, rankingValueText, type RankingWords } from '../../../../src/lib/view/rankings/rankingText';
import { readCommittedDataset } from '../../support/datasetFiles';
import { readTaobaoVillages } from '../../support/taobaoVillages';
import { beltDataset } from '../../../../src/lib/data/decode';

const { meta, counties, metrics } = readTaobaoVillages();
const countyAreas = areaTable(counties, 'county');
const top = (layer: 'sales' | 'spread', year: number, level: 'county' | 'province' = 'county', lang: 'zh' | 'en' = 'zh') => {
  const areas = level === 'county' ? countyAreas : areaTable(counties, level);
  return rankPlaces(aggregateMetrics(metrics, areas), areas, { layer, year, limit: 3, lang });
};
const words = (layer: RankingWords['layer'], lang: 'zh' | 'en' = 'zh'): RankingWords => ({ dataset: meta, layer, lang });

describe('rankings of the 淘宝村 dataset', () => {
  it('rank counties by their number of villages: 2016 义乌 65, 温岭 54, 曹县 48 (tied with 普宁, before it by code)', () => {
    const rows = top('sales', 2016);
    expect(rows.map((r) => [r.code, r.name, r.value, r.rank, r.previousRank])).toEqual([
      ['330782', '义乌市', 65, 1, 1],
      ['331081', '温岭市', 54, 2, 7],
      ['371721', '曹县', 48, 3, 2],
    ]);
    expect(rows.map((r) => rankingValueText(r.value, words('sales')))).toEqual(['65个', '54个', '48个']);
    expect(rankingValueText(48, words('sales', 'en'))).toBe('48 villages');
  });

  it('rank provinces: 浙江 506, 广东 262, 江苏 201 villages in 2016', () => {
    expect(top('sales', 2016, 'province').map((r) => [r.code, r.value])).toEqual([
      ['33', 506],
      ['44', 262],
      ['32', 201],
    ]);
  });

  it('rank the spread layer by villages among counties that have had one, the earlier first among equals', () => {
    expect(top('spread', 2014).map((r) => [r.code, r.value])).toEqual([
      ['440111', 9],
      ['440118', 9],
      ['130534', 8],
    ]);
  });

  it('head the value column and name the layers in the dataset\'s words', () => {
    expect(rankingValueHeading(words('sales'))).toBe('淘宝村数量');
    expect(rankingValueHeading(words('spread', 'en'))).toBe('Taobao villages');
    expect(rankingValueHeading(words('growth'))).toBe('同比增速');
    expect(rankingLayerName(words('spread'))).toBe('首个淘宝村');
    expect(rankingLayerName(words('sales', 'en'))).toBe('Taobao villages');
  });
});

describe('rankings of the belt dataset keep their words', () => {
  const beltMeta = beltDataset(readCommittedDataset().meta);
  const belt = (layer: RankingWords['layer']): RankingWords => ({ dataset: beltMeta, layer, lang: 'zh' });
  it.each([
    ['sales', '销售额', '销售规模', 1.5e10, '150亿元'],
    ['spread', '百亿产业带', '百亿产业带', 2, '2'],
  ] as const)('%s: heading %s, caption %s', (layer, heading, caption, value, text) => {
    expect(rankingValueHeading(belt(layer))).toBe(heading);
    expect(rankingLayerName(belt(layer))).toBe(caption);
    expect(rankingValueText(value, belt(layer))).toBe(text);
  });
});
