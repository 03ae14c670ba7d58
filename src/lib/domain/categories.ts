/** Product categories (品类): the value meaning all of them together, and how one is named. */
import { t, type Lang } from '../i18n/i18n';
import type { Category } from './contract';

/** The category value that means every category together (in the URL, the index files and the app). */
export const ALL_CATEGORIES = 'all';

/** A category's name in `lang`; "all categories" for ALL_CATEGORIES, the id itself for one the dataset does not list. */
export function categoryLabel(categories: readonly Category[], id: string, lang: Lang): string {
  if (id === ALL_CATEGORIES) return t('category.all', lang);
  return categories.find((category) => category.id === id)?.[lang] ?? id;
}
