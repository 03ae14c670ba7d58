/**
 * The open-data dialog's steps without a DOM: a file is refused or its header read for the form;
 * reading shows progress and can be cancelled; a clean file is mapped at once, one with problems
 * waits on the summary for the reader's choice; a late answer about an earlier file is ignored.
 */
import { describe, expect, it, vi } from 'vitest';
import { OwnDataFlow, type OwnDataFlowDeps, type OwnFile } from '../../../src/components/ownData/ownDataFlow.svelte';
import type { DatasetImportResult } from '../../../src/lib/import/importDataset';
import type { OwnImportChoices, OwnImportOutcome } from '../../../src/lib/ownData/ownDataImporter';
import { fileSizeText, refusalText } from '../../../src/components/ownData/ownFileText';
import type { OwnFileRefusal } from '../../../src/lib/ownData/ownFile';

const CSV = 'county_code,year,网店数（家）\n330782,2020,1800\n';
const CHOICES: OwnImportChoices = { title: 'shops', isCompleteList: false };

function fileOf(content: BlobPart, name = 'shops.csv'): OwnFile {
  return new File([content], name);
}

function outcome(problems: number, accepted = 1): OwnImportOutcome {
  const result: DatasetImportResult = {
    encoding: { name: 'utf-8', hasBom: false },
    fileProblem: null,
    problems: Array.from({ length: problems }, (_, i) => ({ row: i + 3, column: 'year', reason: 'not a year' })),
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
    expect(flow.step).toMatchObject({ kind: 'refused', refusal: { reason: 'not-csv', looksLike: 'spreadsheet' } });
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

  it('a failure to map is said as such', async () => {
    const { flow, finish } = flowWith(outcome(0), async () => {
      throw new Error('storage is full');
    });
    await flow.open(fileOf(CSV));
    const reading = flow.read(CHOICES);
    finish();
    await reading;
    expect(flow.step).toMatchObject({ kind: 'failed', message: 'storage is full', isMapping: true });
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

describe('fileSizeText', () => {
  it.each([
    [0, '0 B'],
    [552, '552 B'],
    [3277, '3.2 KB'],
    [655360, '640 KB'],
    [1572864, '1.5 MB'],
    [20 * 1024 * 1024, '20 MB'],
    [21 * 1024 * 1024, '21 MB'],
  ])('%d bytes → %s', (bytes, text) => {
    expect(fileSizeText(bytes, 'zh')).toBe(text);
  });
});

describe('refusalText', () => {
  it.each<[OwnFileRefusal, string, string]>([
    [
      { reason: 'too-large', size: 22 * 1024 * 1024, limit: 20 * 1024 * 1024 },
      '此文件大小为 22 MB，超过 20 MB 的上限：请只保留需要的列和年份后再试。',
      'This file is 22 MB; the limit is 20 MB. Keep only the columns and years you need and try again.',
    ],
    [{ reason: 'empty' }, '此文件是空的（0 字节）。', 'This file is empty (0 bytes).'],
    [
      { reason: 'not-csv', looksLike: 'spreadsheet' },
      '这是一个 Excel 工作簿，不是 CSV：请在 Excel 或 WPS 中另存为“CSV UTF-8”后再打开。',
      'This is an Excel workbook, not a CSV: save it as “CSV UTF-8” from Excel or WPS and open that.',
    ],
    [{ reason: 'not-csv', looksLike: 'html' }, '这是一个网页（HTML），不是 CSV：请下载数据本身的 CSV 文件。', 'This is a web page (HTML), not a CSV: download the data itself as a CSV file.'],
  ])('%j', (refusal, zh, en) => {
    expect([refusalText(refusal, 'zh'), refusalText(refusal, 'en')]).toEqual([zh, en]);
  });
});
