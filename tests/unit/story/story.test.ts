import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DatasetMeta, MetricsFile } from '../../../src/lib/domain/contract';
import { checkStory, formatStoryProblem, type StoryProblem } from '../../../src/lib/story/story';
import { isStoryName } from '../../../src/lib/state/storyName';

const domain = { years: [2018, 2019, 2020, 2021, 2022, 2023, 2024], categoryIds: ['apparel', 'food'] };

const goodStep = {
  year: 2019,
  layer: 'spread',
  category: 'all',
  camera: { lng: 120, lat: 30, zoom: 5 },
  caption: { zh: '二〇一九', en: 'Nineteen' },
};
const goodStory = { title: { zh: '标题', en: 'Title' }, steps: [goodStep, { ...goodStep, year: 2020, layer: 'sales', category: 'food' }] };

/** The story with step 2 (1-based) changed by `change`. */
function withStep2(change: Record<string, unknown>): unknown {
  return { ...goodStory, steps: [goodStep, { ...goodStep, ...change }] };
}

describe('checkStory', () => {
  it('accepts a good story and keeps every field', () => {
    const checked = checkStory(goodStory, domain);
    expect(checked).toEqual({
      ok: true,
      story: {
        title: { zh: '标题', en: 'Title' },
        steps: [
          { ...goodStep, camera: { lng: 120, lat: 30, zoom: 5 } },
          { ...goodStep, year: 2020, layer: 'sales', category: 'food' },
        ],
      },
    });
  });

  it('reads a step without a camera as camera null', () => {
    const { camera: _camera, ...noCamera } = goodStep;
    const checked = checkStory({ ...goodStory, steps: [noCamera] }, domain);
    expect(checked.ok && checked.story.steps[0]?.camera).toBeNull();
  });

  it.each<[string, unknown, StoryProblem]>([
    ['a year outside the dataset', withStep2({ year: 2030 }), { step: 2, field: 'year', reason: 'expected a year of the dataset (2018–2024), got 2030' }],
    ['a year as text', withStep2({ year: '2019' }), { step: 2, field: 'year', reason: 'expected a year of the dataset (2018–2024), got "2019"' }],
    ['a missing year', withStep2({ year: undefined }), { step: 2, field: 'year', reason: 'expected a year of the dataset (2018–2024), got nothing' }],
    ['an unknown layer', withStep2({ layer: 'heat' }), { step: 2, field: 'layer', reason: 'expected one of sales, growth, spread, got "heat"' }],
    ['an unknown category', withStep2({ category: 'cars' }), { step: 2, field: 'category', reason: 'expected "all" or a category id of the dataset, got "cars"' }],
    ['a camera that is not an object', withStep2({ camera: [120, 30, 5] }), { step: 2, field: 'camera', reason: 'expected an object with lng, lat and zoom, got [120,30,5]' }],
    ['a longitude out of range', withStep2({ camera: { lng: 200, lat: 30, zoom: 5 } }), { step: 2, field: 'camera.lng', reason: 'expected a number from -180 to 180, got 200' }],
    ['a latitude that is text', withStep2({ camera: { lng: 120, lat: 'north', zoom: 5 } }), { step: 2, field: 'camera.lat', reason: 'expected a number from -85 to 85, got "north"' }],
    ['a missing zoom', withStep2({ camera: { lng: 120, lat: 30 } }), { step: 2, field: 'camera.zoom', reason: 'expected a number from 0 to 22, got nothing' }],
    ['an unknown camera field', withStep2({ camera: { lng: 120, lat: 30, zoom: 5, pitch: 40 } }), { step: 2, field: 'camera.pitch', reason: 'unknown field (expected lng, lat, zoom)' }],
    ['a missing caption', withStep2({ caption: undefined }), { step: 2, field: 'caption', reason: 'expected an object with "zh" and "en" texts, got nothing' }],
    ['an empty English caption', withStep2({ caption: { zh: '有', en: '  ' } }), { step: 2, field: 'caption.en', reason: 'expected a non-empty text, got "  "' }],
    ['a caption in a third language', withStep2({ caption: { zh: '有', en: 'yes', fr: 'oui' } }), { step: 2, field: 'caption.fr', reason: 'unknown field (expected zh, en)' }],
    ['a misspelt step field', withStep2({ captoin: 'x' }), { step: 2, field: 'captoin', reason: 'unknown field (expected year, layer, category, camera, caption)' }],
    ['a step that is not an object', { ...goodStory, steps: [goodStep, 'next'] }, { step: 2, field: null, reason: 'expected an object, got "next"' }],
    ['no steps', { ...goodStory, steps: [] }, { step: null, field: 'steps', reason: 'expected a non-empty list of steps, got []' }],
    ['a missing title', { steps: goodStory.steps }, { step: null, field: 'title', reason: 'expected an object with "zh" and "en" texts, got nothing' }],
    ['a title without Chinese', { ...goodStory, title: { en: 'Title' } }, { step: null, field: 'title.zh', reason: 'expected a non-empty text, got nothing' }],
    ['an unknown top-level field', { ...goodStory, author: 'me' }, { step: null, field: 'author', reason: 'unknown field (expected title, dataset, steps)' }],
    ['a file that is a list', [goodStory], { step: null, field: null, reason: 'expected a JSON object, got [{"title":{"zh":"标题","en":"Title"},"s...' }],
  ])('rejects %s, naming the step and field', (_name, value, problem) => {
    expect(checkStory(value, domain)).toEqual({ ok: false, problems: [problem] });
  });

  it('reports every problem, not only the first', () => {
    const checked = checkStory(withStep2({ year: 1999, layer: 'x' }), domain);
    expect(checked.ok ? [] : checked.problems.map((p) => p.field)).toEqual(['year', 'layer']);
  });
});

describe('formatStoryProblem', () => {
  it.each<[StoryProblem, string]>([
    [{ step: 3, field: 'camera.zoom', reason: 'bad' }, 'step 3, field "camera.zoom": bad'],
    [{ step: 3, field: null, reason: 'bad' }, 'step 3: bad'],
    [{ step: null, field: 'title', reason: 'bad' }, 'field "title": bad'],
    [{ step: null, field: null, reason: 'bad' }, 'bad'],
  ])('%j reads %s', (problem, text) => {
    expect(formatStoryProblem(problem)).toBe(text);
  });
});

describe('isStoryName', () => {
  it.each([
    ['bai-yi-spread', true],
    ['story2', true],
    ['', false],
    ['../meta', false],
    ['Bai-Yi', false],
    ['a/b', false],
    ['a.json', false],
    ['百亿', false],
    ['x'.repeat(65), false],
  ])('%j → %s', (name, expected) => {
    expect(isStoryName(name)).toBe(expected);
  });
});

describe('the shipped story', () => {
  const meta = JSON.parse(readFileSync('geodata/index/meta.json', 'utf8')) as DatasetMeta;
  const story = JSON.parse(readFileSync('static/stories/bai-yi-spread.json', 'utf8')) as unknown;
  const checked = checkStory(story, { years: meta.years, categoryIds: meta.categories.map((c) => c.id) });

  it('is a valid story of the committed dataset', () => {
    expect(checked.ok ? [] : checked.problems.map(formatStoryProblem)).toEqual([]);
  });

  it('walks the spread layer from the first year to the last, never back in time', () => {
    if (!checked.ok) throw new Error('invalid story');
    const years = checked.story.steps.map((s) => s.year);
    expect(years[0]).toBe(meta.years[0]);
    expect(years[years.length - 1]).toBe(meta.years[meta.years.length - 1]);
    expect([...years].sort((a, b) => a - b)).toEqual(years);
    expect(new Set(checked.story.steps.map((s) => s.layer))).toEqual(new Set(['spread']));
  });

  // The captions are written from the committed data; if the dataset is rebuilt, this says which to rewrite.
  it('states the counts the map shows: "N in all" / "N county-level units" = counties with a 百亿 belt, "adds N" = new that year', () => {
    if (!checked.ok) throw new Error('invalid story');
    const metrics = JSON.parse(readFileSync('geodata/index/metrics-all.json', 'utf8')) as MetricsFile;
    const counted = checked.story.steps.flatMap((step, i) => {
      const yearIndex = metrics.years.indexOf(step.year);
      const holding = metrics.over100YiCount[yearIndex]!.filter((count) => count > 0).length;
      const added = metrics.firstYearOver100Yi.filter((year) => year === step.year).length;
      const claims = [
        ...[...step.caption.en.matchAll(/(\d+) (?:in all|county-level units)/g)].map((m) => ['total', Number(m[1]), holding]),
        ...[...step.caption.en.matchAll(/adds (\d+)/g)].map((m) => ['added', Number(m[1]), added]),
      ];
      return claims.map(([kind, claimed, actual]) => ({ step: i + 1, kind, claimed, actual }));
    });
    expect(counted.length).toBeGreaterThanOrEqual(8);
    expect(counted.filter((c) => c.claimed !== c.actual)).toEqual([]);
  });

  it('says in its first caption that the data are illustrative', () => {
    if (!checked.ok) throw new Error('invalid story');
    const first = checked.story.steps[0]?.caption;
    expect(first?.zh).toContain('示意数据');
    expect(first?.en).toContain('Illustrative data');
  });
});
