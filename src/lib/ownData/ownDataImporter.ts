/**
 * Imports a reader's own file on the page: the quick checks of its first bytes here (size, not a
 * CSV), then the import itself in a module Web Worker (importWorker.ts) with progress, so the page
 * stays responsive. The file's bytes are transferred to the worker, not copied; the county table
 * and the categories are the ones the page has already loaded.
 */
import type { Category, CountyTableFile } from '../domain/contract';
import { OWN_DATASET_PREFIX } from '../domain/datasets';
import type { DatasetImportResult } from '../import/importDataset';
import type { MeasureChoice } from '../import/measureColumn';
import { ImportFailure, workerFailure } from './importFailure';
import type { ImportWorkerReply, ImportWorkerRequest, OwnImportProgress } from './importMessages';
import { checkOwnFile, OWN_FILE_HEAD_BYTES, type OwnFileRefusal } from './ownFile';
import type { OwnMeasure } from './ownFileHeader';

export type { OwnImportProgress } from './importMessages';

export interface OwnImportChoices {
  /** The reader's title (default: the file name without .csv). */
  title: string;
  /** The simple format's measure; guessed from the header where not given. */
  measure?: OwnMeasure;
  /** Default: the smallest value above zero. */
  spreadThreshold?: number;
  isCompleteList: boolean;
}

export interface OwnImportOutcome {
  /** 'own-…': unique, [a-z0-9-], at most 48 characters. */
  datasetId: string;
  result: DatasetImportResult;
  /** Why the file was turned away before it was read (result.fileProblem says it too), or null. */
  refusal: OwnFileRefusal | null;
}

/** What the import checks rows against: what the page has loaded already. */
export interface ImportReference {
  counties: CountyTableFile;
  /** The full format's categories: the belt model's, which its build takes from the CLI's list. */
  categories: Category[];
}

/** Written into an own dataset's files, as a build script writes its name. */
const GENERATED_BY = 'imported in the page (src/lib/ownData)';

export async function importOwnFile(
  file: Blob & { name: string },
  choices: OwnImportChoices,
  { datasetId, reference }: { datasetId: string; reference: ImportReference },
  onProgress: (progress: OwnImportProgress) => void,
  signal?: AbortSignal,
): Promise<OwnImportOutcome> {
  signal?.throwIfAborted();
  const head = new Uint8Array(await file.slice(0, OWN_FILE_HEAD_BYTES).arrayBuffer());
  const refusal = checkOwnFile(file, head);
  if (refusal !== null) return { datasetId, result: refusedResult(refusal), refusal };
  onProgress({ phase: 'reading', fraction: 0 });
  const bytes = await file.arrayBuffer();
  signal?.throwIfAborted();
  const request: ImportWorkerRequest = {
    bytes,
    options: {
      counties: reference.counties,
      categories: reference.categories,
      fileName: file.name,
      id: datasetId,
      title: { zh: choices.title, en: choices.title },
      measure: choices.measure === undefined ? undefined : measureChoice(choices.measure),
      spreadThreshold: choices.spreadThreshold,
      isCompleteList: choices.isCompleteList,
      generatedBy: GENERATED_BY,
    },
  };
  const result = await runInWorker(request, onProgress, signal);
  return { datasetId, result, refusal: null };
}

/** The form's measure as the import's choice: one name for both languages; a count's or a number's own unit label. */
export function measureChoice(measure: OwnMeasure): MeasureChoice {
  return {
    ...(measure.column === null ? {} : { column: measure.column }),
    name: { zh: measure.name, en: measure.name },
    unit: measure.unit,
    unitLabel: measure.unitLabel,
  };
}

function runInWorker(
  request: ImportWorkerRequest,
  onProgress: (progress: OwnImportProgress) => void,
  signal: AbortSignal | undefined,
): Promise<DatasetImportResult> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      reject(new ImportFailure('start', error instanceof Error ? `${error.name}: ${error.message}` : String(error)));
      return;
    }
    // The worker's first word (its first progress) says it loaded: an error before it is a script that did not start.
    let hasStarted = false;
    const abort = () => {
      worker.terminate();
      reject(signal?.reason ?? new DOMException('The import was aborted', 'AbortError'));
    };
    signal?.addEventListener('abort', abort, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    };
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerReply>) => {
      const reply = event.data;
      hasStarted = true;
      if (reply.type === 'progress') onProgress(reply.progress);
      else {
        finish();
        resolve(reply.result);
      }
    });
    worker.addEventListener('error', (event) => {
      finish();
      reject(workerFailure(event, hasStarted));
    });
    worker.addEventListener('messageerror', () => {
      finish();
      reject(new ImportFailure('crash', 'a message from the worker could not be read'));
    });
    worker.postMessage(request, [request.bytes]);
  });
}

/** A file turned away by its first bytes, as an import that read nothing, with the refusal as its reason. */
function refusedResult(refusal: OwnFileRefusal): DatasetImportResult {
  return {
    encoding: null,
    fileProblem: { row: null, column: null, reason: refusal },
    problems: [],
    warnings: [],
    summary: { read: 0, accepted: 0, rejected: 0, blank: 0 },
    format: null,
    files: null,
  };
}

/** An id for a new own dataset from its title: 'own-', the title's ASCII letters and digits, a time stamp; never one of `taken`. */
export function ownDatasetId(title: string, now: number, taken: ReadonlySet<string>): string {
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  // At most 24 characters of whole words (one longer word is cut), so the id stays ≤ 48 with the stamp.
  const words = slug.length <= 24 ? slug : slug.slice(0, 25).replace(/-[^-]*$/, '').slice(0, 24);
  const stamp = now.toString(36);
  const base = `${OWN_DATASET_PREFIX}${words === '' ? '' : `${words}-`}${stamp}`;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
