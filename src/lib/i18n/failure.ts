/**
 * How the page tells of a failure the reader did not cause (a dataset that did not load, an export
 * that could not be made, a file the browser could not read): what happened and what still works
 * in one paragraph, what to try, and the browser's own words (English, technical) for a closed
 * "technical details" (components/shared/FailureNotice.svelte shows the three).
 */
import type { Lang } from './i18n';

export interface FailureText {
  lead: string;
  advice: string;
  detail: string;
}

/** Sentences of one paragraph: Chinese sentences follow each other without a space. */
export function joinSentences(lang: Lang, ...sentences: string[]): string {
  return sentences.join(lang === 'zh' ? '' : ' ');
}

/** The browser's words of an error, as the technical details show them. */
export function errorDetail(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** V8's and the engines' words for an allocation that failed: "Array buffer allocation failed", "out of memory", "Invalid array length". */
export function isOutOfMemory(message: string): boolean {
  return /out of memory|allocation failed|invalid array length/i.test(message);
}
