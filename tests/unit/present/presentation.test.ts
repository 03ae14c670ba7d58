import { afterEach, describe, expect, it, vi } from 'vitest';
import { Presentation, type PresentedState } from '../../../src/lib/present/presentation.svelte';
import type { Story } from '../../../src/lib/story/story';

const story: Story = {
  title: { zh: '题', en: 'Title' },
  steps: [
    { year: 2020, layer: 'spread', category: 'all', caption: { zh: '一', en: 'One' }, camera: null },
    { year: 2022, layer: 'sales', category: 'apparel', caption: { zh: '二', en: 'Two' }, camera: { lng: 120, lat: 29, zoom: 6 } },
  ],
};

function setup(mode: 'explore' | 'present' = 'present') {
  const calls: string[] = [];
  const record = (name: string) => () => calls.push(name);
  const app: PresentedState = { mode, story: null, storyStep: 1, year: 2024, layer: 'sales', category: 'all', cameraRequest: null };
  const player = {
    stepForward: record('stepForward'),
    stepBack: record('stepBack'),
    first: record('first'),
    last: record('last'),
    togglePlay: record('togglePlay'),
    pause: record('pause'),
  };
  return { app, calls, presentation: new Presentation(app, player) };
}

const key = (k: string) => ({ key: k });

describe('Presentation', () => {
  it('steps the years with the clicker keys and leaves other keys alone', () => {
    const { calls, presentation } = setup();
    expect([key('ArrowRight'), key('PageUp'), key('Home'), key('End'), key(' '), key('a')].map((k) => presentation.handleKey(k))).toEqual([
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(calls).toEqual(['stepForward', 'stepBack', 'first', 'last', 'togglePlay']);
  });

  it('takes no key outside presenter mode (the P that enters is the button’s)', () => {
    const { calls, presentation } = setup('explore');
    expect(presentation.handleKey(key('ArrowRight'))).toBe(false);
    expect(presentation.handleKey(key('p'))).toBe(false);
    expect(calls).toEqual([]);
  });

  it('blanks on B, and a step key on a black screen only brings the picture back', () => {
    const { calls, presentation } = setup();
    presentation.handleKey(key('b'));
    expect(presentation.isBlank).toBe(true);
    presentation.handleKey(key('ArrowRight'));
    expect(presentation.isBlank).toBe(false);
    expect(calls).toEqual([]);
  });

  it('leaving closes the story and goes back to exploring', () => {
    const { app, presentation } = setup();
    app.story = 'bai-yi-spread';
    presentation.handleKey(key('Escape'));
    expect([app.mode, app.story]).toEqual(['explore', null]);
  });

  it('ends presenter mode when the browser ends full screen', () => {
    const { app, presentation } = setup();
    presentation.fullscreenEnded();
    expect(app.mode).toBe('explore');
  });

  it('opens a loaded story at its first step, pauses the years, and then steps the story', () => {
    const { app, calls, presentation } = setup('explore');
    app.story = 'two-steps';
    expect(presentation.isStoryLoading).toBe(true);
    expect(presentation.storyLoaded({ name: 'two-steps', story, error: null })).toBeNull();
    expect(presentation.isStoryLoading).toBe(false);
    expect(presentation.story?.title.en).toBe('Title');
    expect([app.mode, app.year, app.layer, app.category]).toEqual(['present', 2020, 'spread', 'all']);
    presentation.handleKey(key('ArrowRight'));
    expect(presentation.storyPosition.stepIndex).toBe(1);
    expect([app.year, app.layer, app.category, app.cameraRequest]).toEqual([2022, 'sales', 'apparel', { lng: 120, lat: 29, zoom: 6 }]);
    expect(calls).toEqual(['pause']);
  });

  it('a story that cannot be opened: back to exploring, with what went wrong (worded where it is shown)', () => {
    const { app, presentation } = setup();
    app.story = 'missing';
    const unopened = presentation.storyLoaded({ name: 'missing', story: null, error: { kind: 'not-found' } });
    expect(unopened).toEqual({ name: 'missing', error: { kind: 'not-found' } });
    expect([app.mode, app.story]).toEqual(['explore', null]);
    expect(presentation.storyPlayer).toBeNull();
  });

  describe('the step in the address (?step=, 1-based)', () => {
    afterEach(() => vi.restoreAllMocks());

    it('a shared link reopens the story at its step, and each step taken is written back', () => {
      const { app, presentation } = setup('explore');
      Object.assign(app, { story: 'two-steps', storyStep: 2 });
      presentation.storyLoaded({ name: 'two-steps', story, error: null });
      expect([presentation.storyPosition.stepIndex, app.year, app.layer, app.category]).toEqual([1, 2022, 'sales', 'apparel']);
      presentation.handleKey(key('ArrowLeft'));
      expect([app.storyStep, app.year]).toEqual([1, 2020]);
      presentation.handleKey(key('ArrowRight'));
      expect(app.storyStep).toBe(2);
    });

    it('a step the story does not have: a warning naming it, and the first step', () => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const { app, presentation } = setup('explore');
      Object.assign(app, { story: 'two-steps', storyStep: 5 });
      presentation.storyLoaded({ name: 'two-steps', story, error: null });
      expect([app.storyStep, app.year]).toEqual([1, 2020]);
      expect(warn.mock.calls).toEqual([['Beltmap: URL parameter "step" ignored ("5": the story "two-steps" has 2 steps)']]);
    });

    it('leaving presenter mode forgets the step with the story', () => {
      const { app, presentation } = setup('explore');
      Object.assign(app, { story: 'two-steps', storyStep: 2 });
      presentation.storyLoaded({ name: 'two-steps', story, error: null });
      presentation.handleKey(key('Escape'));
      expect([app.mode, app.story, app.storyStep]).toEqual(['explore', null, 1]);
    });
  });
});
