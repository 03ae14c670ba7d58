/**
 * Stories fetched for the page, one request at a time per caller: each named story loaded and
 * checked, or why not (worded where it is shown, in the page's language then: storyMessages.ts).
 * Cancelling (a new name, a closed dialog) aborts the fetches, and a cancelled request never answers.
 */
import { loadStory, type StoryLoadError, type StoryLoadOptions } from './loadStory';
import type { Story, StoryDomain } from './story';

export type StoryOutcome = { name: string; story: Story; error: null } | { name: string; story: null; error: StoryLoadError };

export interface StoryRequestOptions {
  pageUrl: string;
  fetch?: typeof fetch;
  /** Shows a story's own dataset first (presenter mode); without it, a story about another dataset is an outcome with its error. */
  showDataset?: StoryLoadOptions['showDataset'];
}

/** Loads the stories and hands over their outcomes, in the order named, unless cancelled first. Returns the cancel (an $effect's cleanup). */
export function requestStories(
  names: readonly string[],
  domain: StoryDomain,
  options: StoryRequestOptions,
  onLoaded: (outcomes: StoryOutcome[]) => void,
): () => void {
  const controller = new AbortController();
  const { pageUrl, fetch, showDataset } = options;
  void Promise.all(
    names.map(async (name): Promise<StoryOutcome> => {
      const result = await loadStory(name, domain, { pageUrl, signal: controller.signal, fetch, showDataset });
      return result.ok ? { name, story: result.story, error: null } : { name, story: null, error: result.error };
    }),
  ).then(
    (outcomes) => {
      if (!controller.signal.aborted) onLoaded(outcomes);
    },
    () => {
      // Aborted: cancelled before the stories were in.
    },
  );
  return () => controller.abort();
}
