/**
 * What a legend says, once for the page's legend (Legend.svelte) and the export graphic: its
 * title and unit, each swatch's words, and the breaks under a bar of ranges; the layer's words or,
 * while two years are compared, the difference layer's.
 */
import { datasetWord } from '../../domain/datasets';
import { formatGrowthBreak } from '../../format/format';
import type { Lang } from '../../i18n/i18n';
import type { LayerId } from '../../domain/layers';
import { compareLegendLabel, compareTitle, compareUnit } from '../compare/compareLegend';
import { compareKind } from '../compare/compareScale';
import type { LegendBin } from '../scales/layerScale';
import { legendBreakLabel, legendLabel, legendUnit } from '../scales/legendLabel';
import type { ViewDataset } from '../scales/viewDataset';

export interface LegendSwatch {
  bin: LegendBin;
  label: string;
}

export interface LegendContent {
  title: string;
  /** The unit as written after the title, "（亿元）" or " (billion yuan)"; '' for a layer without one. */
  unitText: string;
  /**
   * 'bar': range swatches side by side with the breaks under their edges (sales, growth); 'list':
   * swatch and label (spread, and the difference of counts, whose swatches are whole numbers).
   */
  style: 'bar' | 'list';
  /** The range (or year) swatches, in order. */
  ranges: LegendSwatch[];
  /** Bar style: the break between each pair of neighbouring ranges; empty for a list. */
  breakLabels: string[];
  /** Bar style: the first range's lower bound, under the bar's left end, where it has one (a count's 1); else null. */
  startLabel: string | null;
  /** The swatches of their own: no belt, new, gone, no data, not yet. */
  specials: LegendSwatch[];
}

export interface LegendInput {
  layer: LayerId;
  bins: readonly LegendBin[];
  /** The year shown (the second year while two are compared). */
  year: number;
  lang: Lang;
  /** While two years are compared: the first year; the bins are then the difference layer's. */
  compareFrom: number | null;
  /** The dataset shown (its words and measure). */
  dataset: ViewDataset;
}

const TITLE_WORD = { sales: 'valueLegend', growth: 'growthLegend', spread: 'spreadLegend' } as const;

const isRange = (bin: LegendBin) => bin.kind === 'range' || bin.kind === 'year';

export function legendContent({ layer, bins, year, lang, compareFrom, dataset }: LegendInput): LegendContent {
  const isCompare = compareFrom !== null;
  const unit = isCompare ? compareUnit(layer, lang, dataset) : legendUnit(layer, lang, dataset);
  const label = (bin: LegendBin) => (isCompare ? compareLegendLabel(bin, layer, lang, dataset) : legendLabel(bin, layer, lang, dataset));
  // The difference layer's breaks are percentages where it compares relatively (a count's are listed).
  const breakLabel = (value: number) => (isCompare ? formatGrowthBreak(value, lang) : legendBreakLabel(value, layer, lang, dataset));
  const ranges = bins.filter(isRange);
  const style = layer === 'spread' || (isCompare && compareKind(layer, dataset) !== 'relative') ? 'list' : 'bar';
  const start = ranges[0]?.lower ?? null;
  return {
    title: isCompare ? compareTitle(layer, compareFrom, year, lang, dataset) : datasetWord(dataset, TITLE_WORD[layer], lang),
    unitText: unit ? (lang === 'zh' ? `（${unit}）` : ` (${unit})`) : '',
    style,
    ranges: ranges.map((bin) => ({ bin, label: label(bin) })),
    breakLabels: style === 'list' ? [] : ranges.slice(1).map((bin) => breakLabel(bin.lower ?? 0)),
    startLabel: style === 'bar' && start !== null ? breakLabel(start) : null,
    specials: bins.filter((bin) => !isRange(bin)).map((bin) => ({ bin, label: label(bin) })),
  };
}
