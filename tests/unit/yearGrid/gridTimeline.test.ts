import { describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/lib/state/appState.svelte';
import { TimelinePlayer } from '../../../src/lib/state/TimelinePlayer';
import { GridTimeline, gridTimelineYears, shiftGrid } from '../../../src/lib/view/yearGrid/gridTimeline';

const BELT_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];

describe('gridTimelineYears', () => {
  it.each([
    { grid: [2018, 2020, 2022], years: BELT_YEARS, expected: [2022, 2023, 2024] },
    { grid: [2019, 2020], years: BELT_YEARS, expected: [2019, 2020, 2021, 2022, 2023, 2024] },
    { grid: [2018, 2021, 2024], years: BELT_YEARS, expected: [2024] },
    { grid: [2014, 2015], years: [2014, 2015, 2016], expected: [2015, 2016] },
    { grid: [2014, 2015, 2016], years: [2014, 2015, 2016], expected: [2016] },
    // A dataset with a gap: every map must land on a year the data has.
    { grid: [2010, 2012], years: [2010, 2012, 2013, 2014], expected: [2012, 2014] },
  ])('the last map of $grid can show $expected', ({ grid, years, expected }) => {
    expect(gridTimelineYears(grid, years)).toEqual(expected);
  });
});

describe('shiftGrid', () => {
  it('moves every map by the same years, keeping their distances', () => {
    expect(shiftGrid([2018, 2020, 2022], 2024)).toEqual([2020, 2022, 2024]);
    expect(shiftGrid([2020, 2022, 2024], 2023)).toEqual([2019, 2021, 2023]);
  });
});

describe('GridTimeline', () => {
  function setUp(gridYears: number[]) {
    const app = { years: BELT_YEARS, year: 2019, gridYears, isPlaying: false, isLooping: false, speed: 1 };
    const timeline = new GridTimeline(app as unknown as AppState);
    return { app, timeline, player: new TimelinePlayer(timeline) };
  }

  it('steps every map forward by one year, then stops at the data’s last year; the single map’s year stays', () => {
    const { app, player, timeline } = setUp([2018, 2020, 2022]);
    expect(timeline.year).toBe(2022);
    player.stepForward();
    expect(app.gridYears).toEqual([2019, 2021, 2023]);
    player.stepForward();
    player.stepForward();
    expect(app.gridYears).toEqual([2020, 2022, 2024]);
    player.stepBack();
    expect(app.gridYears).toEqual([2019, 2021, 2023]);
    player.first();
    expect(app.gridYears).toEqual([2018, 2020, 2022]);
    expect(app.year).toBe(2019);
  });

  it('ignores a year that would move a map outside the data', () => {
    const { app, timeline } = setUp([2018, 2020, 2022]);
    timeline.year = 2019;
    expect(app.gridYears).toEqual([2018, 2020, 2022]);
  });
});
