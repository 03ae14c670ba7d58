/**
 * Fetches and checks static/stories/<name>.json. Imported lazily: a reader who never opens a
 * story never downloads this code. Every failure comes back as a reason the page can show;
 * nothing throws (except an abort, which the caller asked for).
 */
import { checkStory, declaredStoryDataset, type Story, type StoryDomain, type StoryProblem } from './story';
import { isStoryName } from '../state/storyName';
import { DEFAULT_DATASET } from '../domain/datasets';
import { errorDetail } from '../i18n/failure';

export type StoryLoadError =
  | { kind: 'bad-name' }
  | { kind: 'not-found' }
  | { kind: 'http'; status: number }
  /** `detail`: the browser's words (English), for the notice's technical details. */
  | { kind: 'network'; detail: string }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; problems: StoryProblem[] }
  /** The story is about another dataset than the one shown, and the caller does not switch (the export dialog). */
  | { kind: 'other-dataset'; dataset: string }
  /** The story's dataset could not be shown (not in the catalogue, or its files failed). */
  | { kind: 'dataset-unavailable'; dataset: string };

export type StoryLoadResult = { ok: true; story: Story } | { ok: false; error: StoryLoadError };

/** Relative to the page, so the app works from any folder it is served from. */
export function storyUrl(name: string, pageUrl: string): URL {
  return new URL(`stories/${name}.json`, pageUrl);
}

export interface StoryLoadOptions {
  pageUrl: string;
  signal?: AbortSignal;
  fetch?: typeof fetch;
  /**
   * Shows the dataset a story is about when it is not the one shown (presenter mode), and resolves
   * to that dataset's domain, or null if it could not be shown. Without it such a story is refused.
   */
  showDataset?: (datasetId: string) => Promise<StoryDomain | null>;
}

export async function loadStory(name: string, domain: StoryDomain, options: StoryLoadOptions): Promise<StoryLoadResult> {
  // The name comes from the URL: only a plain file name may reach fetch (no "../", no other origin).
  if (!isStoryName(name)) return { ok: false, error: { kind: 'bad-name' } };
  const fetchStory = options.fetch ?? fetch;
  let text: string;
  try {
    const response = await fetchStory(storyUrl(name, options.pageUrl), { signal: options.signal });
    if (response.status === 404) return { ok: false, error: { kind: 'not-found' } };
    if (!response.ok) return { ok: false, error: { kind: 'http', status: response.status } };
    text = await response.text();
  } catch (error) {
    if (options.signal?.aborted) throw error;
    return { ok: false, error: { kind: 'network', detail: errorDetail(error) } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', detail: errorDetail(error) } };
  }
  // A story's years are those of its dataset: that dataset is shown first, then the story checked against it.
  const declared = declaredStoryDataset(value);
  let storyDomain = domain;
  if (declared !== null && declared !== (domain.datasetId ?? DEFAULT_DATASET)) {
    if (!options.showDataset) return { ok: false, error: { kind: 'other-dataset', dataset: declared } };
    const shown = await options.showDataset(declared);
    options.signal?.throwIfAborted();
    if (!shown) return { ok: false, error: { kind: 'dataset-unavailable', dataset: declared } };
    storyDomain = shown;
  }
  const checked = checkStory(value, storyDomain);
  return checked.ok ? { ok: true, story: checked.story } : { ok: false, error: { kind: 'invalid', problems: checked.problems } };
}
