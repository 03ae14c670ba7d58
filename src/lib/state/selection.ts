/**
 * What stays selected when the map changes level. Codes nest (330782 义乌 → 3307 金华 → 33 浙江),
 * so a selection can always widen to the place that contains it; it cannot narrow (a province
 * holds many prefectures), so it is then dropped, except that going back to counties brings back
 * the county last selected there if it lies in the selected area (义乌 → 浙江 → 义乌).
 */
import type { PlaceLevel } from '../domain/areas';

export interface PlaceSelection {
  /** Adcode of the selected county (county level only). */
  county: string | null;
  /** Code of the selected prefecture or province (those levels only). */
  area: string | null;
}

const CODE_LENGTH: Record<Exclude<PlaceLevel, 'county'>, number> = { prefecture: 4, province: 2 };

export function selectionAtLevel({ county, area }: PlaceSelection, level: PlaceLevel, lastCounty: string | null = null): PlaceSelection {
  if (level === 'county') {
    const isLastCountyInArea = lastCounty !== null && area !== null && lastCounty.startsWith(area);
    return { county: county ?? (isLastCountyInArea ? lastCounty : null), area: null };
  }
  const length = CODE_LENGTH[level];
  const widest = [area, county].find((code): code is string => code !== null && code.length >= length);
  return { county: null, area: widest?.slice(0, length) ?? null };
}
