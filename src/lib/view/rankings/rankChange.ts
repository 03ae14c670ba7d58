/**
 * How a ranking row shows its change of rank since the previous year: a mark that reads without
 * colour (▲3, ▼2, 新, –) and the words a screen reader says instead.
 */
import { t, type Lang } from '../../i18n/i18n';
import type { RankingRow } from './rankings';

export type RankChangeKind = 'up' | 'down' | 'same' | 'new' | 'first-year';

export interface RankChange {
  kind: RankChangeKind;
  /** What the row shows: ▲3, ▼2, 新 / new, – or nothing in the first year. */
  mark: string;
  /** What it means, in words: 上升 3 位 / up 3. */
  label: string;
}

/** isFirstYear: the shown year is the dataset's first, so no place can have a previous rank. */
export function rankChangeOf(row: Pick<RankingRow, 'rankChange'>, isFirstYear: boolean, lang: Lang): RankChange {
  const change = row.rankChange;
  if (isFirstYear) return { kind: 'first-year', mark: '', label: t('rankings.firstYear', lang) };
  if (change === null) return { kind: 'new', mark: t('rankings.newMark', lang), label: t('rankings.new', lang) };
  if (change > 0) return { kind: 'up', mark: `▲${change}`, label: t('rankings.up', lang, { count: change }) };
  if (change < 0) return { kind: 'down', mark: `▼${-change}`, label: t('rankings.down', lang, { count: -change }) };
  return { kind: 'same', mark: '–', label: t('rankings.same', lang) };
}
