import { describe, expect, it } from 'vitest';
import { exportFileName, type ExportExtension, type ExportNameParts } from '../../../src/lib/export/fileName';

describe('exportFileName', () => {
  it.each<[ExportNameParts, ExportExtension, string]>([
    [{ layer: 'sales', years: 2023, category: 'all' }, 'png', 'beltmap-sales-2023.png'],
    [{ layer: 'sales', years: 2023, category: 'all', pixelRatio: 2 }, 'png', 'beltmap-sales-2023@2x.png'],
    [{ layer: 'sales', years: 2023, category: 'all', pixelRatio: 1 }, 'png', 'beltmap-sales-2023.png'],
    [{ layer: 'growth', years: 2020, category: 'apparel' }, 'svg', 'beltmap-growth-2020-apparel.svg'],
    [{ layer: 'spread', years: 2024, category: 'tea-liquor' }, 'csv', 'beltmap-spread-2024-tea-liquor.csv'],
    [{ layer: 'spread', years: [2018, 2024], category: 'all' }, 'mp4', 'beltmap-spread-2018-2024.mp4'],
    [{ layer: 'sales', years: [2022, 2022], category: 'food' }, 'gif', 'beltmap-sales-2022-food.gif'],
    [{ layer: 'spread', years: [2018, 2024], category: 'all', story: 'spread-of-100yi' }, 'webm', 'beltmap-story-spread-of-100yi-2018-2024.webm'],
    [{ layer: 'sales', years: 2016, category: 'all', dataset: 'taobao-villages' }, 'png', 'beltmap-taobao-villages-sales-2016.png'],
    [{ layer: 'spread', years: [2014, 2016], category: 'all', dataset: 'taobao-villages', story: 'taobao-village-spread' }, 'gif', 'beltmap-taobao-villages-story-taobao-village-spread-2014-2016.gif'],
    [{ layer: 'sales', years: 2023, category: 'all', dataset: 'belts' }, 'csv', 'beltmap-sales-2023.csv'],
    [{ layer: 'sales', years: 2016, category: 'all', dataset: '../x' }, 'svg', 'beltmap-x-sales-2016.svg'],
    // never anything but [a-z0-9-] from outside into a file name
    [{ layer: 'sales', years: 2023, category: '../<x>"' }, 'csv', 'beltmap-sales-2023-x.csv'],
    [{ layer: 'sales', years: [2018, 2019], category: 'all', story: '../../etc' }, 'gif', 'beltmap-story-etc-2018-2019.gif'],
  ])('%j as %s is %s', (parts, extension, expected) => {
    expect(exportFileName(parts, extension)).toBe(expected);
  });
});
