/**
 * What the tooltip says about a place (a county, or a prefecture or province at those levels):
 * plain strings, so the component only lays them out.
 */
import type { CountyMetrics } from '../../domain/atlas';
import type { AreaTable } from '../../domain/areas';
import type { BeltRecord, ProvenanceCode, SourceRecord } from '../../domain/contract';
import { datasetWord } from '../../domain/datasets';
import { sourceIn } from '../../domain/sources';
import { formatCount, formatGrowth, formatYear } from '../../format/format';
import { t, type Lang } from '../../i18n/i18n';
import type { LayerId } from '../../domain/layers';
import { growthStatus } from '../scales/growthStatus';
import { isCovered } from '../../domain/coverage';
import { hasBelts, measureLabel, placeValueText, yearSource, type ViewDataset } from '../scales/viewDataset';

export interface TooltipRow {
  label: string;
  value: string;
}

export interface TooltipContent {
  title: string;
  place: string;
  /** The shown layer's value first, then the others. */
  rows: TooltipRow[];
  /**
   * The note under the rows: where the value comes from, or why there is none where the dataset does
   * not cover the place (the rows then say 无数据); null for no belt that year.
   */
  provenance: string | null;
}

export interface TooltipInput {
  /** The places of the level shown; metrics are aggregated to the same table. */
  places: AreaTable;
  sources: readonly SourceRecord[];
  metrics: CountyMetrics;
  /** Index of the place in `places`. */
  placeIndex: number;
  yearIndex: number;
  layer: LayerId;
  lang: Lang;
  /** A county's belts in the shown category set, once belts.json is in; they name the sources (null for an area). */
  belts: readonly BeltRecord[] | null;
  /** The dataset shown: its measure, words and the source of each year's list. */
  dataset: ViewDataset;
}

/** 1-based rank by value among places with a value above 0 that year (ties share a rank), and their number. */
export function nationalRank(yearSales: ArrayLike<number>, placeIndex: number): { rank: number; total: number } | null {
  const own = yearSales[placeIndex] ?? 0;
  if (own <= 0) return null;
  let higher = 0;
  let total = 0;
  for (let i = 0; i < yearSales.length; i++) {
    const sales = yearSales[i]!;
    if (sales > 0) total++;
    if (sales > own) higher++;
  }
  return { rank: higher + 1, total };
}

export function tooltipContent(input: TooltipInput): TooltipContent {
  const { places, metrics, placeIndex: c, yearIndex: y, layer, lang } = input;
  const { dataset } = input;
  const value = metrics.values[y]?.[c] ?? 0;
  const provenance = metrics.provenance[y]?.[c] ?? 0;
  const covered = isCovered(dataset, places.regions[c]!, provenance);
  // A 0 with a provenance is a value (a county absent from a complete list had no Taobao village).
  const hasValue = covered && (value > 0 || provenance !== 0);
  const firstYear = metrics.spreadFirstYear[c] ?? null;
  const shownYear = metrics.years[y] ?? 0;

  const valueRow = { label: measureLabel(dataset.measure, lang), value: placeValueText(dataset, value, covered, lang) };
  const spreadRow = {
    label: hasBelts(dataset) ? t('tooltip.firstOver100Yi', lang) : datasetWord(dataset, 'spreadLayer', lang),
    value: !covered
      ? t('noData', lang)
      : firstYear !== null && firstYear <= shownYear
        ? formatYear(firstYear, lang)
        : t('tooltip.notYet', lang),
  };
  const rows: TooltipRow[] = layer === 'spread' ? [spreadRow, valueRow] : [valueRow];
  // A fall to 0 still has a growth (-100 %), which the growth layer colours: the row says it.
  // A place not covered has no growth to speak of, and no rank.
  if (covered && (value > 0 || growthStatus(metrics, y, c).kind === 'value')) {
    const growthRow = { label: t('tooltip.growth', lang), value: growthText(metrics, y, c, lang) };
    if (layer === 'growth') rows.unshift(growthRow);
    else rows.push(growthRow);
  }
  if (covered && value > 0) {
    const rank = nationalRank(metrics.values[y]!, c)!;
    rows.push({ label: t('tooltip.rank', lang), value: t('tooltip.rankValue', lang, { rank: formatCount(rank.rank, lang), total: formatCount(rank.total, lang) }) });
    // Belt counts only where the data has belts.
    if (metrics.beltCount && metrics.over100YiCount) {
      rows.push(
        { label: t('tooltip.belts', lang), value: formatCount(metrics.beltCount[y]?.[c] ?? 0, lang) },
        { label: t('tooltip.over100Yi', lang), value: formatCount(metrics.over100YiCount[y]?.[c] ?? 0, lang) },
      );
    }
  }
  return {
    title: places.names[c]?.[lang] ?? '',
    place: places.contexts[c]?.[lang] ?? '',
    rows,
    provenance: hasValue ? provenanceLabel(provenance, sourceTitles(input, dataset), lang) : covered ? null : t('noData.notCovered', lang),
  };
}

/** The sources of a place's value that year: the year's complete list, else the reported belts'. */
function sourceTitles({ yearIndex, belts, sources, lang }: TooltipInput, dataset: ViewDataset): string | null {
  return yearSourceTitle(dataset, yearIndex, sources, lang) ?? reportedSourceTitles(belts, yearIndex, sources, lang);
}

/** The growth of a place with sales that year: "+12.3%", "新增" or "无数据", as the tooltip and the table write it. */
export function growthText(metrics: CountyMetrics, y: number, c: number, lang: Lang): string {
  const status = growthStatus(metrics, y, c);
  if (status.kind === 'value') return formatGrowth(status.growth, lang);
  return t(status.kind === 'new' ? 'growth.new' : 'noData', lang);
}

/** What a provenance code says, naming the sources of the reported values when they are known. */
export function provenanceLabel(code: ProvenanceCode, sourceTitles: string | null, lang: Lang): string | null {
  if (code === 1) return t('provenance.modeled', lang);
  if (code === 2) return sourceTitles ? t('provenance.reportedWith', lang, { sources: sourceTitles }) : t('provenance.reported', lang);
  if (code === 3) return sourceTitles ? t('provenance.mixedWith', lang, { sources: sourceTitles }) : t('provenance.mixed', lang);
  return null;
}

/** Titles of the sources behind the reported values of that year (in `lang`'s citation), or null when none is known. */
export function reportedSourceTitles(belts: readonly BeltRecord[] | null, yearIndex: number, sources: readonly SourceRecord[], lang: Lang): string | null {
  if (!belts) return null;
  const ids = new Set<string>();
  for (const belt of belts) {
    const id = belt.sourceIds[yearIndex];
    if (belt.provenance[yearIndex] === 'reported' && id) ids.add(id);
  }
  if (ids.size === 0) return null;
  return [...ids].map((id) => titleOf(sources.find((s) => s.id === id), lang) ?? id).join('; ');
}

/** The title of the source of a year's complete list (阿里研究院《中国淘宝村研究报告(2016)》…, in English its English line), or null. */
export function yearSourceTitle(dataset: Pick<ViewDataset, 'yearSourceIds'>, yearIndex: number, sources: readonly SourceRecord[], lang: Lang): string | null {
  return titleOf(yearSource({ yearSourceIds: dataset.yearSourceIds, sources }, yearIndex), lang) ?? null;
}

function titleOf(source: SourceRecord | null | undefined, lang: Lang): string | undefined {
  return source ? sourceIn(source, lang).title : undefined;
}
