/** The county panel's content: a county's belts and the small charts, as plain data. */
import type { BeltRecord, Category, CountyTableFile } from '../../domain/contract';
import type { Lang } from '../../i18n/i18n';
import { t } from '../../i18n/i18n';
import { countyName } from '../../domain/places';
import { ALL_CATEGORIES } from '../../domain/categories';

/** A county's belts in the category set shown, largest (latest sales) first. */
export function beltsOf(belts: readonly BeltRecord[], countyCode: string, category: string): BeltRecord[] {
  const latest = (b: BeltRecord) => b.salesYuan[b.salesYuan.length - 1] ?? 0;
  return belts
    .filter((b) => b.countyCode === countyCode && (category === ALL_CATEGORIES || b.categoryId === category))
    .sort((a, b) => latest(b) - latest(a) || a.id.localeCompare(b.id));
}

/** The curated name where a source gives one (柳州螺蛳粉), else county + category (义乌市服饰鞋包). */
export function beltName(
  belt: BeltRecord,
  counties: CountyTableFile,
  countyIndex: number,
  category: Category | undefined,
  lang: Lang,
): string {
  if (belt.name) return belt.name[lang];
  return t('panel.composedName', lang, {
    county: countyName(counties, countyIndex, lang),
    category: category ? category[lang] : belt.categoryId,
  });
}

export interface SparklineGeometry {
  /** SVG path through the years that have a value; gaps break the line. */
  path: string;
  /** One per value present; index is the value's position (its year). */
  points: { x: number; y: number; value: number; index: number }[];
}

/**
 * A small line of values over the years in a width × height box (y grows downwards), scaled
 * from 0 to the largest value. Null values leave a gap.
 */
export function sparkline(values: readonly (number | null)[], width: number, height: number, padding = 2): SparklineGeometry {
  const max = Math.max(0, ...values.map((v) => v ?? 0));
  const step = values.length > 1 ? (width - 2 * padding) / (values.length - 1) : 0;
  const yOf = (v: number) => (max > 0 ? height - padding - ((height - 2 * padding) * v) / max : height - padding);
  const points: SparklineGeometry['points'] = [];
  let path = '';
  let isPenDown = false;
  values.forEach((value, i) => {
    if (value === null) {
      isPenDown = false;
      return;
    }
    const x = round(padding + i * step);
    const y = round(yOf(value));
    points.push({ x, y, value, index: i });
    path += `${isPenDown ? 'L' : 'M'}${x},${y}`;
    isPenDown = true;
  });
  return { path, points };
}

const round = (v: number) => Math.round(v * 10) / 10;
