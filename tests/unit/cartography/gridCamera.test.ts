import { describe, expect, it } from 'vitest';
import { gridFit, snapToPixels } from '../../../src/lib/cartography/gridCamera';
import { CHINA_MAIN_BOUNDS, fitBounds, SOUTH_CHINA_SEA_BOUNDS } from '../../../src/lib/cartography/camera';
import { GRID_MAP_PADDING } from '../../../src/lib/view/yearGrid/gridCells';

describe('snapToPixels', () => {
  it.each([
    [{ x: 10.4, y: 20.6, width: 100.3, height: 50.2 }, 1, { x: 10, y: 21, width: 101, height: 50 }],
    [{ x: 10.4, y: 20.6, width: 100.3, height: 50.2 }, 2, { x: 10.5, y: 20.5, width: 100, height: 50.5 }],
    [{ x: 0, y: 0, width: 300, height: 150 }, 1, { x: 0, y: 0, width: 300, height: 150 }],
  ])('moves %o to whole device pixels at ratio %d: %o', (box, ratio, snapped) => {
    expect(snapToPixels(box, ratio)).toEqual(snapped);
  });
});

describe('gridFit', () => {
  it('fits China into a map and the South China Sea into an inset, as the browser tests place counties', () => {
    const box = { x: 50, y: 60, width: 400, height: 300 };
    expect(gridFit('map', box)).toEqual(fitBounds(CHINA_MAIN_BOUNDS, 400, 300, GRID_MAP_PADDING));
    expect(gridFit('inset', box)).toEqual(fitBounds(SOUTH_CHINA_SEA_BOUNDS, 400, 300, 2));
  });
});
