/**
 * Top places for a layer and year at one level, with the change of rank since the previous year.
 * Works on metrics of any level (aggregateMetrics of the same AreaTable).
 */
import type { AreaTable } from '../../domain/areas';
import type { CountyMetrics } from '../../domain/atlas';
import type { RegionId } from '../../domain/contract';
import type { Lang } from '../../i18n/i18n';
import type { LayerId } from '../../domain/layers';

export interface RankingFilter {
  /** 2-digit province code. */
  province?: string;
  region?: RegionId;
}

export interface RankingQuery {
  layer: LayerId;
  year: number;
  limit: number;
  filter?: RankingFilter;
  lang: Lang;
}

export interface RankingRow {
  code: string;
  name: string;
  context: string;
  /** The measure (yuan, counts), growth as a fraction, or on the spread layer the number of 百亿 belts where the data has belts, else the measure. */
  value: number;
  /** 1 = first; places sharing a value still get consecutive ranks, ordered by code. */
  rank: number;
  /** Rank among the same places in the previous year; null in the first year or when not ranked then. */
  previousRank: number | null;
  /** previousRank − rank: positive when the place climbed. */
  rankChange: number | null;
}

interface Entry {
  area: number;
  value: number;
  /** Breaks ties of value before the code does (spread layer: sales, or the earlier first year). */
  tieBreak: number;
}

/**
 * What each layer ranks by, and who takes part: the measure desc among places with a value; growth
 * desc among places with a value in both years (a "new" place has no growth rate). The spread
 * layer: with belts, 百亿 belt count desc, then sales, among places holding at least one; in a
 * dataset without belts, the measure desc among places that have reached the spread threshold by
 * then (a Taobao village), the earliest to reach it first among equals.
 */
function entryOf(metrics: CountyMetrics, layer: LayerId, y: number, area: number): Entry | null {
  const value = metrics.values[y]?.[area] ?? 0;
  switch (layer) {
    case 'sales':
      return value > 0 ? { area, value, tieBreak: 0 } : null;
    case 'growth': {
      const previousValue = metrics.values[y - 1]?.[area] ?? 0;
      const growth = metrics.growth[y]?.[area] ?? null;
      return value > 0 && previousValue > 0 && growth !== null ? { area, value: growth, tieBreak: 0 } : null;
    }
    case 'spread': {
      if (metrics.over100YiCount === null) {
        const first = metrics.spreadFirstYear[area] ?? null;
        return first !== null && first <= metrics.years[y]! ? { area, value, tieBreak: -first } : null;
      }
      const count = metrics.over100YiCount[y]?.[area] ?? 0;
      return count > 0 ? { area, value: count, tieBreak: value } : null;
    }
  }
}

/** Areas in rank order for year index y. */
function ranking(metrics: CountyMetrics, layer: LayerId, y: number, candidates: number[]): Entry[] {
  const entries = candidates.flatMap((area) => entryOf(metrics, layer, y, area) ?? []);
  // Area tables list codes ascending, so the area index orders by code.
  return entries.sort((a, b) => b.value - a.value || b.tieBreak - a.tieBreak || a.area - b.area);
}

export function rankPlaces(metrics: CountyMetrics, areas: AreaTable, query: RankingQuery): RankingRow[] {
  const y = metrics.years.indexOf(query.year);
  if (y < 0) throw new Error(`rankPlaces: no data for year ${query.year} (years ${metrics.years.join(', ')})`);
  const areaCount = metrics.values[y]!.length;
  if (areaCount !== areas.codes.length) {
    throw new Error(`rankPlaces: metrics hold ${areaCount} places, the ${areas.level} table ${areas.codes.length}; aggregate them to the level first`);
  }
  const { province, region } = query.filter ?? {};
  const candidates = areas.codes.flatMap((_, a) =>
    (province === undefined || areas.provinces[a] === province) && (region === undefined || areas.regions[a] === region) ? [a] : [],
  );
  const previousRankOf = new Map(
    y > 0 ? ranking(metrics, query.layer, y - 1, candidates).map((entry, i) => [entry.area, i + 1]) : [],
  );
  return ranking(metrics, query.layer, y, candidates)
    .slice(0, Math.max(0, query.limit))
    .map(({ area, value }, i) => {
      const rank = i + 1;
      const previousRank = previousRankOf.get(area) ?? null;
      return {
        code: areas.codes[area]!,
        name: areas.names[area]![query.lang],
        context: areas.contexts[area]![query.lang],
        value,
        rank,
        previousRank,
        rankChange: previousRank === null ? null : previousRank - rank,
      };
    });
}
