/**
 * The first load's files as index.html's head script fetched and parsed them
 * (scripts/lib/firstDataPreload.ts firstDataScript): it runs as the page is parsed, so each file
 * is parsed as it arrives, while the app's code is still on its way, instead of after that code
 * has run. The app takes each file once (a retry fetches again) and fetches a file itself when the
 * script could not load or parse it, so that the error it shows is its own, naming the file.
 */

/**
 * The global the head script leaves its files in, by URL as the app asks for them (the script
 * writes the name out; a unit test keeps the two the same).
 */
export const FIRST_DATA_GLOBAL = '__beltmapFirstData';

/** One file the head script fetched: its bytes as they arrive, then its parsed JSON. */
export interface PrefetchedJson {
  /** Bytes received so far (decoded, as fetchJson counts them). */
  loadedBytes: number;
  /** Told of each new byte count; set by the one who took the file. */
  onBytes: ((loadedBytes: number) => void) | null;
  /**
   * The parsed file (in a box, as a file may hold null), or null when it could not be loaded or
   * parsed.
   */
  json: Promise<{ value: unknown } | null>;
}

/**
 * The head script's file for `url`, taken out so that no one else takes it; null when there is
 * none (the dev server, a later load).
 */
export function takePrefetchedJson(url: string): PrefetchedJson | null {
  const files = (globalThis as { [FIRST_DATA_GLOBAL]?: Record<string, PrefetchedJson> })[FIRST_DATA_GLOBAL];
  const file = files?.[url];
  if (!files || !file) return null;
  delete files[url];
  return file;
}
