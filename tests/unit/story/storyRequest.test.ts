import { describe, expect, it } from 'vitest';
import { requestStories, type StoryOutcome } from '../../../src/lib/story/storyRequest';

const domain = { years: [2018, 2019], categoryIds: [] };
const pageUrl = 'http://127.0.0.1:8080/beltmap/index.html';
const story = {
  title: { zh: '题', en: 'Title' },
  steps: [{ year: 2018, layer: 'spread', category: 'all', caption: { zh: '说明', en: 'Caption' } }],
};

/** Answers stories/good.json with the story and anything else with 404; each answer waits for the signal's abort, if any, first. */
const fetchStories = (async (input: URL | RequestInfo, init?: RequestInit) => {
  await new Promise((resolve) => setTimeout(resolve, 5));
  if (init?.signal?.aborted) throw new DOMException('aborted', 'AbortError');
  return String(input).endsWith('/good.json') ? new Response(JSON.stringify(story)) : new Response('', { status: 404 });
}) as typeof fetch;

function request(names: string[]) {
  let answers = 0;
  let outcomes: StoryOutcome[] = [];
  let answered = () => {};
  const loaded = new Promise<void>((resolve) => (answered = resolve));
  const cancel = requestStories(names, domain, { pageUrl, fetch: fetchStories }, (result) => {
    answers++;
    outcomes = result;
    answered();
  });
  return { loaded, cancel, outcomes: () => outcomes, answers: () => answers };
}

describe('requestStories', () => {
  it('hands over each story loaded, or what went wrong (not words: the page words it in its language then), in the order named', async () => {
    const { loaded, outcomes } = request(['good', 'missing']);
    await loaded;
    expect(outcomes().map((o) => [o.name, o.story?.title.en ?? null, o.error])).toEqual([
      ['good', 'Title', null],
      ['missing', null, { kind: 'not-found' }],
    ]);
  });

  it('never answers once cancelled', async () => {
    const { answers, cancel } = request(['good']);
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(answers()).toBe(0);
  });
});
