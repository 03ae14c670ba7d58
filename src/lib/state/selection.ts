/**
 * What stays selected when the map changes level. Codes nest (330782 义乌 → 3307 金华 → 33 浙江),
 * so a selection can always widen to the place that contains it; it cannot narrow (a province
 * holds many prefectures), so it is then dropped.
 */
import type { PlaceLevel } from '../aggregate/areas';

export interface PlaceSelection {
  /** Adcode of the selected county (county level only). */
  county: string | null;
  /** Code of the selected prefecture or province (those levels only). */
  area: string | null;
}

const CODE_LENGTH: Record<Exclude<PlaceLevel, 'county'>, number> = { prefecture: 4, province: 2 };

export function selectionAtLevel({ county, area }: PlaceSelection, level: PlaceLevel): PlaceSelection {
  if (level === 'county') return { county, area: null };
  const length = CODE_LENGTH[level];
  const widest = [area, county].find((code): code is string => code !== null && code.length >= length);
  return { county: null, area: widest?.slice(0, length) ?? null };
}
