/** The messages between the page and the import worker (importWorker.ts), and the progress they carry. */
import type { DatasetImportOptions, DatasetImportResult } from '../import/importDataset';

/** Where an import is: reading the bytes, checking the rows (fraction = rows checked), building the map's files. */
export interface OwnImportProgress {
  phase: 'reading' | 'checking' | 'building';
  /** 0..1 within the phase. */
  fraction: number;
}

export interface ImportWorkerRequest {
  /** The file's bytes, transferred (not copied) to the worker. */
  bytes: ArrayBuffer;
  options: Omit<DatasetImportOptions, 'onProgress'>;
}

export type ImportWorkerReply = { type: 'progress'; progress: OwnImportProgress } | { type: 'done'; result: DatasetImportResult };

/** The import's row count as a phase: checking while rows are left, building the files once the last is checked. */
export function importPhase(rowsDone: number, rowsTotal: number): OwnImportProgress {
  return rowsDone >= rowsTotal ? { phase: 'building', fraction: 0 } : { phase: 'checking', fraction: rowsDone / rowsTotal };
}
