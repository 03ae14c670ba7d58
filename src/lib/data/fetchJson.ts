/**
 * Fetching prebuilt JSON with byte progress and errors that name the file, for the loading
 * indicator and the retry message. No DOM: only fetch, streams and TextDecoder.
 */
import type { PrefetchedJson } from './firstData';

export type LoadFailure = 'http' | 'network' | 'parse' | 'invalid';

/** A file of geodata/ could not be loaded; `file` is the path as requested, `status` the HTTP status if any. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  constructor(
    readonly file: string,
    readonly failure: LoadFailure,
    readonly status: number | null,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
  }
}

/** True for the rejection of an aborted fetch or read, which callers ignore rather than report. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Bytes received so far of one file; totalBytes is null when the size is not known up front. */
export interface FileProgress {
  loadedBytes: number;
  totalBytes: number | null;
}

/**
 * The total size of a response body as it will be read, or null when unknown. With a
 * Content-Encoding (gzip, br) Content-Length counts compressed bytes while the stream yields
 * decoded ones, so the header cannot serve as the total.
 */
export function bodySizeOf(headers: Pick<Headers, 'get'>): number | null {
  const encoding = headers.get('content-encoding');
  if (encoding && encoding !== 'identity') return null;
  const length = Number(headers.get('content-length'));
  return Number.isFinite(length) && length > 0 ? length : null;
}

export type FetchFn = (url: string, init: { signal?: AbortSignal }) => Promise<Response>;

export interface FetchJsonOptions {
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: FileProgress) => void) | undefined;
  fetchFn?: FetchFn | undefined;
  /** The file as index.html's head script fetched it (firstData.ts): used unless it failed there. */
  prefetched?: PrefetchedJson | null | undefined;
}

/** Fetches `url` and parses it as JSON, reporting bytes as they arrive. Aborts reject with the AbortError. */
export async function fetchJson(url: string, options: FetchJsonOptions = {}): Promise<unknown> {
  const { signal, onProgress, fetchFn = (u, init) => fetch(u, init), prefetched } = options;
  if (prefetched) {
    const parsed = await prefetchedJson(prefetched, onProgress, signal);
    if (parsed) return parsed.value;
  }
  let response: Response;
  try {
    response = await fetchFn(url, { signal });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new LoadError(url, 'network', null, `network error (${(error as Error).message})`);
  }
  if (!response.ok) {
    const text = response.statusText ? ` ${response.statusText}` : '';
    throw new LoadError(url, 'http', response.status, `HTTP ${response.status}${text}`);
  }

  const totalBytes = bodySizeOf(response.headers);
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  onProgress?.({ loadedBytes, totalBytes });
  try {
    if (response.body) {
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loadedBytes += value.byteLength;
        // A server that under-reports its length must not push progress past 100 %.
        onProgress?.({ loadedBytes, totalBytes: totalBytes === null ? null : Math.max(totalBytes, loadedBytes) });
      }
    } else {
      const buffer = new Uint8Array(await response.arrayBuffer());
      chunks.push(buffer);
      loadedBytes = buffer.byteLength;
    }
  } catch (error) {
    if (isAbortError(error) || signal?.aborted) throw error;
    throw new LoadError(url, 'network', response.status, `connection lost after ${loadedBytes} bytes`);
  }
  onProgress?.({ loadedBytes, totalBytes: loadedBytes });

  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new LoadError(url, 'parse', response.status, `not valid JSON (${(error as Error).message})`);
  }
}

/**
 * A file the head script fetches: its bytes reported as they arrive (its size stays unknown, as
 * a compressed response's does), its JSON once parsed; null when the script could not load it.
 * An abort rejects at once with the signal's reason.
 */
async function prefetchedJson(
  file: PrefetchedJson,
  onProgress: FetchJsonOptions['onProgress'],
  signal: AbortSignal | undefined,
): Promise<{ value: unknown } | null> {
  signal?.throwIfAborted();
  onProgress?.({ loadedBytes: file.loadedBytes, totalBytes: null });
  file.onBytes = (loadedBytes) => onProgress?.({ loadedBytes, totalBytes: null });
  let onAbort = () => {};
  const aborted = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal?.reason);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const parsed = await Promise.race([file.json, aborted]);
    if (parsed) onProgress?.({ loadedBytes: file.loadedBytes, totalBytes: file.loadedBytes });
    return parsed;
  } finally {
    file.onBytes = null;
    signal?.removeEventListener('abort', onAbort);
  }
}

/**
 * Sums the progress of several files: the total is known only once every file's total is
 * known, so the indicator never shows a share that later shrinks.
 */
export function combineProgress(files: readonly (FileProgress | undefined)[]): FileProgress {
  let loadedBytes = 0;
  let totalBytes: number | null = 0;
  for (const file of files) {
    loadedBytes += file?.loadedBytes ?? 0;
    totalBytes = file && file.totalBytes !== null && totalBytes !== null ? totalBytes + file.totalBytes : null;
  }
  return { loadedBytes, totalBytes };
}

/**
 * Whether bytes are still to come: until every file's total is known and reached. Then only the
 * parse is left, which a byte count cannot show.
 */
export function isReceiving(progress: FileProgress | null): boolean {
  return progress === null || progress.totalBytes === null || progress.loadedBytes < progress.totalBytes;
}
