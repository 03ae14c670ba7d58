import { describe, expect, it } from 'vitest';
import { loadStory } from '../../../src/lib/story/loadStory';
import { checkStory, declaredStoryDataset, storyDataset } from '../../../src/lib/story/story';
import { storyDatasetSwitch, storyDomainOf } from '../../../src/lib/story/storyDataset';
import { storyLoadMessage } from '../../../src/lib/story/storyMessages';

const belts = { id: 'belts', years: [2018, 2019], categories: [{ id: 'apparel', zh: '服饰', en: 'Apparel', isNewConsumption: false }] };
const villages = { id: 'taobao-villages', years: [2014, 2015, 2016], categories: [] };
const step = (year: number) => ({ year, layer: 'sales', category: 'all', caption: { zh: '说明', en: 'Caption' } });
const villageStory = { title: { zh: '题', en: 'Title' }, dataset: 'taobao-villages', steps: [step(2014), step(2016)] };
const pageUrl = 'http://127.0.0.1:8080/?story=x';
const answering = (value: unknown) => (async () => new Response(JSON.stringify(value))) as unknown as typeof fetch;

describe('the dataset of a story', () => {
  it('is the one the file declares, else the default (the belt model), as for an address without dataset=', () => {
    expect(declaredStoryDataset(villageStory)).toBe('taobao-villages');
    expect(declaredStoryDataset({ title: {}, steps: [] })).toBe('belts');
    expect(declaredStoryDataset({ dataset: '../x' })).toBeNull();
    expect(storyDataset({})).toBe('belts');
    expect(storyDataset({ dataset: 'taobao-villages' })).toBe('taobao-villages');
  });

  it('is checked: a story about a dataset is valid against that dataset only, and keeps the field', () => {
    const checked = checkStory(villageStory, storyDomainOf(villages));
    expect(checked.ok && checked.story.dataset).toBe('taobao-villages');
    expect(checkStory(villageStory, storyDomainOf(belts))).toEqual({
      ok: false,
      problems: [
        { step: null, field: 'dataset', reason: 'expected the dataset these years are of ("belts"), got "taobao-villages"' },
        { step: 1, field: 'year', reason: 'expected a year of the dataset (2018–2019), got 2014' },
        { step: 2, field: 'year', reason: 'expected a year of the dataset (2018–2019), got 2016' },
      ],
    });
    expect(checkStory({ ...villageStory, dataset: '<b>' }, storyDomainOf(villages))).toEqual({
      ok: false,
      problems: [{ step: null, field: 'dataset', reason: 'expected a dataset id (a-z, 0-9 and -), got "<b>"' }],
    });
  });
});

describe('loading a story about another dataset than the one shown', () => {
  it('shows the story\'s dataset first, then checks the story against it', async () => {
    const asked: string[] = [];
    const result = await loadStory('v', storyDomainOf(belts), {
      pageUrl,
      fetch: answering(villageStory),
      showDataset: async (id) => (asked.push(id), storyDomainOf(villages)),
    });
    expect(asked).toEqual(['taobao-villages']);
    expect(result.ok && result.story.steps.map((s) => s.year)).toEqual([2014, 2016]);
  });

  it('says so when the dataset could not be shown, or when the caller does not switch datasets (the export dialog)', async () => {
    const failed = await loadStory('v', storyDomainOf(belts), { pageUrl, fetch: answering(villageStory), showDataset: async () => null });
    expect(failed).toEqual({ ok: false, error: { kind: 'dataset-unavailable', dataset: 'taobao-villages' } });
    expect(storyLoadMessage({ kind: 'dataset-unavailable', dataset: 'taobao-villages' }, 'v', 'zh')).toBe('故事“v”所讲的数据集“taobao-villages”无法显示。');
    const other = await loadStory('v', storyDomainOf(belts), { pageUrl, fetch: answering(villageStory) });
    expect(other).toEqual({ ok: false, error: { kind: 'other-dataset', dataset: 'taobao-villages' } });
    expect(storyLoadMessage({ kind: 'other-dataset', dataset: 'taobao-villages' }, 'v', 'en')).toBe('The story "v" is about another dataset (taobao-villages).');
  });

  it('asks for nothing when the story is about the dataset shown', async () => {
    const result = await loadStory('v', storyDomainOf(villages), {
      pageUrl,
      fetch: answering(villageStory),
      showDataset: () => Promise.reject(new Error('no switch expected')),
    });
    expect(result.ok).toBe(true);
  });
});

describe('storyDatasetSwitch', () => {
  it('switches keeping the story open, and answers the domain of the dataset then shown', async () => {
    let shown = belts as typeof belts | typeof villages;
    const calls: unknown[] = [];
    const show = storyDatasetSwitch('taobao-village-spread', () => shown, async (id, keep) => {
      calls.push([id, keep]);
      if (id === 'taobao-villages') shown = villages;
    });
    expect(await show('taobao-villages')).toEqual({ years: [2014, 2015, 2016], categoryIds: [], datasetId: 'taobao-villages' });
    expect(calls).toEqual([['taobao-villages', { story: 'taobao-village-spread' }]]);
    expect(await show('nonexistent')).toBeNull();
  });
});
