/**
 * Stories: a guided walk through the map (static/stories/<name>.json, documented in
 * docs/stories.md). A story file is written by hand, so the validator is strict and names the
 * step and field of every problem; an unknown field is a problem too (a typo would otherwise be
 * ignored without a word).
 */
import type { LocalizedText } from '../domain/contract';
import { DEFAULT_DATASET, isDatasetId } from '../domain/datasets';
import { LAYERS, type LayerId } from '../domain/layers';

/** A camera target: centre and zoom, as AppState.cameraRequest takes it. */
export interface StoryCamera {
  lng: number;
  lat: number;
  zoom: number;
}

export interface StoryStep {
  year: number;
  layer: LayerId;
  /** 'all' or a category id of the dataset. */
  category: string;
  /** Where the camera goes; without it the camera stays where it is. */
  camera: StoryCamera | null;
  caption: LocalizedText;
}

export interface Story {
  title: LocalizedText;
  /** The dataset the story is about, where the file declares one; without it, the default dataset (storyDataset). */
  dataset?: string;
  steps: StoryStep[];
}

/** The dataset a story is about: the one it declares, else the default (the belt model), as for an address without dataset=. */
export function storyDataset(story: Pick<Story, 'dataset'>): string {
  return story.dataset ?? DEFAULT_DATASET;
}

/**
 * The dataset a parsed story file declares, read before the file is checked (its years are checked
 * against that dataset); null when the field is there but is no dataset id (checkStory then says so).
 */
export function declaredStoryDataset(value: unknown): string | null {
  if (!isRecord(value) || value.dataset === undefined) return DEFAULT_DATASET;
  return typeof value.dataset === 'string' && isDatasetId(value.dataset) ? value.dataset : null;
}

/** One thing wrong with a story file. */
export interface StoryProblem {
  /** 1-based step number, or null when the problem is outside the steps. */
  step: number | null;
  /** The field at fault, as a path ("caption.en", "camera.zoom"), or null for the whole file. */
  field: string | null;
  reason: string;
}

/** What the dataset holds, so a step can only ask for a year and category the map can show. */
export interface StoryDomain {
  years: readonly number[];
  categoryIds: readonly string[];
  /** The dataset these are of; the default dataset where not given. A story about another dataset is refused. */
  datasetId?: string;
}

export type StoryCheck = { ok: true; story: Story } | { ok: false; problems: StoryProblem[] };

/** `step 3, field "camera.zoom": expected a number from 0 to 22, got "far"` */
export function formatStoryProblem(problem: StoryProblem): string {
  const place = [
    ...(problem.step === null ? [] : [`step ${problem.step}`]),
    ...(problem.field === null ? [] : [`field "${problem.field}"`]),
  ].join(', ');
  return place ? `${place}: ${problem.reason}` : problem.reason;
}

// Bounds the map can actually show; a zoom outside them would be clamped without a word.
const CAMERA_BOUNDS = { lng: [-180, 180], lat: [-85, 85], zoom: [0, 22] } as const;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A value shown in a message: short, and never more than one line. */
function shown(value: unknown): string {
  const text = value === undefined ? 'nothing' : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** Checks a parsed story file against the dataset; collects every problem, not only the first. */
export function checkStory(value: unknown, domain: StoryDomain): StoryCheck {
  const problems: StoryProblem[] = [];
  const report = (step: number | null, field: string | null, reason: string) => problems.push({ step, field, reason });

  const unknownFields = (step: number | null, prefix: string, record: Record<string, unknown>, known: readonly string[]) => {
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) report(step, `${prefix}${key}`, `unknown field (expected ${known.join(', ')})`);
    }
  };

  const text = (step: number | null, field: string, value: unknown): LocalizedText => {
    if (!isRecord(value)) {
      report(step, field, `expected an object with "zh" and "en" texts, got ${shown(value)}`);
      return { zh: '', en: '' };
    }
    unknownFields(step, `${field}.`, value, ['zh', 'en']);
    const pick = (lang: 'zh' | 'en'): string => {
      const item = value[lang];
      if (typeof item !== 'string' || item.trim() === '') {
        report(step, `${field}.${lang}`, `expected a non-empty text, got ${shown(item)}`);
        return '';
      }
      return item;
    };
    return { zh: pick('zh'), en: pick('en') };
  };

  if (!isRecord(value)) {
    return { ok: false, problems: [{ step: null, field: null, reason: `expected a JSON object, got ${shown(value)}` }] };
  }
  unknownFields(null, '', value, ['title', 'dataset', 'steps']);
  const title = text(null, 'title', value.title);
  const domainDataset = domain.datasetId ?? DEFAULT_DATASET;
  const declared = declaredStoryDataset(value);
  if (declared === null) {
    report(null, 'dataset', `expected a dataset id (a-z, 0-9 and -), got ${shown(value.dataset)}`);
  } else if (declared !== domainDataset) {
    report(null, 'dataset', `expected the dataset these years are of ("${domainDataset}"), got "${declared}"`);
  }

  const steps: StoryStep[] = [];
  if (!Array.isArray(value.steps) || value.steps.length === 0) {
    report(null, 'steps', `expected a non-empty list of steps, got ${shown(value.steps)}`);
  } else {
    value.steps.forEach((raw: unknown, index) => {
      const number = index + 1;
      if (!isRecord(raw)) {
        report(number, null, `expected an object, got ${shown(raw)}`);
        return;
      }
      unknownFields(number, '', raw, ['year', 'layer', 'category', 'camera', 'caption']);

      const { years, categoryIds } = domain;
      const yearRange = `${years[0]}–${years[years.length - 1]}`;
      if (typeof raw.year !== 'number' || !years.includes(raw.year)) {
        report(number, 'year', `expected a year of the dataset (${yearRange}), got ${shown(raw.year)}`);
      }
      if (typeof raw.layer !== 'string' || !(LAYERS as readonly string[]).includes(raw.layer)) {
        report(number, 'layer', `expected one of ${LAYERS.join(', ')}, got ${shown(raw.layer)}`);
      }
      if (typeof raw.category !== 'string' || (raw.category !== 'all' && !categoryIds.includes(raw.category))) {
        report(number, 'category', `expected "all" or a category id of the dataset, got ${shown(raw.category)}`);
      }

      let camera: StoryCamera | null = null;
      if (raw.camera !== undefined) {
        if (!isRecord(raw.camera)) {
          report(number, 'camera', `expected an object with lng, lat and zoom, got ${shown(raw.camera)}`);
        } else {
          unknownFields(number, 'camera.', raw.camera, ['lng', 'lat', 'zoom']);
          const target = raw.camera;
          const coordinate = (key: keyof StoryCamera): number => {
            const [min, max] = CAMERA_BOUNDS[key];
            const item = target[key];
            if (typeof item !== 'number' || !Number.isFinite(item) || item < min || item > max) {
              report(number, `camera.${key}`, `expected a number from ${min} to ${max}, got ${shown(item)}`);
              return 0;
            }
            return item;
          };
          camera = { lng: coordinate('lng'), lat: coordinate('lat'), zoom: coordinate('zoom') };
        }
      }

      const caption = text(number, 'caption', raw.caption);
      steps.push({
        year: raw.year as number,
        layer: raw.layer as LayerId,
        category: raw.category as string,
        camera,
        caption,
      });
    });
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, story: typeof value.dataset === 'string' ? { title, dataset: value.dataset, steps } : { title, steps } };
}
