import { describe, expect, it } from 'vitest';
import { NO_PATH_MARKS, over100YiPathMarks } from '../../../src/lib/cartography/over100YiPath';

const centres = [
  { year: 2018, lng: 118, lat: 30, beltCount: 2 },
  { year: 2019, lng: 117, lat: 31, beltCount: 3 },
  { year: 2020, lng: 116, lat: 32, beltCount: 5 },
];

describe('over100YiPathMarks', () => {
  it('runs the line through the centres up to the year shown', () => {
    expect(over100YiPathMarks(centres, 2019).line.map((p) => p.year)).toEqual([2018, 2019]);
    expect(over100YiPathMarks(centres, 2024).line.map((p) => p.year)).toEqual([2018, 2019, 2020]);
  });

  it('draws a dot per year, the latest larger and filled', () => {
    expect(over100YiPathMarks(centres, 2020).dots.map(({ point, radiusPx, isLatest }) => [point.year, radiusPx, isLatest])).toEqual([
      [2018, 3.5, false],
      [2019, 3.5, false],
      [2020, 6, true],
    ]);
  });

  it('writes the first year left of its dot and the latest right of it, 3 px from their edges, before placement', () => {
    expect(over100YiPathMarks(centres, 2020).years).toEqual([
      { point: centres[0], text: '2018', offsetPx: [-6.5, 0], anchor: 'end' },
      { point: centres[2], text: '2020', offsetPx: [9, 0], anchor: 'start' },
    ]);
  });

  it('writes a single year once, to the right', () => {
    expect(over100YiPathMarks(centres, 2018).years).toEqual([{ point: centres[0], text: '2018', offsetPx: [9, 0], anchor: 'start' }]);
  });

  it.each([
    { what: 'no centres (a layer without the path)', marks: over100YiPathMarks(null, 2020) },
    { what: 'a year before the first centre', marks: over100YiPathMarks(centres, 2017) },
  ])('has no marks for $what', ({ marks }) => {
    expect(marks).toBe(NO_PATH_MARKS);
  });
});
