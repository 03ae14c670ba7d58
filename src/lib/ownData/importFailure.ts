/**
 * When reading a reader's file fails for a reason that is not in the file: the import worker did
 * not load, stopped on an error, or the browser ran out of memory; or the browser could not read
 * the file itself. Problems in the file are the import's (problems.ts) and never come here. The
 * dialog says what happened, that the file is untouched and nothing was sent, and what to try, in
 * the page's language; the browser's own message (English, technical) stays behind a disclosure.
 */
import { t, type Lang } from '../i18n/i18n';
import { errorDetail, isOutOfMemory, joinSentences } from '../i18n/failure';
import '../i18n/messages/ownDataDialog';

export type ImportFailureKind = 'start' | 'crash' | 'memory' | 'file';

export class ImportFailure extends Error {
  readonly kind: ImportFailureKind;
  /** The browser's words, kept for the technical detail. */
  readonly detail: string;

  constructor(kind: ImportFailureKind, detail: string) {
    super(`the import failed (${kind}): ${detail}`);
    this.name = 'ImportFailure';
    this.kind = kind;
    this.detail = detail;
  }
}

/** A worker's error event: before the worker said anything, an event without a message is a script that did not load. */
export function workerFailure(event: { message?: string }, hasStarted: boolean): ImportFailure {
  const message = event.message ?? '';
  if (message === '') return new ImportFailure(hasStarted ? 'crash' : 'start', hasStarted ? 'the worker stopped without a message' : 'the worker script did not load');
  return new ImportFailure(isOutOfMemory(message) ? 'memory' : 'crash', message);
}

/** Any error of a read: a failure already named, the browser's own file and memory errors, or else a crash. */
export function importFailureOf(error: unknown): ImportFailure {
  if (error instanceof ImportFailure) return error;
  const detail = errorDetail(error);
  // File.arrayBuffer() rejects with these when the file moved, changed or went away after it was chosen.
  if (error instanceof DOMException && (error.name === 'NotReadableError' || error.name === 'NotFoundError')) return new ImportFailure('file', detail);
  return new ImportFailure(isOutOfMemory(detail) ? 'memory' : 'crash', detail);
}

/**
 * The lines the dialog shows above the technical detail: what happened and that nothing was lost
 * or sent (one paragraph: Chinese sentences follow each other without a space), then what to try.
 */
export function importFailureText(failure: Pick<ImportFailure, 'kind'>, lang: Lang): { lead: string; advice: string } {
  const what = t(`ownData.failure.${failure.kind}`, lang);
  const safe = t('ownData.failure.safe', lang);
  return { lead: joinSentences(lang, what, safe), advice: t(`ownData.failure.${failure.kind}Advice`, lang) };
}
