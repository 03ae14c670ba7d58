import { BELT_VIEW } from '../support/beltView';
import { describe, expect, it } from 'vitest';
import { decodeAtlasGeometry, decodeMetrics } from '../../../src/lib/data/decode';
import type { SceneItem } from '../../../src/lib/export/scene';
import { storyCategories, StoryFrames, storySegments, type StoryExportBase } from '../../../src/lib/export/storyFrames';
import type { Story, StoryStep } from '../../../src/lib/story/story';
import { makeCountyTable, makeMetrics, makeTopology, YEARS } from '../fixtures/geodata';

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const base: StoryExportBase = {
  geometry: decodeAtlasGeometry(makeTopology(), counties),
  meta: { title: { zh: '示意', en: 'Illustrative' }, isIllustrative: true, categories: [] },
  dataset: BELT_VIEW,
  lang: 'en',
  provinces: counties.provinceTable,
  countyRegions: counties.regions,
  theme: 'light',
};
const near = { lng: 1, lat: 0.5, zoom: 8 };
const far = { lng: 1, lat: 0.5, zoom: 6 };

function step(year: number, overrides: Partial<StoryStep> = {}): StoryStep {
  return { year, layer: 'sales', category: 'all', camera: null, caption: { zh: `${year} 年`, en: `In ${year}` }, ...overrides };
}

describe('storySegments', () => {
  it.each<[string, StoryStep[], number[][]]>([
    ['one segment while layer, category and camera stay', [step(2023, { camera: near }), step(2024), step(2024)], [[0, 1, 2]]],
    ['a new camera cuts', [step(2023, { camera: near }), step(2024, { camera: far })], [[0], [1]]],
    ['the same camera again does not cut', [step(2023, { camera: near }), step(2024, { camera: { ...near } })], [[0, 1]]],
    ['a layer change cuts', [step(2023), step(2023, { layer: 'growth' }), step(2024, { layer: 'growth' })], [[0], [1, 2]]],
    ['a category change cuts', [step(2023), step(2024, { category: 'apparel' })], [[0], [1]]],
  ])('%s', (_name, steps, expected) => {
    expect(storySegments(steps).map((s) => s.steps.map((st) => steps.indexOf(st)))).toEqual(expected);
  });

  it('gives a step without a camera the camera before it, and the first such step none (China fitted)', () => {
    const segments = storySegments([step(2023), step(2023, { layer: 'growth', camera: near }), step(2024, { layer: 'spread' })]);
    expect(segments.map((s) => s.camera)).toEqual([null, near, near]);
  });
});

describe('StoryFrames', () => {
  const story: Story = {
    title: { zh: '故事', en: 'A story' },
    steps: [step(2023, { camera: near }), step(2024), step(2024, { layer: 'growth' })],
  };
  const frames = new StoryFrames(story, base, new Map([['all', metrics]]), { width: 540, height: 540 }, 540, 540);
  const flat = (items: readonly SceneItem[]): SceneItem[] => items.flatMap((i) => (i.kind === 'group' ? flat(i.items) : [i]));
  const texts = (scene: SceneItem[]) => flat(scene).flatMap((i) => (i.kind === 'text' ? [i.text] : []));
  const fills = (scene: SceneItem[]) => flat(scene).flatMap((i) => (i.kind === 'path' && i.code ? [i.fill] : []));

  it('shows each step with the story title, its year and its caption', () => {
    expect(frames.positionCount).toBe(3);
    expect(texts(frames.scene(0))).toEqual(expect.arrayContaining(['A story', 'Sales · All categories · 2023', 'In 2023']));
    expect(texts(frames.scene(2))).toEqual(expect.arrayContaining(['A story', 'Growth · All categories · 2024', 'In 2024']));
  });

  it('fades the colours between steps of one segment and cuts between segments', () => {
    expect(fills(frames.scene(1, 0))).toEqual(fills(frames.scene(0)));
    expect(fills(frames.scene(1, 0))).not.toEqual(fills(frames.scene(1, 1)));
    expect(fills(frames.scene(2, 0))).toEqual(fills(frames.scene(2, 1)));
  });

  it('names the category whose metrics are missing', () => {
    const apparel: Story = { ...story, steps: [step(2023, { category: 'apparel' })] };
    expect(() => new StoryFrames(apparel, base, new Map([['all', metrics]]), { width: 540, height: 540 }, 540, 540)).toThrow(
      /no metrics loaded for category "apparel" \(step 1\)/,
    );
    expect(storyCategories({ ...story, steps: [...story.steps, step(2023, { category: 'apparel' })] })).toEqual(['all', 'apparel']);
  });
});
