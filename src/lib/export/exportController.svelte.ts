/**
 * The Export dialog without its UI: the options chosen, the still being made, the animation job
 * (start, progress, cancel) and the line saying how it went. The browser's part (drawing a PNG,
 * encoding, the download, asking which video formats it encodes) comes in from outside, so the
 * dialog only renders this and tests drive it with plain functions.
 */
import type { CountyMetrics } from '../domain/atlas';
import { ALL_CATEGORIES } from '../domain/categories';
import type { BeltsFile } from '../domain/contract';
import { LoadError } from '../data/fetchJson';
import { t, type Lang } from '../i18n/i18n';
import { errorDetail, isOutOfMemory, joinSentences, type FailureText } from '../i18n/failure';
import '../i18n/messages/failures';
import type { StoryOutcome } from '../story/storyRequest';
import type { Theme } from '../state/theme';
import { TRANSITION_MS } from '../view/atlasView.svelte';
import { hasBelts } from '../view/scales/viewDataset';
import { FRAMES_PER_SECOND, type AnimationFormat, type AnimationJob } from './animationExport';
import { countyCsv } from './countyCsv';
import { exportFileName } from './fileName';
import { frameSchedule } from './frameSchedule';
import { exportView, type ExportViewSource } from './exportView';
import { GraphicFrames, type ExportView, type FrameSource } from './graphicFrames';
import { csvBlob, stillFrames, stillSize, svgBlob, type StillGraphic } from './stillExport';
import { YearGridGraphic } from './yearGridGraphic';
import { storyCategories, StoryFrames } from './storyFrames';
// The words of this dialog load with it.
import '../i18n/messages/exportDialog';

export const ANIMATION_SIZES = [
  { id: 'square', width: 1080, height: 1080, label: 'export.sizeSquare' },
  { id: 'landscape', width: 1920, height: 1080, label: 'export.sizeLandscape' },
  { id: 'portrait', width: 1080, height: 1920, label: 'export.sizePortrait' },
  { id: 'small', width: 540, height: 540, label: 'export.sizeSmall' },
] as const;
export const SECONDS_PER_YEAR = [0.5, 1, 1.5, 2, 3];
/** A story step holds a caption to read: longer than a year of the plain animation. */
export const SECONDS_PER_STEP = [2, 3, 4, 5, 6, 8];
export const HOLD_SECONDS = [0, 1, 2, 3, 5];

export type StillKind = 'png1' | 'png2' | 'svg' | 'csv';
/** A failed export says what happened and what to try in the page's language, with the browser's words for the details. */
export type ExportStatus = { kind: 'saved' | 'cancelled'; text: string } | { kind: 'failed'; text: string; failure: FailureText } | null;
export type VideoSupport = Record<'mp4' | 'webm', boolean | null>;
/** The theme of the graphics: the page's, or one chosen for the place they go to (a dark slide, a white page). */
export type ExportTheme = 'shown' | Theme;
export const EXPORT_THEMES: readonly ExportTheme[] = ['shown', 'light', 'dark'];

/** The view on screen, as the dialog's props have it. */
export interface ExportSource extends ExportViewSource {
  /** The belts file (sources of reported values) for the belt model's CSV, loaded on first use; rejects if it cannot be loaded. */
  loadBelts: () => Promise<BeltsFile>;
  /** Metrics of any category set, for story steps in other categories than the one shown. */
  loadMetrics: (category: string) => Promise<CountyMetrics>;
  /** The years of the year grid on screen, or null for the single map: a still is then the grid's graphic. */
  gridYears?: readonly number[] | null;
}

/** What the browser does for an export. */
export interface ExportOutput {
  png(frames: StillGraphic, pixelRatio: number): Promise<Blob>;
  animation(job: AnimationJob): Promise<Blob>;
  save(blob: Blob, fileName: string): void;
}

/** Lets the page show that a button is busy before the work blocks it. */
const nextTurn = () => new Promise((resolve) => setTimeout(resolve, 0));

export class ExportController {
  busyStill = $state<StillKind | null>(null);
  status = $state<ExportStatus>(null);
  format = $state<AnimationFormat>('gif');
  sizeId = $state<(typeof ANIMATION_SIZES)[number]['id']>('square');
  startYear = $state(0);
  endYear = $state(0);
  secondsPerYear = $state(1);
  secondsPerStep = $state(4);
  holdSeconds = $state(2);
  /** 'view' (the years of the view on screen) or the name of a story. */
  content = $state('view');
  theme = $state<ExportTheme>('shown');
  /** Each shipped story once fetched and checked, or the sentence saying why it could not be. */
  stories = $state.raw<readonly StoryOutcome[]>([]);
  /** Whether this browser encodes each video format at the chosen size; null while it is being asked. */
  videoSupport = $state<VideoSupport>({ mp4: null, webm: null });
  job = $state<{ done: number; total: number } | null>(null);

  readonly size = $derived(ANIMATION_SIZES.find((s) => s.id === this.sizeId) ?? ANIMATION_SIZES[0]);
  readonly chosenStory = $derived(this.stories.find((s) => s.name === this.content)?.story ?? null);
  readonly areYearsInOrder = $derived(this.startYear <= this.endYear);
  /** The still's 1× size: the shape of the map on screen. */
  readonly still: { width: number; height: number };

  #abort: AbortController | null = null;
  /** Set once the reader picks a format: support answers then no longer pick one for them. */
  #hasChosenFormat = false;

  constructor(
    private readonly source: () => ExportSource,
    private readonly output: ExportOutput,
    /** The screen's map: its size frames the still and the camera. */
    private readonly mapViewport: { width: number; height: number },
  ) {
    const { metrics, year } = source();
    // The whole run of years by default; the reader narrows it.
    this.startYear = metrics.years[0] ?? year;
    this.endYear = metrics.years[metrics.years.length - 1] ?? year;
    this.still = stillSize(mapViewport.width, mapViewport.height);
  }

  chooseFormat(format: AnimationFormat): void {
    this.format = format;
    this.#hasChosenFormat = true;
  }

  /** The browser is being asked about the chosen size. */
  videoSupportAsked(): void {
    this.videoSupport = { mp4: null, webm: null };
  }

  /** The browser's answer: the best format it has, unless the reader already chose one that works. */
  videoSupportFound(support: { mp4: boolean; webm: boolean }): void {
    this.videoSupport = support;
    if (this.format !== 'gif' && !support[this.format]) this.format = 'gif';
    if (this.format === 'gif' && !this.#hasChosenFormat) this.format = support.mp4 ? 'mp4' : support.webm ? 'webm' : 'gif';
  }

  get canStartAnimation(): boolean {
    return (this.chosenStory !== null || this.areYearsInOrder) && this.busyStill === null;
  }

  cancel(): void {
    this.#abort?.abort();
  }

  /** Makes one still at a time: a press while one is being made does nothing (its button stays focusable, so it is not disabled). */
  async exportStill(kind: StillKind): Promise<void> {
    if (this.busyStill !== null) return;
    const source = this.source();
    this.busyStill = kind;
    this.status = null;
    const yearIndex = source.metrics.years.indexOf(source.year);
    const gridYears = source.gridYears ?? null;
    const nameParts = {
      layer: source.layer,
      years: gridYears ? ([gridYears[0]!, gridYears[gridYears.length - 1]!] as const) : source.year,
      category: source.category,
      dataset: source.atlas.meta.id,
    };
    try {
      let blob: Blob;
      let name: string;
      if (kind === 'csv') {
        const { atlas, metrics, scale, lang } = source;
        // Only the belt model has belts to name the sources of reported values; a list names its own.
        const belts = hasBelts(atlas.meta) ? (await source.loadBelts()).belts : [];
        blob = csvBlob(countyCsv({ meta: atlas.meta, dataset: atlas.meta, counties: atlas.counties, metrics, scale, yearIndex, belts, lang }));
        name = exportFileName(nameParts, 'csv');
      } else {
        // Composing the map takes a moment: let the button show that it is busy first.
        await nextTurn();
        const { width, height } = this.still;
        // The year grid shows the layer's own scale, never the difference layer.
        const frames: StillGraphic = gridYears
          ? new YearGridGraphic({ ...this.#view(source), scale: source.scale, compareFrom: null }, gridYears, width, height)
          : stillFrames(this.#view(source), yearIndex, width, height);
        const pixelRatio = kind === 'png2' ? 2 : 1;
        blob = kind === 'svg' ? svgBlob(frames) : await this.output.png(frames, pixelRatio);
        name = exportFileName({ ...nameParts, pixelRatio }, kind === 'svg' ? 'svg' : 'png');
      }
      this.output.save(blob, name);
      this.status = { kind: 'saved', text: t('export.saved', source.lang, { name }) };
    } catch (error) {
      this.status = failed(error, source.lang);
    } finally {
      this.busyStill = null;
    }
  }

  async startAnimation(): Promise<void> {
    if (this.job || (!this.chosenStory && !this.areYearsInOrder)) return;
    const source = this.source();
    this.status = null;
    const abort = new AbortController();
    this.#abort = abort;
    this.job = { done: 0, total: 0 };
    try {
      await nextTurn();
      const { frames, years, secondsPerPosition, name } = await this.#animationContent(source);
      const schedule = frameSchedule({
        years,
        framesPerSecond: FRAMES_PER_SECOND[this.format],
        secondsPerYear: secondsPerPosition,
        holdSeconds: this.holdSeconds,
        fadeSeconds: TRANSITION_MS / 1000,
      });
      if (this.job) this.job.total = schedule.frameCount;
      const blob = await this.output.animation({
        frames,
        schedule,
        format: this.format,
        signal: abort.signal,
        onProgress: (done) => this.job && (this.job.done = done),
      });
      this.output.save(blob, name);
      this.status = { kind: 'saved', text: t('export.saved', source.lang, { name }) };
    } catch (error) {
      this.status = abort.signal.aborted ? { kind: 'cancelled', text: t('export.cancelled', source.lang) } : failed(error, source.lang);
    } finally {
      this.#abort = null;
      this.job = null;
    }
  }

  /** The theme the graphics are drawn in. */
  #themeOf(source: ExportSource): Theme {
    return this.theme === 'shown' ? source.theme : this.theme;
  }

  #view(source: ExportSource): ExportView {
    return exportView(source, this.mapViewport, this.#themeOf(source));
  }

  /** The frames, years and file name of the animation chosen: the view's run of years, or a story's steps. */
  async #animationContent(source: ExportSource): Promise<{ frames: FrameSource; years: number[]; secondsPerPosition: number; name: string }> {
    const { atlas, metrics, lang } = source;
    const { width, height } = this.size;
    const story = this.chosenStory;
    if (story) {
      const categories = storyCategories(story);
      const loaded = await Promise.all(categories.map((c) => (c === metrics.category ? metrics : source.loadMetrics(c))));
      const years = story.steps.map((step) => step.year);
      const base = { geometry: atlas.geometry, meta: atlas.meta, dataset: atlas.meta, lang, provinces: atlas.counties.provinceTable, countyRegions: atlas.counties.regions, theme: this.#themeOf(source) };
      return {
        frames: new StoryFrames(story, base, new Map(categories.map((c, i) => [c, loaded[i]!])), this.mapViewport, width, height),
        years,
        secondsPerPosition: this.secondsPerStep,
        name: exportFileName(
          { layer: story.steps[0]!.layer, years: [years[0]!, years[years.length - 1]!], category: ALL_CATEGORIES, story: this.content, dataset: atlas.meta.id },
          this.format,
        ),
      };
    }
    const yearIndices = metrics.years.flatMap((y, i) => (y >= this.startYear && y <= this.endYear ? [i] : []));
    return {
      frames: new GraphicFrames(this.#view(source), width, height, yearIndices),
      years: yearIndices.map((i) => metrics.years[i]!),
      secondsPerPosition: this.secondsPerYear,
      name: exportFileName({ layer: source.layer, years: [this.startYear, this.endYear], category: source.category, dataset: atlas.meta.id }, this.format),
    };
  }
}

function failed(error: unknown, lang: Lang): ExportStatus {
  const detail = errorDetail(error);
  // A file of geodata/ that did not load (the belts for the CSV, a story's dataset) is the connection's.
  const kind = error instanceof LoadError ? 'network' : isOutOfMemory(detail) ? 'memory' : 'other';
  const failure = { lead: joinSentences(lang, t(`export.failure.${kind}`, lang), t('export.failure.kept', lang)), advice: t(`export.failure.${kind}Advice`, lang), detail };
  return { kind: 'failed', text: failure.lead, failure };
}
