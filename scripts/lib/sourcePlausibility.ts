import type { SourceRecord } from '../../src/lib/domain/contract';

/** Words that mark a test or staging copy of a site rather than a publication, as a host label or a path segment. */
const NOT_PUBLISHED = /^(test|tests|testing|staging|stage|demo|sandbox|dev|localhost)$/i;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
/** A date in a URL's path, as news sites write it: 2006/04/30, 2005-08/31, 20230214, 2019/0613, 201712. */
const URL_DATE = /(?:^|[^\d])((?:19|20)\d{2})[-/]?(0[1-9]|1[0-2])(?:[-/]?(0[1-9]|[12]\d|3[01]))?(?=[^\d]|$)/;
/** No source of these datasets is older than Chinese e-commerce. */
const EARLIEST_YEAR = 1995;

function urlProblems(url: string): string[] {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return [`URL "${url}" does not parse`];
  }
  const problems: string[] = [];
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') problems.push(`URL "${url}" is not http or https`);
  const labels = parsed.hostname.split('.');
  if (labels.length < 2 || !/^[a-z]{2,}$/i.test(labels.at(-1)!)) problems.push(`URL "${url}" has no domain name for a host`);
  const segments = [...labels, ...parsed.pathname.split('/')];
  if (segments.some((part) => NOT_PUBLISHED.test(part.replace(/\.[a-z]+$/i, '')))) {
    problems.push(`URL "${url}" is a test or staging page, not a publication`);
  }
  if (parsed.pathname === '/' && parsed.search !== '') problems.push(`URL "${url}" names no page, only a query on the site's root`);
  return problems;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** The date a URL's path carries, as yyyy-mm (or yyyy-mm-dd), or null. */
export function dateInUrl(url: string): string | null {
  if (!URL.canParse(url)) return null;
  const match = URL_DATE.exec(new URL(url).pathname);
  if (!match) return null;
  const [, year, month, day] = match;
  if (day !== undefined && !isCalendarDate(Number(year), Number(month), Number(day))) return null;
  return [year, month, day].filter((part) => part !== undefined).join('-');
}

function dateProblems(source: SourceRecord, today: Date): string[] {
  const match = DATE.exec(source.date!);
  if (!match) return [`date "${source.date}" is not yyyy, yyyy-mm or yyyy-mm-dd`];
  const [year, month = 1, day = 1] = match.slice(1).map((part) => (part === undefined ? undefined : Number(part)));
  if (!isCalendarDate(year!, month, day)) return [`date "${source.date}" is not a calendar date`];
  if (year! < EARLIEST_YEAR) return [`date "${source.date}" is before ${EARLIEST_YEAR}`];
  if (source.date! > today.toISOString().slice(0, source.date!.length)) return [`date "${source.date}" lies in the future`];
  const published = source.url === undefined ? null : dateInUrl(source.url);
  // A figure cannot be newer than the article that reports it.
  if (published !== null && source.date!.slice(0, published.length) > published) {
    return [`date "${source.date}" is later than the date in its URL (${published})`];
  }
  return [];
}

/**
 * Why a source record does not look like a dated publication: its URL (when it has one) must be an
 * http(s) page on a named host, not a test or staging copy; its date (when it has one) a real
 * calendar date, not in the future and not later than a date its URL carries. Empty when it looks right.
 */
export function sourceProblems(source: SourceRecord, today: Date): string[] {
  return [
    ...(source.url === undefined ? [] : urlProblems(source.url)),
    ...(source.date === undefined ? [] : dateProblems(source, today)),
  ].map((problem) => `source ${source.id}: ${problem}`);
}

const HAN = /\p{Script=Han}/u;

/**
 * Why a source cannot be cited in the English interface: a title or publisher written in Chinese
 * needs an English line (`english`), itself without Chinese. Empty when it can.
 */
export function sourceLanguageProblems(source: SourceRecord): string[] {
  const problems: string[] = [];
  if (HAN.test(source.title) && !source.english) problems.push(`title "${source.title}" is in Chinese and has no English line`);
  if (source.publisher !== undefined && HAN.test(source.publisher) && !source.english?.publisher) {
    problems.push(`publisher "${source.publisher}" is in Chinese and has no English line`);
  }
  for (const line of [source.english?.title, source.english?.publisher]) {
    if (line !== undefined && HAN.test(line)) problems.push(`English line "${line}" has Chinese in it`);
  }
  return problems.map((problem) => `source ${source.id}: ${problem}`);
}
