import { describe, expect, it } from 'vitest';
import type { Story, StoryStep } from '../../../src/lib/story/story';
import { StoryPlayer, type StoryStage } from '../../../src/lib/story/storyPlayer';

const step = (year: number, camera: StoryStep['camera'], layer: StoryStep['layer'] = 'spread', category = 'all'): StoryStep => ({
  year,
  layer,
  category,
  camera,
  caption: { zh: `${year}年`, en: `Year ${year}` },
});

const story: Story = {
  title: { zh: '故事', en: 'Story' },
  steps: [step(2018, { lng: 104, lat: 35, zoom: 3 }), step(2020, null, 'sales', 'food'), step(2024, { lng: 113, lat: 23, zoom: 7 })],
};

function setup() {
  const stage: StoryStage = { year: 2022, layer: 'growth', category: 'apparel', cameraRequest: null };
  const position = { stepIndex: 0 };
  const player = new StoryPlayer(story, position, stage);
  player.first();
  return { stage, position, player };
}

describe('StoryPlayer', () => {
  it('puts the first step on the stage: year, layer, category and camera', () => {
    const { stage, player } = setup();
    expect(stage).toEqual({ year: 2018, layer: 'spread', category: 'all', cameraRequest: { lng: 104, lat: 35, zoom: 3 } });
    expect([player.stepIndex, player.isAtStart, player.isAtEnd, player.stepCount]).toEqual([0, true, false, 3]);
  });

  it('steps forward to the end and stays there', () => {
    const { stage, position, player } = setup();
    const seen: [number, number][] = [];
    for (let i = 0; i < 4; i++) {
      player.next();
      seen.push([position.stepIndex, stage.year]);
    }
    expect(seen).toEqual([
      [1, 2020],
      [2, 2024],
      [2, 2024],
      [2, 2024],
    ]);
    expect(player.isAtEnd).toBe(true);
    expect(player.step.caption.en).toBe('Year 2024');
  });

  it('steps back to the start and stays there', () => {
    const { stage, player } = setup();
    player.last();
    player.previous();
    expect([player.stepIndex, stage.year, stage.layer, stage.category]).toEqual([1, 2020, 'sales', 'food']);
    player.previous();
    player.previous();
    expect([player.stepIndex, stage.year, player.isAtStart]).toEqual([0, 2018, true]);
  });

  it('leaves the camera where it is on a step without a camera target', () => {
    const { stage, player } = setup();
    stage.cameraRequest = { lng: 1, lat: 2, zoom: 3 };
    player.next();
    expect(stage.cameraRequest).toEqual({ lng: 1, lat: 2, zoom: 3 });
    player.next();
    expect(stage.cameraRequest).toEqual({ lng: 113, lat: 23, zoom: 7 });
  });

  it('asks for the camera again when a step is shown again (a new request each time)', () => {
    const { stage, player } = setup();
    const firstRequest = stage.cameraRequest;
    player.last();
    player.first();
    expect(stage.cameraRequest).toEqual(firstRequest);
    expect(stage.cameraRequest).not.toBe(firstRequest);
  });

  it.each([
    [-5, 0],
    [1.7, 1],
    [99, 2],
  ])('show(%d) clamps to step index %d', (index, expected) => {
    const { player } = setup();
    player.show(index);
    expect(player.stepIndex).toBe(expected);
  });
});
