/** Finds a category by its id ("apparel"), Chinese name (服饰鞋包) or English name. */
import type { Category } from '../domain/contract';
import type { Checked } from './problems';
import { toHalfWidth } from './parseAmount';

export function createCategoryLookup(categories: Category[]): (raw: string) => Checked<Category> {
  const byText = new Map<string, Category>();
  for (const category of categories) {
    for (const text of [category.id, category.zh, category.en]) byText.set(text.toLowerCase(), category);
  }
  const valid = categories.map(({ id, zh, en }) => ({ id, zh, en }));
  return (raw) => {
    const text = toHalfWidth(raw).trim().toLowerCase();
    const category = byText.get(text);
    if (category !== undefined) return { ok: true, value: category };
    return {
      ok: false,
      reason: text === '' ? { code: 'noCategory', categories: valid } : { code: 'unknownCategory', value: raw, categories: valid },
    };
  };
}
