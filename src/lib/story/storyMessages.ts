/**
 * What the page says when a story cannot be opened, in the reader's language: a sentence for a
 * story that does not exist or does not fit; for a failure the reader did not cause (the connection
 * broke, the file is not JSON) the failure notice's lines, the browser's words kept for its
 * closed technical details (components/shared/FailureNotice.svelte).
 */
import { t, type Lang } from '../i18n/i18n';
import { type FailureText } from '../i18n/failure';
import '../i18n/messages/failures';
import type { StoryLoadError } from './loadStory';
import { formatStoryProblem } from './story';

/** A sentence, or the lines of a failure notice. */
export type StoryNotice = string | FailureText;

/**
 * A story that could not be opened: its name and what went wrong, kept as such (not as words) so
 * that a notice shown is worded again in the page's language when the reader switches it.
 */
export interface UnopenedStory {
  name: string;
  error: StoryLoadError;
}

/** The name comes from the URL: shown as text (never HTML), and cut short so junk cannot flood the page. */
function shownName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

export function storyLoadMessage(error: StoryLoadError, name: string, lang: Lang): StoryNotice {
  const shown = shownName(name);
  switch (error.kind) {
    case 'bad-name':
      return t('story.error.badName', lang, { name: shown });
    case 'not-found':
      return t('story.error.notFound', lang, { name: shown });
    case 'http':
      return t('story.error.http', lang, { name: shown, status: error.status });
    case 'network':
      return { lead: t('story.failure.network', lang, { name: shown }), advice: t('part.failure.networkAdvice', lang), detail: error.detail };
    case 'not-json':
      return { lead: t('story.failure.damaged', lang, { name: shown }), advice: t('story.failure.damagedAdvice', lang), detail: error.detail };
    case 'other-dataset':
      return t('story.error.otherDataset', lang, { name: shown, dataset: shownName(error.dataset) });
    case 'dataset-unavailable':
      return t('story.error.datasetUnavailable', lang, { name: shown, dataset: shownName(error.dataset) });
    case 'invalid': {
      const first = error.problems[0];
      return t('story.error.invalid', lang, {
        name: shown,
        count: error.problems.length,
        problem: first ? formatStoryProblem(first) : '',
      });
    }
  }
}
