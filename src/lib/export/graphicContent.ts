/**
 * What the export graphic says for one view: title, subtitle, year stamp, badge, legend, source
 * lines and caption, in the same words as the page (the legend's through view/legend/legendContent).
 */
import type { PlaceLevel } from '../domain/areas';
import { categoryLabel } from '../domain/categories';
import type { AtlasDataset } from '../domain/atlas';
import { datasetWord } from '../domain/datasets';
import type { LayerId } from '../domain/layers';
import { formatYear } from '../format/format';
import { t, type Lang } from '../i18n/i18n';
import { legendContent, type LegendSwatch as ViewSwatch } from '../view/legend/legendContent';
import type { LegendBin } from '../view/scales/layerScale';
import { hasBelts, layerName, type ViewDataset } from '../view/scales/viewDataset';
import { yearSourceTitle } from '../view/tooltip/tooltipContent';

export interface LegendSwatch {
  colour: string;
  label: string;
  /** Spread layer: counties new this year, marked ◆ and framed as on screen. */
  isHighlighted: boolean;
  /** Spread layer: a year after the one shown, drawn faded. */
  isFuture: boolean;
}

export interface LegendContent {
  /** The legend's title with its unit. */
  title: string;
  /** 'bar': range swatches side by side with the breaks under their edges (sales, growth); 'list': swatch and label (spread). */
  style: 'bar' | 'list';
  ranges: LegendSwatch[];
  /** Bar style: the break between each pair of neighbouring ranges. */
  breakLabels: string[];
  specials: LegendSwatch[];
}

export interface GraphicContent {
  title: string;
  subtitle: string;
  yearStamp: string;
  /** The 示意数据 badge, or null for a dataset that is not illustrative. */
  badge: string | null;
  legend: LegendContent;
  /** Source and credit lines; long ones wrap. */
  footer: string[];
  insetTitle: string;
  /** A story step's caption, or null. */
  caption: string | null;
}

/** What the graphic says of the dataset beyond its title: its measure and words, and the source of each year's list. */
export type GraphicDataset = ViewDataset & Pick<AtlasDataset, 'years' | 'sources'>;

export interface GraphicView {
  meta: Pick<AtlasDataset, 'title' | 'isIllustrative' | 'categories'>;
  /** The dataset shown (atlas.meta): its measure, words and sources. */
  dataset: GraphicDataset;
  layer: LayerId;
  category: string;
  year: number;
  /** Legend swatches of the year shown, as the on-screen legend has them (AtlasView.legendBins). */
  bins: readonly LegendBin[];
  lang: Lang;
  caption?: string | null;
  /** While two years are compared on screen: the first year; the bins are then the difference layer's. */
  compareFrom?: number | null;
  /** The places the map colours (counties unless given), named in the title. */
  level?: PlaceLevel;
  /** The years as the subtitle names them, where they are more than `year` (a year grid's: 2018年、2021年、2024年). */
  yearsText?: string;
}

/** The page marks the swatch of this year's new counties with a ◆ beside its words; the graphic writes it into them. */
function swatch({ bin, label }: ViewSwatch): LegendSwatch {
  return { colour: bin.colour, label: bin.isHighlighted ? `◆ ${label}` : label, isHighlighted: bin.isHighlighted, isFuture: bin.isFuture };
}

/**
 * The graphic's title: the belt model's own sentences (各县级单位产业带线上销售额, 百亿产业带的扩散); for
 * another dataset, its legend's words by place (各县级单位淘宝村数量) or the spread of the dataset (淘宝村的扩散).
 */
function layerTitle(view: GraphicView, dataset: ViewDataset, level: PlaceLevel): string {
  const { layer, lang } = view;
  const places = t(`export.graphic.places.${level}`, lang);
  if (hasBelts(dataset)) {
    if (layer === 'spread') return t('export.graphic.title.spread', lang);
    return t(`export.graphic.title.${layer}`, lang, { places });
  }
  if (layer === 'spread') return t('export.graphic.title.spreadOf', lang, { dataset: view.meta.title[lang] });
  return t('export.graphic.title.measure', lang, { places, measure: datasetWord(dataset, layer === 'sales' ? 'valueLegend' : 'growthLegend', lang) });
}

/** Layer, category and year; a dataset without categories (or belts) names itself instead of a category. */
function subtitle(view: GraphicView, dataset: ViewDataset): string {
  const { meta, layer, category, year, lang } = view;
  const shown = { layer: layerName(dataset, layer, lang), year: view.yearsText ?? formatYear(year, lang) };
  if (meta.categories.length === 0 && !hasBelts(dataset)) {
    // Said once where the layer's name is the dataset's (Taobao villages · 2016).
    if (shown.layer === meta.title[lang]) return t('export.graphic.subtitleLayer', lang, shown);
    return t('export.graphic.subtitleDataset', lang, { ...shown, dataset: meta.title[lang] });
  }
  return t('export.graphic.subtitle', lang, { ...shown, category: categoryLabel(meta.categories, category, lang) });
}

/** The data line: the dataset, the source of the year's list where one covers it, and 示意数据 where illustrative. */
function dataLine(view: GraphicView): string {
  const { meta, dataset, year, lang } = view;
  const source = dataset ? yearSourceTitle(dataset, dataset.years.indexOf(year), dataset.sources, lang) : null;
  return [
    t('source.data', lang, { title: meta.title[lang] }),
    ...(source ? [t('export.graphic.source', lang, { source })] : []),
    ...(meta.isIllustrative ? [t('badge.illustrativeTitle', lang)] : []),
  ].join(' · ');
}

/** What the graphic says for one view: the same words and swatches as the page. */
export function graphicContent(view: GraphicView): GraphicContent {
  const { meta, layer, year, bins, lang } = view;
  const { dataset } = view;
  const compareFrom = view.compareFrom ?? null;
  const legend = legendContent({ layer, bins, year, lang, compareFrom, dataset });
  return {
    title: compareFrom !== null ? legend.title : layerTitle(view, dataset, view.level ?? 'county'),
    subtitle: subtitle(view, dataset),
    yearStamp: String(year),
    badge: meta.isIllustrative ? t('badge.illustrative', lang) : null,
    legend: {
      title: `${legend.title}${legend.unitText}`,
      style: legend.style,
      ranges: legend.ranges.map(swatch),
      breakLabels: legend.breakLabels,
      specials: legend.specials.map(swatch),
    },
    footer: [dataLine(view), `${t('source.boundaries', lang)} · ${t('export.graphic.credit', lang)}`],
    insetTitle: t('export.graphic.insetTitle', lang),
    caption: view.caption ?? null,
  };
}
