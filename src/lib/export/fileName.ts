/**
 * File names of exports, after the view they show, so a folder of downloads reads like a list
 * of charts: beltmap-sales-2023.png, beltmap-growth-2020-apparel.svg, beltmap-spread-2018-2024.mp4,
 * and with the dataset's id where it is not the default: beltmap-taobao-villages-sales-2016.png.
 */
import type { LayerId } from '../domain/layers';
import { ALL_CATEGORIES } from '../domain/categories';
import { DEFAULT_DATASET } from '../domain/datasets';

export type ExportExtension = 'png' | 'svg' | 'csv' | 'mp4' | 'webm' | 'gif';

export interface ExportNameParts {
  layer: LayerId;
  /** One year for a still, [start, end] for an animation. */
  years: number | readonly [number, number];
  category: string;
  /** 2 for a 2× PNG, which is named …@2x.png as image tools expect. */
  pixelRatio?: number;
  /** A story's name, for an exported story (it then stands for the layer and category). */
  story?: string | null;
  /** The dataset shown; the default one (the belt model) is not named, so its files keep the names they had. */
  dataset?: string;
}

/** Category ids, story names and dataset ids are [a-z0-9-] by contract; anything else is dropped, never put in a file name. */
function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function exportFileName(parts: ExportNameParts, extension: ExportExtension): string {
  const years = typeof parts.years === 'number' ? [parts.years] : parts.years;
  const yearPart = years[0] === years[1] ? `${years[0]}` : years.join('-');
  const story = parts.story ? slug(parts.story) : '';
  const category = parts.category === ALL_CATEGORIES ? '' : slug(parts.category);
  const dataset = parts.dataset && parts.dataset !== DEFAULT_DATASET ? slug(parts.dataset) : '';
  const name = ['beltmap', dataset, ...(story ? ['story', story] : [parts.layer]), yearPart, ...(story || !category ? [] : [category])]
    .filter(Boolean)
    .join('-');
  const ratio = parts.pixelRatio && parts.pixelRatio !== 1 ? `@${parts.pixelRatio}x` : '';
  return `${name}${ratio}.${extension}`;
}
