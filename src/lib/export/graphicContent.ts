/**
 * What the export graphic says for one view: title, subtitle, year stamp, badge, legend, source
 * lines and caption, in the same words as the page (the legend's through view/legend/legendContent).
 */
import type { PlaceLevel } from '../domain/areas';
import { categoryLabel } from '../domain/categories';
import type { AtlasDataset } from '../domain/atlas';
import type { LayerId } from '../domain/layers';
import { formatYear } from '../format/format';
import { t, type Lang } from '../i18n/i18n';
import { legendContent, type LegendSwatch as ViewSwatch } from '../view/legend/legendContent';
import type { LegendBin } from '../view/scales/layerScale';

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

export interface GraphicView {
  meta: Pick<AtlasDataset, 'title' | 'isIllustrative' | 'categories'>;
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
}

/** The page marks the swatch of this year's new counties with a ◆ beside its words; the graphic writes it into them. */
function swatch({ bin, label }: ViewSwatch): LegendSwatch {
  return { colour: bin.colour, label: bin.isHighlighted ? `◆ ${label}` : label, isHighlighted: bin.isHighlighted, isFuture: bin.isFuture };
}

function layerTitle(layer: LayerId, level: PlaceLevel, lang: Lang): string {
  if (layer === 'spread') return t('export.graphic.title.spread', lang);
  return t(`export.graphic.title.${layer}`, lang, { places: t(`export.graphic.places.${level}`, lang) });
}

/** What the graphic says for one view: the same words and swatches as the page. */
export function graphicContent(view: GraphicView): GraphicContent {
  const { meta, layer, category, year, bins, lang } = view;
  const compareFrom = view.compareFrom ?? null;
  const legend = legendContent({ layer, bins, year, lang, compareFrom });
  const dataLine = t('source.data', lang, { title: meta.title[lang] });
  return {
    title: compareFrom !== null ? legend.title : layerTitle(layer, view.level ?? 'county', lang),
    subtitle: t('export.graphic.subtitle', lang, {
      layer: t(`layer.${layer}`, lang),
      category: categoryLabel(meta.categories, category, lang),
      year: formatYear(year, lang),
    }),
    yearStamp: String(year),
    badge: meta.isIllustrative ? t('badge.illustrative', lang) : null,
    legend: {
      title: `${legend.title}${legend.unitText}`,
      style: legend.style,
      ranges: legend.ranges.map(swatch),
      breakLabels: legend.breakLabels,
      specials: legend.specials.map(swatch),
    },
    footer: [
      meta.isIllustrative ? `${dataLine} · ${t('badge.illustrativeTitle', lang)}` : dataLine,
      `${t('source.boundaries', lang)} · ${t('export.graphic.credit', lang)}`,
    ],
    insetTitle: t('export.graphic.insetTitle', lang),
    caption: view.caption ?? null,
  };
}
