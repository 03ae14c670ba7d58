/**
 * The open-data dialog's steps as rune state, apart from its markup: a file is looked at (refused,
 * or its header read for the short form), read in the worker with progress and Cancel, then either
 * mapped at once (no problem) or summarised with its problems for the reader to map the accepted
 * rows or choose a corrected file. Only the newest file counts: a step of an earlier one that
 * finishes late is ignored. A read that fails for a reason outside the file (the worker, memory,
 * the file gone: importFailure.ts) is said as such and can be tried again with the same choices.
 */
import type { AtlasSession } from '../../lib/data/atlasSession.svelte';
import type { ProblemReason } from '../../lib/import/problems';
import { importFailureOf, type ImportFailure } from '../../lib/ownData/importFailure';
import { checkOwnFile, OWN_FILE_HEAD_BYTES, type OwnFileRefusal } from '../../lib/ownData/ownFile';
import { readOwnFileHeader, type OwnFileHeader } from '../../lib/ownData/ownFileHeader';
import type { OwnImportChoices, OwnImportOutcome, OwnImportProgress } from '../../lib/ownData/ownDataImporter';

export type OwnFile = Blob & { name: string };

export type OwnDataStep =
  | { kind: 'choose' }
  | { kind: 'checking'; file: OwnFile }
  | { kind: 'refused'; file: OwnFile; refusal: OwnFileRefusal }
  | { kind: 'unreadable'; file: OwnFile; reason: ProblemReason }
  | { kind: 'form'; file: OwnFile; header: OwnFileHeader; wasCancelled: boolean }
  | { kind: 'reading'; file: OwnFile; header: OwnFileHeader; progress: OwnImportProgress | null }
  /** Read with problems (or none accepted): the reader chooses. */
  | { kind: 'summary'; file: OwnFile; header: OwnFileHeader; choices: OwnImportChoices; outcome: OwnImportOutcome }
  | { kind: 'mapping'; file: OwnFile; outcome: OwnImportOutcome }
  | { kind: 'mapped'; file: OwnFile; title: string; outcome: OwnImportOutcome }
  /** Reading failed for a reason outside the file; `retry` holds what reading it again needs (null: choose it again). */
  | { kind: 'readFailed'; file: OwnFile; failure: ImportFailure; retry: { header: OwnFileHeader; choices: OwnImportChoices } | null }
  | { kind: 'mapFailed'; file: OwnFile; error: unknown };

/** The session's part: read the file in its worker, then map and keep the outcome. */
export interface OwnDataFlowDeps {
  importFile: AtlasSession['importOwnFile'];
  addDataset: AtlasSession['addOwnDataset'];
}

export class OwnDataFlow {
  step = $state.raw<OwnDataStep>({ kind: 'choose' });
  readonly #deps: OwnDataFlowDeps;
  #generation = 0;
  #reading: AbortController | null = null;

  constructor(deps: OwnDataFlowDeps) {
    this.#deps = deps;
  }

  /** Looks at a chosen or dropped file: refused with the reason, or its header read for the form. */
  async open(file: OwnFile): Promise<void> {
    const generation = this.#restart();
    this.step = { kind: 'checking', file };
    let head: Uint8Array;
    try {
      head = new Uint8Array(await file.slice(0, OWN_FILE_HEAD_BYTES).arrayBuffer());
    } catch (error) {
      if (generation === this.#generation) this.step = { kind: 'readFailed', file, failure: importFailureOf(error), retry: null };
      return;
    }
    if (generation !== this.#generation) return;
    const refusal = checkOwnFile(file, head);
    if (refusal !== null) {
      this.step = { kind: 'refused', file, refusal };
      return;
    }
    const header = readOwnFileHeader(head);
    this.step = header.ok ? { kind: 'form', file, header: header.value, wasCancelled: false } : { kind: 'unreadable', file, reason: header.reason };
  }

  /** Reads the whole file in the worker with the form's choices; a file without problems is mapped at once. */
  async read(choices: OwnImportChoices): Promise<void> {
    const step = this.step;
    if (step.kind !== 'form') return;
    const generation = this.#restart();
    const controller = new AbortController();
    this.#reading = controller;
    const { file, header } = step;
    this.step = { kind: 'reading', file, header, progress: null };
    let outcome: OwnImportOutcome;
    try {
      outcome = await this.#deps.importFile(
        file,
        choices,
        (progress) => {
          if (generation === this.#generation) this.step = { kind: 'reading', file, header, progress };
        },
        controller.signal,
      );
    } catch (error) {
      if (generation !== this.#generation) return;
      this.step = controller.signal.aborted
        ? { kind: 'form', file, header, wasCancelled: true }
        : { kind: 'readFailed', file, failure: importFailureOf(error), retry: { header, choices } };
      return;
    } finally {
      if (this.#reading === controller) this.#reading = null;
    }
    if (generation !== this.#generation) return;
    if (controller.signal.aborted) {
      this.step = { kind: 'form', file, header, wasCancelled: true };
      return;
    }
    if (outcome.refusal !== null) {
      this.step = { kind: 'refused', file, refusal: outcome.refusal };
      return;
    }
    const { result } = outcome;
    const isClean = result.fileProblem === null && result.problems.length === 0 && result.files !== null;
    if (isClean) await this.#map(file, choices, outcome, generation);
    else this.step = { kind: 'summary', file, header, choices, outcome };
  }

  /** The reader's choice on the summary: map the accepted rows. */
  async mapAccepted(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'summary' || step.outcome.result.files === null) return;
    await this.#map(step.file, step.choices, step.outcome, this.#restart());
  }

  /** Reads the file again with the same choices after a failure outside the file. */
  async retry(): Promise<void> {
    const step = this.step;
    if (step.kind !== 'readFailed' || step.retry === null) return;
    this.step = { kind: 'form', file: step.file, header: step.retry.header, wasCancelled: false };
    await this.read(step.retry.choices);
  }

  /** Stops a read under way; the form comes back with the reader's choices. */
  cancel(): void {
    this.#reading?.abort();
  }

  /** The dialog closed: a read under way stops, and the next opening starts from the file chooser. */
  reset(): void {
    this.#restart();
    this.step = { kind: 'choose' };
  }

  async #map(file: OwnFile, choices: OwnImportChoices, outcome: OwnImportOutcome, generation: number): Promise<void> {
    this.step = { kind: 'mapping', file, outcome };
    try {
      await this.#deps.addDataset(outcome, { file, choices });
    } catch (error) {
      if (generation === this.#generation) this.step = { kind: 'mapFailed', file, error };
      return;
    }
    if (generation === this.#generation) this.step = { kind: 'mapped', file, title: choices.title, outcome };
  }

  /** A new step begins: whatever an earlier one still awaits is dropped, and its read stopped. */
  #restart(): number {
    this.#reading?.abort();
    this.#reading = null;
    return ++this.#generation;
  }
}
