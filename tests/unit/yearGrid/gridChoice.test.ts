import { describe, expect, it } from 'vitest';
import { firstGridYears, maxGridYears, toggleGridYear } from '../../../src/lib/view/yearGrid/gridChoice';

const BELT_YEARS = [2018, 2019, 2020, 2021, 2022, 2023, 2024];
const VILLAGE_YEARS = [2014, 2015, 2016];

describe('grid years', () => {
  it('opens with the first, middle and last year', () => {
    expect(firstGridYears(BELT_YEARS)).toEqual([2018, 2021, 2024]);
    expect(firstGridYears(VILLAGE_YEARS)).toEqual([2014, 2015, 2016]);
    expect(firstGridYears([2020, 2021])).toEqual([2020, 2021]);
    expect(firstGridYears([2020])).toBeNull();
  });

  it('offers up to 6 maps, or every year of a shorter dataset (淘宝村: 3)', () => {
    expect(maxGridYears(BELT_YEARS)).toBe(6);
    expect(maxGridYears(VILLAGE_YEARS)).toBe(3);
  });

  it.each([
    { grid: [2018, 2021, 2024], year: 2019, expected: [2018, 2019, 2021, 2024] },
    { grid: [2018, 2021, 2024], year: 2021, expected: [2018, 2024] },
    // Two maps at least: the last two stay.
    { grid: [2018, 2024], year: 2024, expected: [2018, 2024] },
    // Six at most.
    { grid: [2018, 2019, 2020, 2021, 2022, 2023], year: 2024, expected: [2018, 2019, 2020, 2021, 2022, 2023] },
    // Only the data's years.
    { grid: [2018, 2024], year: 2025, expected: [2018, 2024] },
  ])('switching $year in $grid gives $expected', ({ grid, year, expected }) => {
    expect(toggleGridYear(grid, year, BELT_YEARS)).toEqual(expected);
  });
});
