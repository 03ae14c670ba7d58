import { describe, expect, it } from 'vitest';
import { CHINA_MAIN_BOUNDS } from '../../../src/lib/cartography/camera';
import { arrangeGrid, isSamePlacement, mercatorAspect } from '../../../src/lib/view/yearGrid/gridCells';

describe('mercatorAspect', () => {
  it("gives China's main extent as Web Mercator draws it: about 1.36 times as wide as tall", () => {
    expect(mercatorAspect(CHINA_MAIN_BOUNDS)).toBeCloseTo(1.3613, 4);
  });
});

describe('arrangeGrid', () => {
  const sizes = { gap: 10, titleHeight: 20, mapAspect: 1.5 };

  it('lays 3 maps in 2 columns in a wide box, where China is drawn largest (412.5 wide, against 326.7 in one row)', () => {
    const { columns, rows, cells } = arrangeGrid([2018, 2021, 2024], { x: 0, y: 0, width: 1000, height: 600 }, sizes);
    expect({ columns, rows }).toEqual({ columns: 2, rows: 2 });
    expect(cells.map((cell) => cell.year)).toEqual([2018, 2021, 2024]);
    expect(cells[0]!.title).toEqual({ x: 0, y: 0, width: 495, height: 20 });
    expect(cells[0]!.map).toEqual({ x: 0, y: 20, width: 495, height: 275 });
    expect(cells[1]!.map).toEqual({ x: 505, y: 20, width: 495, height: 275 });
    expect(cells[2]!.map).toEqual({ x: 0, y: 325, width: 495, height: 275 });
    // The inset: 15 % of China's width (412.5), 1.36 times as tall, in the lower right corner of China's extent.
    const inset = cells[0]!.inset;
    expect(inset.width).toBeCloseTo(61.875, 6);
    expect(inset.height).toBeCloseTo(84.15, 6);
    expect(inset.x).toBeCloseTo(391.875, 6);
    expect(inset.y).toBeCloseTo(210.85, 6);
  });

  it('lays 2 maps side by side in a wide box, offset by the box', () => {
    const { columns, cells } = arrangeGrid([2018, 2024], { x: 330, y: 10, width: 900, height: 300 }, sizes);
    expect(columns).toBe(2);
    expect(cells.map((cell) => cell.map)).toEqual([
      { x: 330, y: 30, width: 445, height: 280 },
      { x: 785, y: 30, width: 445, height: 280 },
    ]);
  });

  it('lays 3 maps one under another in a tall narrow box (a phone held upright)', () => {
    const { columns, rows, cells } = arrangeGrid([2014, 2015, 2016], { x: 0, y: 0, width: 355, height: 920 }, sizes);
    expect({ columns, rows }).toEqual({ columns: 1, rows: 3 });
    expect(cells[1]!.map).toEqual({ x: 0, y: 330, width: 355, height: 280 });
  });

  it('lays 6 maps in 3 columns and 2 rows on a desktop map region', () => {
    const { columns, rows } = arrangeGrid([2018, 2019, 2020, 2021, 2022, 2023], { x: 0, y: 0, width: 930, height: 620 }, sizes);
    expect({ columns, rows }).toEqual({ columns: 3, rows: 2 });
  });
});

describe('isSamePlacement', () => {
  const sizes = { gap: 10, titleHeight: 20, mapAspect: 1.5 };
  const box = { x: 0, y: 0, width: 1000, height: 600 };

  it('is true for the grid stepped on by a year: new years, the same map and inset boxes', () => {
    expect(isSamePlacement(arrangeGrid([2018, 2021, 2024], box, sizes), arrangeGrid([2019, 2022, 2025], box, sizes))).toBe(true);
  });

  it('is false when the box changes size (the panel opens), or a map is added', () => {
    const before = arrangeGrid([2018, 2021, 2024], box, sizes);
    expect(isSamePlacement(before, arrangeGrid([2018, 2021, 2024], { ...box, width: 660 }, sizes))).toBe(false);
    expect(isSamePlacement(before, arrangeGrid([2018, 2021, 2022, 2024], box, sizes))).toBe(false);
  });
});
