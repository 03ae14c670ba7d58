/**
 * The reader's own datasets kept in this browser (IndexedDB, database beltmap-own-data) until the
 * reader removes them: the dataset's files, so a reload maps it at once without importing again,
 * and the file's bytes with the reader's choices, so it can be rebuilt (another spread threshold).
 * Nothing leaves the browser. Where IndexedDB cannot be opened (a private window in some browsers,
 * storage turned off) the store says so and the page maps the dataset for this visit only.
 */
import type { ListedDatasetFiles } from '../dataset/listedFiles';
import type { OwnImportChoices } from './ownDataImporter';

/** What the dataset switch lists before any dataset's files are read. */
export interface OwnDatasetSummary {
  id: string;
  title: string;
  /** When it was saved (ms since 1970), the order of the switch. */
  savedAt: number;
  fileName: string;
}

export interface OwnDatasetRecord extends OwnDatasetSummary {
  files: ListedDatasetFiles;
  choices: OwnImportChoices;
}

/** The file as it was opened, kept apart from the record so listing the datasets does not read every file. */
export interface OwnFileBytes {
  id: string;
  bytes: ArrayBuffer;
}

/** Whether datasets are kept: unknown until the store is first opened. */
export type OwnStoreStatus = 'unknown' | 'available' | 'unavailable';

export interface OwnDataStore {
  /** Every kept dataset with its files, oldest first. */
  list(): Promise<OwnDatasetRecord[]>;
  save(record: OwnDatasetRecord, bytes: ArrayBuffer): Promise<void>;
  /** The file's bytes and the choices it was imported with; null when it is not kept. */
  original(id: string): Promise<{ bytes: ArrayBuffer; record: OwnDatasetRecord } | null>;
  remove(id: string): Promise<void>;
}

export const OWN_DATA_DB = 'beltmap-own-data';
const DB_VERSION = 1;
const DATASETS = 'datasets';
const FILES = 'files';

/** Opens the store, or null when this browser keeps nothing (IndexedDB missing, blocked or refused). */
export async function openOwnDataStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<OwnDataStore | null> {
  if (factory === undefined) return null;
  try {
    const db = await request(
      (() => {
        const opening = factory.open(OWN_DATA_DB, DB_VERSION);
        opening.onupgradeneeded = () => {
          opening.result.createObjectStore(DATASETS, { keyPath: 'id' });
          opening.result.createObjectStore(FILES, { keyPath: 'id' });
        };
        return opening;
      })(),
    );
    return indexedDbStore(db);
  } catch (error) {
    console.warn(`Beltmap: own datasets cannot be kept in this browser (${(error as Error).message ?? String(error)})`);
    return null;
  }
}

function indexedDbStore(db: IDBDatabase): OwnDataStore {
  const stores = (mode: IDBTransactionMode) => {
    const transaction = db.transaction([DATASETS, FILES], mode);
    return { transaction, datasets: transaction.objectStore(DATASETS), files: transaction.objectStore(FILES) };
  };
  return {
    async list() {
      const records = await request(stores('readonly').datasets.getAll() as IDBRequest<OwnDatasetRecord[]>);
      return records.sort((a, b) => a.savedAt - b.savedAt);
    },
    async save(record, bytes) {
      const { transaction, datasets, files } = stores('readwrite');
      datasets.put(record);
      files.put({ id: record.id, bytes } satisfies OwnFileBytes);
      await done(transaction);
    },
    async original(id) {
      const { datasets, files } = stores('readonly');
      const [record, file] = await Promise.all([
        request(datasets.get(id) as IDBRequest<OwnDatasetRecord | undefined>),
        request(files.get(id) as IDBRequest<OwnFileBytes | undefined>),
      ]);
      return record === undefined || file === undefined ? null : { bytes: file.bytes, record };
    },
    async remove(id) {
      const { transaction, datasets, files } = stores('readwrite');
      datasets.delete(id);
      files.delete(id);
      await done(transaction);
    },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function done(transaction: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    transaction.oncomplete = () => resolve();
    transaction.onerror = () => reject(transaction.error ?? new Error('IndexedDB transaction failed'));
    transaction.onabort = () => reject(transaction.error ?? new Error('IndexedDB transaction aborted'));
  });
}

/** A store kept in memory, for a page where IndexedDB is unavailable: the datasets map until the page closes. */
export function memoryOwnDataStore(): OwnDataStore {
  const kept = new Map<string, { record: OwnDatasetRecord; bytes: ArrayBuffer }>();
  return {
    list: async () => [...kept.values()].map(({ record }) => record).sort((a, b) => a.savedAt - b.savedAt),
    save: async (record, bytes) => void kept.set(record.id, { record, bytes }),
    original: async (id) => kept.get(id) ?? null,
    remove: async (id) => void kept.delete(id),
  };
}
