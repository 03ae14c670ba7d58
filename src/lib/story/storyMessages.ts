/** What the page says when a story cannot be opened, in the reader's language. */
import { t, type Lang } from '../i18n/i18n';
import type { StoryLoadError } from './loadStory';
import { formatStoryProblem } from './story';

/** The name comes from the URL: shown as text (never HTML), and cut short so junk cannot flood the page. */
function shownName(name: string): string {
  return name.length > 40 ? `${name.slice(0, 39)}…` : name;
}

export function storyLoadMessage(error: StoryLoadError, name: string, lang: Lang): string {
  const shown = shownName(name);
  switch (error.kind) {
    case 'bad-name':
      return t('story.error.badName', lang, { name: shown });
    case 'not-found':
      return t('story.error.notFound', lang, { name: shown });
    case 'http':
      return t('story.error.http', lang, { name: shown, status: error.status });
    case 'network':
      return t('story.error.network', lang, { name: shown, message: error.message });
    case 'not-json':
      return t('story.error.notJson', lang, { name: shown, message: error.message });
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
