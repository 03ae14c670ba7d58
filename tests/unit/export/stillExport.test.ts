import { describe, expect, it } from 'vitest';
import { stillSize } from '../../../src/lib/export/stillExport';

describe('stillSize', () => {
  it.each([
    [1280, 800, { width: 1280, height: 800 }],
    [1279.6, 799.4, { width: 1280, height: 799 }],
    // a phone's map is smaller than a legible graphic: scaled up to the minimum, keeping its shape
    [375, 560, { width: 480, height: 717 }],
    [300, 200, { width: 600, height: 400 }],
    // a huge screen does not make a huge file
    [5120, 2880, { width: 2400, height: 1350 }],
    [0, 0, { width: 480, height: 400 }],
  ])('%d×%d → %j', (width, height, expected) => {
    expect(stillSize(width, height)).toEqual(expected);
  });
});
