import { describe, expect, it } from 'vitest';
import { mainProjection } from '../../../src/lib/cartography/mapPaths';

describe('mainProjection', () => {
  const box = { x: 100, y: 50, width: 500, height: 400 };
  it('puts the camera centre in the middle of the box and keeps all of the screen in view', () => {
    const projection = mainProjection(box, { lng: 120, lat: 30, zoom: 5, viewportWidth: 1000, viewportHeight: 600 });
    const [x, y] = projection([120, 30])!;
    expect(x).toBeCloseTo(350, 6);
    expect(y).toBeCloseTo(250, 6);
    // the screen is 1000 px wide at zoom 5 (2^5·512 px around the world); the box shows it in 500 px: 8192 / 2π
    expect(projection.scale()).toBeCloseTo(1303.7972938088065, 6);
  });

  it('fits China when there is no camera yet', () => {
    const projection = mainProjection(box, null);
    for (const corner of [
      [73.4, 18.1],
      [135.1, 53.6],
    ] as [number, number][]) {
      const [x, y] = projection(corner)!;
      expect(x).toBeGreaterThanOrEqual(box.x);
      expect(x).toBeLessThanOrEqual(box.x + box.width);
      expect(y).toBeGreaterThanOrEqual(box.y);
      expect(y).toBeLessThanOrEqual(box.y + box.height);
    }
  });
});
