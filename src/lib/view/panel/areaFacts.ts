/**
 * What the area panel (a prefecture or province) says of a place in the year shown. For the belt
 * model these are the tooltip's facts, belt counts included, so panel and tooltip never disagree;
 * a dataset without belts (metrics.beltCount null) is told in its measure's words and unit, each
 * reported value with the year's list as source.
 */
import type { AtlasDataset } from '../../domain/atlas';
import { datasetWord } from '../../domain/datasets';
import { formatCount, formatYear } from '../../format/format';
import { t } from '../../i18n/i18n';
import { growthText, nationalRank, tooltipContent, type TooltipContent, type TooltipInput, type TooltipRow } from '../tooltip/tooltipContent';
import { valueText, yearSource } from './listedPlaces';

type FactsDataset = Pick<AtlasDataset, 'detailsKind' | 'measure' | 'words' | 'years' | 'yearSourceIds' | 'sources'>;

export function areaFacts(input: TooltipInput, meta: FactsDataset): TooltipContent {
  const { places, metrics, placeIndex: c, yearIndex: y, layer, lang } = input;
  if (metrics.beltCount !== null) return tooltipContent(input);

  const value = metrics.values[y]?.[c] ?? 0;
  const provenance = metrics.provenance[y]?.[c] ?? 0;
  const firstYear = metrics.spreadFirstYear[c] ?? null;
  const valueRow = { label: meta.measure.name[lang], value: valueText(meta, value, provenance, lang) };
  const firstYearRow = {
    label: datasetWord(meta, 'spreadLegend', lang),
    value: firstYear !== null && firstYear <= (metrics.years[y] ?? 0) ? formatYear(firstYear, lang) : datasetWord(meta, 'notYet', lang),
  };
  const rows: TooltipRow[] = layer === 'spread' ? [firstYearRow, valueRow] : [valueRow];
  if (value > 0) {
    const growthRow = { label: t('tooltip.growth', lang), value: growthText(metrics, y, c, lang) };
    if (layer === 'growth') rows.unshift(growthRow);
    else rows.push(growthRow);
    const rank = nationalRank(metrics.values[y]!, c)!;
    rows.push({
      label: t('tooltip.rank', lang),
      value: t('tooltip.rankValue', lang, { rank: formatCount(rank.rank, lang), total: formatCount(rank.total, lang) }),
    });
  }
  const source = provenance === 2 ? yearSource(meta, y) : null;
  return {
    title: places.names[c]?.[lang] ?? '',
    place: places.contexts[c]?.[lang] ?? '',
    rows,
    provenance: source ? t('provenance.reportedWith', lang, { sources: source.title }) : null,
  };
}
