/**
 * Fetches and checks static/stories/<name>.json. Imported lazily: a reader who never opens a
 * story never downloads this code. Every failure comes back as a reason the page can show;
 * nothing throws (except an abort, which the caller asked for).
 */
import { checkStory, type Story, type StoryDomain, type StoryProblem } from './story';
import { isStoryName } from '../state/storyName';

export type StoryLoadError =
  | { kind: 'bad-name' }
  | { kind: 'not-found' }
  | { kind: 'http'; status: number }
  | { kind: 'network'; message: string }
  | { kind: 'not-json'; message: string }
  | { kind: 'invalid'; problems: StoryProblem[] };

export type StoryLoadResult = { ok: true; story: Story } | { ok: false; error: StoryLoadError };

/** Relative to the page, so the app works from any folder it is served from. */
export function storyUrl(name: string, pageUrl: string): URL {
  return new URL(`stories/${name}.json`, pageUrl);
}

export async function loadStory(
  name: string,
  domain: StoryDomain,
  options: { pageUrl: string; signal?: AbortSignal; fetch?: typeof fetch },
): Promise<StoryLoadResult> {
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
    return { ok: false, error: { kind: 'network', message: error instanceof Error ? error.message : String(error) } };
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: { kind: 'not-json', message: error instanceof Error ? error.message : String(error) } };
  }
  const checked = checkStory(value, domain);
  return checked.ok ? { ok: true, story: checked.story } : { ok: false, error: { kind: 'invalid', problems: checked.problems } };
}
