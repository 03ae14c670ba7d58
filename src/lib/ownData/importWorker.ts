/**
 * The import of a reader's own file, off the main thread: decoding, parsing and checking 50,000
 * rows takes about a second, which on the page's thread would freeze the map. It runs the import
 * the CLI runs (src/lib/import), posts its progress, then the result. One worker per file; the page
 * ends it (terminate) to abort.
 */
import { importDataset } from '../import/importDataset';
import { importPhase, type ImportWorkerReply, type ImportWorkerRequest } from './importMessages';

self.addEventListener('message', (event: MessageEvent<ImportWorkerRequest>) => {
  const { bytes, options } = event.data;
  const reply = (message: ImportWorkerReply) => self.postMessage(message);
  reply({ type: 'progress', progress: { phase: 'reading', fraction: 0 } });
  const result = importDataset(new Uint8Array(bytes), {
    ...options,
    onProgress: (rowsDone, rowsTotal) => reply({ type: 'progress', progress: importPhase(rowsDone, rowsTotal) }),
  });
  reply({ type: 'done', result });
});
