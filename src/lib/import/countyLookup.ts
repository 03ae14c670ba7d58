/**
 * Finds a county of the county table from what a user's file says: a 6-digit code, or a name
 * with (or without) its province. Many county names repeat across China (two 朝阳区, 鼓楼区 in
 * four provinces and twice in Jiangsu alone), so a name resolves only when exactly one county
 * fits; otherwise the reason lists the candidates with their provinces and codes.
 */
import type { CountyTableFile } from '../domain/contract';
import type { Checked, CountyRef } from './problems';
import { toHalfWidth } from './parseAmount';

export interface CountyLookup {
  /** A 6-digit adcode; a 9-digit GB code ("156" + adcode, as in the boundary source) and a 12-digit statistical code (adcode + "000000") are accepted too. */
  byCode(code: string): Checked<number>;
  /** A province by full name (浙江省), short name (浙江) or code (33, 330000): its 2-digit code. */
  province(text: string): Checked<string>;
  /** A full (义乌市) or short (义乌) name, or one with its province (浙江省金华市义乌市), within a province (2-digit code) when one is given. */
  byName(name: string, provinceCode: string | null): Checked<number>;
  /** Whether `name` is the full or short name of the county at `index`, or one with its province. */
  isNamed(index: number, name: string): boolean;
  /** 2-digit province code of the county at `index`. */
  provinceOf(index: number): string;
  /** 义乌市 with its province, prefecture and code: enough to tell same-name counties apart. */
  countyRef(index: number): CountyRef;
}

const MAX_SUGGESTIONS = 5;

export function createCountyLookup(table: CountyTableFile): CountyLookup {
  const indexByCode = new Map(table.codes.map((code, index) => [code, index]));
  const byFullName = groupIndices(table.names);
  const byShortName = groupIndices(table.shortNames);
  const provinceByCode = new Map(table.provinceTable.map((p) => [p.code, p]));
  const prefectureByCode = new Map(table.prefectureTable.map((p) => [p.code, p]));
  const provinceNames = table.provinceTable.map((p) => p.shortName);
  const countiesByProvince = groupIndices(table.provinces);
  const provinceCodeByText = new Map<string, string>();
  for (const province of table.provinceTable) {
    for (const text of [province.code, `${province.code}0000`, province.name, province.shortName]) {
      provinceCodeByText.set(text, province.code);
    }
  }

  const countyRef = (index: number): CountyRef => ({
    name: table.names[index] ?? '',
    code: table.codes[index] ?? '',
    province: provinceByCode.get(table.provinces[index] ?? '')?.shortName ?? null,
    prefecture: prefectureByCode.get(table.prefectures[index] ?? '')?.name ?? null,
  });

  const byCode = (raw: string): Checked<number> => {
    const text = toHalfWidth(raw).trim();
    // The boundary source's GB code ("156" + adcode) and the statistics' 12-digit code of a county (adcode + "000000").
    const code = /^156\d{6}$/.test(text) ? text.slice(3) : /^\d{6}0{6}$/.test(text) ? text.slice(0, 6) : text;
    if (!/^\d{6}$/.test(code)) {
      return { ok: false, reason: { code: 'notCountyCode', value: raw } };
    }
    const index = indexByCode.get(code);
    if (index !== undefined) return { ok: true, value: index };
    const prefecture = code.endsWith('00') ? prefectureByCode.get(code.slice(0, 4)) : undefined;
    const province = code.endsWith('0000') ? provinceByCode.get(code.slice(0, 2)) : undefined;
    if (province !== undefined) return { ok: false, reason: { code: 'provinceCode', countyCode: code, province: province.name } };
    if (prefecture !== undefined) return { ok: false, reason: { code: 'prefectureCode', countyCode: code, prefecture: prefecture.name } };
    return { ok: false, reason: { code: 'unknownCountyCode', countyCode: code } };
  };

  const resolveProvince = (raw: string): Checked<string> => {
    const code = provinceCodeByText.get(toHalfWidth(raw).trim());
    if (code !== undefined) return { ok: true, value: code };
    return { ok: false, reason: { code: 'unknownProvince', value: raw, provinces: provinceNames } };
  };

  /**
   * The counties a name written with the places above it may be, as statistics often write it
   * (浙江省义乌市, 浙江省金华市义乌市, 江苏南京鼓楼区): a province's name (full or short), then nothing or
   * the county's prefecture's name (full or short), then the county's full name. The prefecture
   * tells apart counties of one name in one province (南京 and 徐州 each have a 鼓楼区).
   */
  const byPath = (name: string): number[] => {
    // Every province name the text starts with is tried (浙江省… after both 浙江省 and 浙江), each county once.
    const found = new Set<number>();
    for (const province of table.provinceTable) {
      for (const text of [province.name, province.shortName]) {
        if (!name.startsWith(text)) continue;
        const rest = name.slice(text.length);
        for (const index of countiesByProvince.get(province.code) ?? []) {
          const county = table.names[index] ?? '';
          if (county === '' || !rest.endsWith(county)) continue;
          const between = rest.slice(0, rest.length - county.length);
          const prefecture = prefectureByCode.get(table.prefectures[index] ?? '');
          if (between === '' || between === prefecture?.name || between === prefecture?.shortName) found.add(index);
        }
      }
    }
    return [...found];
  };

  const byName = (rawName: string, provinceCode: string | null): Checked<number> => {
    const name = toHalfWidth(rawName).trim();
    // A full-name match wins over a short-name one: 朝阳区 means a district, not 朝阳县.
    const named = byFullName.get(name) ?? byShortName.get(name) ?? byPath(name);
    const candidates =
      provinceCode === null ? named : named.filter((i) => table.provinces[i] === provinceCode);
    const [only] = candidates;
    if (candidates.length === 1 && only !== undefined) return { ok: true, value: only };
    const province = provinceCode === null ? null : (provinceByCode.get(provinceCode)?.name ?? provinceCode);
    if (candidates.length > 1) {
      return { ok: false, reason: { code: 'ambiguousCounty', name, province, candidates: candidates.map(countyRef) } };
    }
    if (named.length > 0 && province !== null) {
      return { ok: false, reason: { code: 'countyNotInProvince', name, province, candidates: named.map(countyRef) } };
    }
    const suggestions = closeMatches(name, provinceCode).map(countyRef);
    return { ok: false, reason: { code: 'unknownCounty', name, province, suggestions } };
  };

  /** Counties whose full or short name is one edit away from `name` (a typo, 县 for 市 …). */
  const closeMatches = (name: string, provinceCode: string | null): number[] => {
    const matches: number[] = [];
    for (let i = 0; i < table.codes.length && matches.length < MAX_SUGGESTIONS; i++) {
      if (provinceCode !== null && table.provinces[i] !== provinceCode) continue;
      const full = table.names[i] ?? '';
      const short = table.shortNames[i] ?? '';
      if (isOneEditAway(name, full) || isOneEditAway(name, short)) matches.push(i);
    }
    return matches;
  };

  const isNamed = (index: number, rawName: string): boolean => {
    const name = toHalfWidth(rawName).trim();
    return table.names[index] === name || table.shortNames[index] === name || byPath(name).includes(index);
  };

  const provinceOf = (index: number): string => table.provinces[index] ?? '';

  return { byCode, province: resolveProvince, byName, isNamed, provinceOf, countyRef };
}

function groupIndices(keys: string[]): Map<string, number[]> {
  const groups = new Map<string, number[]>();
  keys.forEach((key, index) => {
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [index]);
    else group.push(index);
  });
  return groups;
}

/** Levenshtein distance ≤ 1, without building the matrix. */
export function isOneEditAway(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return a === b;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < shorter.length && shorter[i] === longer[i]) i++;
  const skip = shorter.length === longer.length ? 1 : 0;
  return shorter.slice(i + skip) === longer.slice(i + 1);
}
