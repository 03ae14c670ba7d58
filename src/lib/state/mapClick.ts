/**
 * What a click on the map selects. The map reports the county under the pointer (or null for a
 * click beside China); what that means depends on the level shown.
 */
import type { AreaTable, PlaceLevel } from '../domain/areas';

/** The selection a click asks for: a county (or none) at county level, an area (or none) above it. */
export type ClickSelection = { kind: 'county'; code: string | null } | { kind: 'area'; code: string | null };

export interface ClickContext {
  level: PlaceLevel;
  /** An embed shows the map, not the panels: a click in an article should not open one. */
  isEmbed: boolean;
  /** County codes in county order (the order the map's county indices follow). */
  countyCodes: readonly string[];
  /** The places of the level shown; null while they are not known. */
  areas: Pick<AreaTable, 'codes' | 'countyToArea'> | null;
}

/**
 * At county level a click selects the county; at the prefecture and province levels it selects
 * the area the county lies in; a click beside China clears the selection. Null: the click selects
 * nothing (an embed).
 */
export function selectionOfClick(countyIndex: number | null, context: ClickContext): ClickSelection | null {
  if (context.isEmbed) return null;
  const { areas } = context;
  if (context.level !== 'county' && areas) {
    const areaIndex = countyIndex === null ? -1 : (areas.countyToArea[countyIndex] ?? -1);
    return { kind: 'area', code: countyIndex === null ? null : (areas.codes[areaIndex] ?? null) };
  }
  return { kind: 'county', code: countyIndex === null ? null : (context.countyCodes[countyIndex] ?? null) };
}
