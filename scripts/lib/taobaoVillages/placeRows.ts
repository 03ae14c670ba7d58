/**
 * Places each row of the 淘宝村 lists on a county of today's county table, in this order:
 * 1. today's name (full or short) within the province, narrowed by the prefecture where the name
 *    repeats (鼓楼区 is in both 南京 and 徐州);
 * 2. the name as it was in the list's year, through the historical code table, followed to the
 *    code it became (增城市 2014 → 增城区 440118);
 * 3. a curated rule for what no table can place (functional zones such as 白沟新城), with its reason.
 * A row none of these places is an error naming its file, row, year and names: nothing is dropped.
 */
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { CountyLookup } from '../../../src/lib/import/countyLookup';
import type { Checked } from '../../../src/lib/import/problems';
import { reasonText } from '../../../src/lib/import/problemText';
import type { AdminCodeHistory } from './adminCodeHistory';
import type { ListedPlace } from './readLists';

/** A curated placement for rows that no table can place. */
export interface PlacementRule {
  /** The names a row must print, exactly; province, prefecture and town only where given. */
  match: { province?: string; prefecture?: string; county: string; town?: string };
  countyCode: string;
  reason: string;
}

export type PlacedBy = 'current-name' | 'former-name' | 'rule';

export interface Placement {
  countyIndex: number;
  placedBy: PlacedBy;
  /** Index into the rules, when a rule placed the row. */
  ruleIndex: number | null;
}

export interface PlacedRow<Row extends ListedPlace> {
  row: Row;
  placement: Placement;
}

/** "villages-2014-2016.csv row 85 (2014): 河北省 / 保定市 / - / 白沟新城" */
export function describeRow(row: ListedPlace): string {
  return `${row.file} row ${row.row} (${row.year}): ${[row.province, row.prefecture, row.county, row.town].join(' / ')}`;
}

export function createCountyPlacer(
  table: CountyTableFile,
  lookup: CountyLookup,
  history: AdminCodeHistory,
  rules: PlacementRule[],
): (row: ListedPlace) => Checked<Placement, string> {
  const indexByCode = new Map(table.codes.map((code, index) => [code, index]));
  const isCurrentCode = (code: string) => indexByCode.has(code);
  const provinceNames = new Map(table.provinceTable.map((p) => [p.code, p.shortName]));

  /** Prefectures of the table with this full or short name, within the province when known. */
  const prefecturesNamed = (name: string, provinceCode: string | null): string[] =>
    table.prefectureTable
      .filter((p) => (p.name === name || p.shortName === name) && (provinceCode === null || p.province === provinceCode))
      .map((p) => p.code);

  /** A full province name (浙江省), a short one (北京), or, when the column says only 省, the prefecture's. */
  const provinceOf = (row: ListedPlace): string | null => {
    const named = lookup.province(row.province);
    if (named.ok) return named.value;
    const byPrefecture = new Set(prefecturesNamed(row.prefecture, null).map((code) => code.slice(0, 2)));
    return byPrefecture.size === 1 ? [...byPrefecture][0]! : null;
  };

  const byCurrentName = (row: ListedPlace, provinceCode: string, prefectureCodes: string[]): number | null => {
    const named = lookup.byName(row.county, provinceCode);
    const candidates = named.ok
      ? [named.value]
      : table.codes.flatMap((_code, i) => (table.provinces[i] === provinceCode && lookup.isNamed(i, row.county) ? [i] : []));
    // A printed prefecture that is today's must hold the county; an old one cannot tell.
    const inPrefecture =
      prefectureCodes.length === 0 ? candidates : candidates.filter((i) => prefectureCodes.includes(table.prefectures[i]!));
    return inPrefecture.length === 1 ? inPrefecture[0]! : null;
  };

  const byFormerName = (row: ListedPlace, provinceCode: string): Checked<number, string> | null => {
    const entries = history.countiesNamed(row.county, provinceNames.get(provinceCode)!, row.year);
    const inPrefecture = entries.filter((entry) => entry.prefecture === row.prefecture);
    const chosen = inPrefecture.length > 0 ? inPrefecture : entries;
    const codes = [...new Set(chosen.flatMap((entry) => history.currentCodes(entry, isCurrentCode)))];
    if (codes.length === 0) return null;
    if (codes.length > 1) {
      const names = codes.map((code) => `${table.names[indexByCode.get(code)!]} ${code}`).join(', ');
      return { ok: false, reason: `"${row.county}" of ${row.year} became several counties (${names}) and no placement rule says which; add one with its reason` };
    }
    return { ok: true, value: indexByCode.get(codes[0]!)! };
  };

  const ruleFor = (row: ListedPlace): number => {
    const matches = (field: string | undefined, text: string) => field === undefined || field === text;
    return rules.findIndex(
      ({ match }) =>
        match.county === row.county &&
        matches(match.province, row.province) &&
        matches(match.prefecture, row.prefecture) &&
        matches(match.town, row.town),
    );
  };

  return (row) => {
    const provinceCode = provinceOf(row);
    let former: Checked<number, string> | null = null;
    if (provinceCode !== null) {
      const current = byCurrentName(row, provinceCode, prefecturesNamed(row.prefecture, provinceCode));
      if (current !== null) return { ok: true, value: { countyIndex: current, placedBy: 'current-name', ruleIndex: null } };
      former = byFormerName(row, provinceCode);
      if (former?.ok) return { ok: true, value: { countyIndex: former.value, placedBy: 'former-name', ruleIndex: null } };
    }
    // A rule decides what the tables cannot: a zone, or which of the counties a divided one became.
    const ruleIndex = ruleFor(row);
    if (ruleIndex >= 0) {
      const county = lookup.byCode(rules[ruleIndex]!.countyCode);
      if (!county.ok) return { ok: false, reason: `placement rule ${ruleIndex + 1}: ${reasonText(county.reason, 'en')}` };
      return { ok: true, value: { countyIndex: county.value, placedBy: 'rule', ruleIndex } };
    }
    if (former) return former;
    const why =
      provinceCode === null
        ? `neither the province "${row.province}" nor the prefecture "${row.prefecture}" names one province`
        : `no county "${row.county}" in ${provinceNames.get(provinceCode)} today or in ${row.year} (code table)`;
    return { ok: false, reason: `${why}, and no placement rule matches; add a rule with its reason` };
  };
}

/** Places every row; each row that cannot be placed becomes a problem naming it and why. */
export function placeRows<Row extends ListedPlace>(
  rows: Row[],
  place: (row: ListedPlace) => Checked<Placement, string>,
): { placed: PlacedRow<Row>[]; problems: string[] } {
  const placed: PlacedRow<Row>[] = [];
  const problems: string[] = [];
  for (const row of rows) {
    const placement = place(row);
    if (placement.ok) placed.push({ row, placement: placement.value });
    else problems.push(`${describeRow(row)}: ${placement.reason}`);
  }
  return { placed, problems };
}
