/**
 * The open-data dialog's steps without a DOM: a file is refused or its header read for the form;
 * reading shows progress and can be cancelled; a clean file is mapped at once, one with problems
 * waits on the summary for the reader's choice; a late answer about an earlier file is ignored.
 */
import { describe, expect, it, vi } from 'vitest';
import { OwnDataFlow, type OwnDataFlowDeps, type OwnFile } from '../../../src/components/ownData/ownDataFlow.svelte';
import type { DatasetImportResult } from '../../../src/lib/import/importDataset';
import type { OwnImportChoices, OwnImportOutcome } from '../../../src/lib/ownData/ownDataImporter';

const CSV = 'county_code,year,网店数（家）\n330782,2020,1800\n';
const CHOICES: OwnImportChoices = { title: 'shops', isCompleteList: false };

function fileOf(content: BlobPart, name = 'shops.csv'): OwnFile {
  return new File([content], name);
}

function outcome(problems: number, accepted = 1): OwnImportOutcome {
  const result: DatasetImportResult = {
    encoding: { name: 'utf-8', hasBom: false },
    fileProblem: null,
    problems: Array.from({ length: problems }, (_, i) => ({ row: i + 3, column: 'year', reason: { code: 'notYear', value: 'x' } as const })),
    warnings: [],
    summary: { read: accepted + problems, accepted, rejected: problems, blank: 0 },
    format: 'simple',
    files: accepted === 0 ? null : ({} as NonNullable<DatasetImportResult['files']>),
  };
  return { datasetId: 'own-shops-1', result, refusal: null };
}

/** A flow whose import answers when the test says so, recording what it was asked to map. */
function flowWith(answer: OwnImportOutcome, addDataset: OwnDataFlowDeps['addDataset'] = vi.fn(async () => {})) {
  let finish: () => void = () => {};
  const importFile: OwnDataFlowDeps['importFile'] = (_file, _choices, onProgress, signal) =>
    new Promise((resolve, reject) => {
      onProgress({ phase: 'checking', fraction: 0.5 });
      signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
      finish = () => resolve(answer);
    });
  const flow = new OwnDataFlow({ importFile, addDataset });
  return { flow, addDataset, finish: () => finish() };
}

describe('OwnDataFlow', () => {
  it('refuses an Excel workbook renamed .csv, saying what it looks like', async () => {
    const { flow } = flowWith(outcome(0));
    await flow.open(fileOf(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new TextEncoder().encode('[Content_Types].xml')]), 'book.csv'));
    expect(flow.step).toMatchObject({ kind: 'refused', refusal: { code: 'notCsv', looksLike: 'spreadsheet' } });
  });

  it('says why a CSV cannot be read as a reason code, for the dialog to word in the page\'s language', async () => {
    const { flow } = flowWith(outcome(0));
    await flow.open(fileOf(Uint8Array.from([0xff, 0xfe, 0x63, 0x00, 0x2c, 0x00]), 'unicode.csv'));
    expect(flow.step).toMatchObject({ kind: 'unreadable', reason: { code: 'utf16' } });
    await flow.open(fileOf('a,"b\n', 'quote.csv'));
    expect(flow.step).toMatchObject({ kind: 'unreadable', reason: { code: 'unclosedQuote', openingLine: 1 } });
  });

  it('reads the header of a CSV into the form, with the guesses from it', async () => {
    const { flow } = flowWith(outcome(0));
    await flow.open(fileOf(CSV));
    expect(flow.step).toMatchObject({ kind: 'form', header: { format: 'simple', encoding: 'utf-8', guess: { name: '网店数', unit: 'count', unitLabel: '家' } } });
  });

  it('maps a file without problems at once and ends on the mapped step', async () => {
    const { flow, addDataset, finish } = flowWith(outcome(0));
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    expect(flow.step).toMatchObject({ kind: 'reading', progress: { phase: 'checking', fraction: 0.5 } });
    finish();
    await reading;
    expect(addDataset).toHaveBeenCalledTimes(1);
    expect(flow.step).toMatchObject({ kind: 'mapped', title: 'shops' });
  });

  it('stops on the summary when there are problems, and maps the accepted rows when asked', async () => {
    const { flow, addDataset, finish } = flowWith(outcome(2));
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    finish();
    await reading;
    expect(flow.step.kind).toBe('summary');
    expect(addDataset).not.toHaveBeenCalled();
    await flow.mapAccepted();
    expect(addDataset).toHaveBeenCalledTimes(1);
    expect(flow.step.kind).toBe('mapped');
  });

  it('offers no mapping when no row was accepted', async () => {
    const { flow, addDataset, finish } = flowWith(outcome(3, 0));
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    finish();
    await reading;
    await flow.mapAccepted();
    expect(addDataset).not.toHaveBeenCalled();
    expect(flow.step.kind).toBe('summary');
  });

  it('Cancel stops the read and brings the form back, saying so', async () => {
    const { flow } = flowWith(outcome(0));
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    flow.cancel();
    await reading;
    expect(flow.step).toMatchObject({ kind: 'form', wasCancelled: true });
  });

  it('a failure to map is said as such, with its error for the words and the details', async () => {
    const failure = new Error('storage is full');
    const { flow, finish } = flowWith(outcome(0), async () => {
      throw failure;
    });
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    finish();
    await reading;
    expect(flow.step).toMatchObject({ kind: 'mapFailed', error: failure });
  });

  it('a read that fails outside the file is said as such, and Try again reads it again with the same choices', async () => {
    let calls = 0;
    const importFile: OwnDataFlowDeps['importFile'] = async (_file, choices) => {
      calls++;
      if (calls === 1) throw new DOMException('The requested file could not be read', 'NotReadableError');
      expect(choices).toEqual(CHOICES);
      return outcome(1);
    };
    const flow = new OwnDataFlow({ importFile, addDataset: vi.fn(async () => {}) });
    await flow.open(fileOf(CSV));
    await flow.read(CHOICES);
    expect(flow.step).toMatchObject({ kind: 'readFailed', failure: { kind: 'file', detail: 'NotReadableError: The requested file could not be read' }, retry: { choices: CHOICES } });
    await flow.retry();
    expect(calls).toBe(2);
    expect(flow.step).toMatchObject({ kind: 'summary', choices: CHOICES });
  });

  it('a file that cannot be looked at is said as such, with no Try again (it must be chosen again)', async () => {
    const { flow } = flowWith(outcome(0));
    const gone = Object.assign(new Blob(['x']), { name: 'gone.csv' });
    gone.slice = () => ({ arrayBuffer: () => Promise.reject(new DOMException('A requested file or directory could not be found', 'NotFoundError')) }) as unknown as Blob;
    await flow.open(gone);
    expect(flow.step).toMatchObject({ kind: 'readFailed', failure: { kind: 'file' }, retry: null });
  });

  it('a file opened while another is read replaces it: the earlier answer is ignored', async () => {
    const { flow, addDataset, finish } = flowWith(outcome(0));
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    await flow.open(fileOf(CSV, 'other.csv'));
    finish();
    await reading;
    expect(addDataset).not.toHaveBeenCalled();
    expect(flow.step).toMatchObject({ kind: 'form', file: { name: 'other.csv' } });
  });
});
