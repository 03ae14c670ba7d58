import { describe, expect, it } from 'vitest';
import { loadStory, storyUrl } from '../../../src/lib/story/loadStory';

const domain = { years: [2018, 2019], categoryIds: [] };
const pageUrl = 'http://127.0.0.1:8080/beltmap/index.html?story=x';
const story = {
  title: { zh: '题', en: 'Title' },
  steps: [{ year: 2018, layer: 'spread', category: 'all', caption: { zh: '说明', en: 'Caption' } }],
};

/** A fetch that answers every request with one response and records the URLs asked for. */
function fakeFetch(respond: () => Response | Promise<Response>) {
  const urls: string[] = [];
  const fetch = (async (input: URL | RequestInfo) => {
    urls.push(String(input));
    return respond();
  }) as typeof globalThis.fetch;
  return { fetch, urls };
}

describe('loadStory', () => {
  it('fetches stories/<name>.json relative to the page and checks it', async () => {
    const { fetch, urls } = fakeFetch(() => new Response(JSON.stringify(story)));
    const result = await loadStory('bai-yi', domain, { pageUrl, fetch });
    expect(urls).toEqual(['http://127.0.0.1:8080/beltmap/stories/bai-yi.json']);
    expect(result.ok && result.story.steps[0]?.caption.en).toBe('Caption');
  });

  it.each([
    ['../geodata/index/meta', { kind: 'bad-name' }],
    ['//evil.example/x', { kind: 'bad-name' }],
    ['', { kind: 'bad-name' }],
  ])('refuses the name %j without fetching', async (name, error) => {
    const { fetch, urls } = fakeFetch(() => new Response('{}'));
    expect(await loadStory(name, domain, { pageUrl, fetch })).toEqual({ ok: false, error });
    expect(urls).toEqual([]);
  });

  it.each<[string, () => Response | Promise<Response>, unknown]>([
    ['a missing file', () => new Response('not found', { status: 404 }), { kind: 'not-found' }],
    ['a server error', () => new Response('', { status: 500 }), { kind: 'http', status: 500 }],
    ['a network failure', () => Promise.reject(new TypeError('Failed to fetch')), { kind: 'network', detail: 'TypeError: Failed to fetch' }],
    ['a file that is not JSON', () => new Response('<html>'), { kind: 'not-json', detail: expect.stringMatching(/^SyntaxError: .*JSON/) }],
    [
      'an invalid story',
      () => new Response(JSON.stringify({ ...story, steps: [{ ...story.steps[0], year: 2030 }] })),
      { kind: 'invalid', problems: [{ step: 1, field: 'year', reason: 'expected a year of the dataset (2018–2019), got 2030' }] },
    ],
  ])('reports %s as a reason, without throwing', async (_name, respond, error) => {
    const { fetch } = fakeFetch(respond);
    expect(await loadStory('x', domain, { pageUrl, fetch })).toEqual({ ok: false, error });
  });

  it('passes an abort through to the caller', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch } = fakeFetch(() => Promise.reject(new DOMException('aborted', 'AbortError')));
    await expect(loadStory('x', domain, { pageUrl, fetch, signal: controller.signal })).rejects.toThrow('aborted');
  });

  it('builds the URL under the page folder, not the site root', () => {
    expect(storyUrl('a-1', 'http://h/app/').href).toBe('http://h/app/stories/a-1.json');
  });
});
