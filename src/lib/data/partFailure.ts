/**
 * When a part of the dataset shown could not be loaded (a category's values, the belts or listed
 * places of the county panel): what did not load and why, in the page's language, and what to
 * try; the browser's words are kept for the closed technical details. The reasons are the dataset
 * switch's (datasetFailure.ts).
 */
import { t, type Lang } from '../i18n/i18n';
import '../i18n/messages/failures';
import { errorDetail, joinSentences } from '../i18n/failure';
import { datasetFailureKind, type DatasetFailureText } from './datasetFailure';

export type DatasetPart = 'category' | 'belts' | 'lists';

export function partFailureText(part: DatasetPart, error: Error, lang: Lang): DatasetFailureText {
  const kind = datasetFailureKind(error);
  return {
    lead: joinSentences(lang, t(`part.failure.${part}`, lang), t(`part.failure.${kind}`, lang)),
    advice: t(kind === 'network' ? 'part.failure.networkAdvice' : 'part.failure.otherAdvice', lang),
    detail: errorDetail(error),
    kind,
  };
}
