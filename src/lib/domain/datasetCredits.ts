/**
 * How a dataset is named outside its own views: the page's title, and the short citation of the
 * sources behind the map's years for the line under the map.
 */
import { t, type Lang } from '../i18n/i18n';
import type { AtlasDataset } from './atlas';
import { BELT_DATASET } from './datasets';
import { sourceIn } from './sources';

/**
 * The page's title: the atlas's name, and the dataset's after it when it is not the belt model
 * (产业带地图 · 淘宝村), also when an imported dataset is the site's default.
 */
export function pageTitle(meta: Pick<AtlasDataset, 'id' | 'title'> | null, lang: Lang): string {
  const app = t('app.title', lang);
  return meta && meta.id !== BELT_DATASET ? `${app} · ${meta.title[lang]}` : app;
}

/**
 * The sources of the map's years, each once with the span of years it covers. The yearly editions
 * of one report are one work: a title differs between editions only by its year tag, "(2014)",
 * and what follows the work's closing 》 names the part used (附录：淘宝村名单), so both are
 * left out and the editions read 阿里研究院《中国淘宝村研究报告》2014–2016 (in English, the English
 * lines, whose part follows a colon). Empty when no source
 * covers a whole year (the belt model, whose values have sources of their own).
 */
export function yearSourceCitations(meta: Pick<AtlasDataset, 'years' | 'yearSourceIds' | 'sources'>, lang: Lang): string[] {
  const yearsByWork = new Map<string, number[]>();
  meta.yearSourceIds.forEach((id, yearIndex) => {
    const year = meta.years[yearIndex];
    if (!id || year === undefined) return;
    const source = meta.sources.find((s) => s.id === id);
    const title = source ? sourceIn(source, lang).title : id;
    const work = workOf(title, year);
    yearsByWork.set(work, [...(yearsByWork.get(work) ?? []), year]);
  });
  // A title ending in a closing book-title mark is followed by its years without a space, as Chinese is written.
  return [...yearsByWork].map(([work, years]) => `${work}${work.endsWith('》') ? '' : ' '}${yearSpan(years)}`);
}

function workOf(title: string, year: number): string {
  const untagged = title.replace(new RegExp(`\\s*[(（]${year}[)）]`), '');
  const close = untagged.indexOf('》');
  if (close >= 0) return untagged.slice(0, close + 1);
  // An English line names the part after a colon, as the Chinese title does after 》.
  const colon = untagged.indexOf(': ');
  return colon >= 0 ? untagged.slice(0, colon) : untagged;
}

/** 2014–2016 for consecutive years, else each year (2014, 2016): a span must not claim a year the work does not cover. */
function yearSpan(years: number[]): string {
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (years.length === 1) return `${first}`;
  return last - first === years.length - 1 ? `${first}–${last}` : years.join(', ');
}
