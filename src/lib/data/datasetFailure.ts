/**
 * When another dataset could not be loaded: what happened, in the page's language (its files are
 * missing, the connection broke, the server failed, or the files are damaged), that the dataset
 * shown stays usable, and what to try; the browser's own words (English, technical) are kept for
 * the closed technical details. The same shape as a failed import (ownData/importFailure.ts).
 */
import { t, type Lang } from '../i18n/i18n';
import '../i18n/messages/failures';
import { errorDetail, joinSentences, type FailureText } from '../i18n/failure';
import { LoadError } from './fetchJson';

export type DatasetFailureKind = 'missing' | 'network' | 'server' | 'damaged';

export function datasetFailureKind(error: Error): DatasetFailureKind {
  if (!(error instanceof LoadError)) return error instanceof TypeError ? 'network' : 'damaged';
  if (error.failure === 'network') return 'network';
  if (error.failure === 'http') return error.status === 404 || error.status === 410 ? 'missing' : 'server';
  // 'parse' (not JSON) and 'invalid' (JSON of the wrong shape) both mean the files are broken.
  return 'damaged';
}

/** A failure's lines and its kind (the notice names it, for tests and styles). */
export interface DatasetFailureText extends FailureText {
  kind: DatasetFailureKind;
}

/** The notice's lines: what happened and that the map still works (one paragraph), then what to try, then the detail. */
export function datasetFailureText(error: Error, lang: Lang): DatasetFailureText {
  const kind = datasetFailureKind(error);
  return {
    lead: joinSentences(lang, t(`dataset.failure.${kind}`, lang), t('dataset.failure.kept', lang)),
    advice: t(`dataset.failure.${kind}Advice`, lang),
    detail: errorDetail(error),
    kind,
  };
}
