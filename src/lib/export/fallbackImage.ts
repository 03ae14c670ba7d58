/**
 * The embed's fallback image (src/lib/embed/embedSnippet.ts): a still of the embedded view in the
 * embed's start year, as the Export dialog's 1× PNG draws it, with its file name and the alt text
 * that names the map, its year and its source — for a reader who gets the image and nothing else.
 */
import { t } from '../i18n/i18n';
import { exportFileName } from './fileName';
import { graphicContent } from './graphicContent';
import type { ExportView } from './graphicFrames';

/** What the text needs of the view: the graphic's words, not its geometry. */
export type FallbackView = Pick<ExportView, 'meta' | 'dataset' | 'layer' | 'category' | 'years' | 'scale' | 'lang' | 'compareFrom' | 'level'>;

export function fallbackImageText(view: FallbackView, yearIndex: number, datasetId: string): { fileName: string; alt: string } {
  const year = view.years[yearIndex];
  if (year === undefined) throw new Error(`fallbackImageText: year index ${yearIndex} is outside the ${view.years.length} years`);
  const content = graphicContent({ ...view, year, bins: view.scale.bins(yearIndex) });
  return {
    fileName: exportFileName({ layer: view.layer, years: year, category: view.category, dataset: datasetId }, 'png'),
    // The first footer line is the data line: the dataset, the year's source, 示意数据 where illustrative.
    alt: t('takeaway.fallbackAlt', view.lang, { title: content.title, subtitle: content.subtitle, source: content.footer[0] ?? '' }),
  };
}
