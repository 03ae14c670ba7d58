/** How a source is cited in each language of the interface. */
import type { Lang } from '../i18n/i18n';
import type { SourceRecord } from './contract';

/**
 * A source as the interface in `lang` cites it: in English, a source written in Chinese by its
 * English line (title, and publisher where it has one); otherwise as published.
 */
export function sourceIn(source: SourceRecord, lang: Lang): SourceRecord {
  if (lang === 'zh' || !source.english) return source;
  return { ...source, title: source.english.title, publisher: source.english.publisher ?? source.publisher };
}
