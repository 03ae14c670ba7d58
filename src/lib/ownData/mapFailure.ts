/**
 * When the reader's data, read without a problem, could not be made into a map (a new dataset, or
 * the spread layer drawn again at a new threshold): what happened, that the map is as it was, and
 * what to try, in the page's language; the browser's words are kept for the technical details.
 */
import { t, type Lang } from '../i18n/i18n';
import { errorDetail, isOutOfMemory, joinSentences, type FailureText } from '../i18n/failure';
import '../i18n/messages/failures';

export function mapFailureText(error: unknown, lang: Lang): FailureText {
  const detail = errorDetail(error);
  const kind = isOutOfMemory(detail) ? 'memory' : 'other';
  return {
    lead: joinSentences(lang, t(`ownData.mapFailure.${kind}`, lang), t('ownData.mapFailure.kept', lang)),
    advice: t(`ownData.mapFailure.${kind}Advice`, lang),
    detail,
  };
}
