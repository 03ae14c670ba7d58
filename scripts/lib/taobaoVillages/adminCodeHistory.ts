/**
 * The table of every province, prefecture and county code used 1980–2025 (yescallop/areacodes,
 * CC0): for a county name as printed in a given year, the codes it had then and the current codes
 * they became. This is what places 增城市 (2014) on 增城区 440118, and 郫县 on 郫都区.
 */
import { parseCsv } from '../../../src/lib/import/parseCsv';
import { reasonText } from '../../../src/lib/import/problemText';
import { shortProvinceName } from '../../../src/lib/domain/countyNames';

export interface AdminCodeEntry {
  code: string;
  /** Province and prefecture names as the table gives them (直辖 for a municipality's counties). */
  province: string;
  prefecture: string;
  name: string;
  isInUse: boolean;
  firstYear: number;
  /** Year the code was retired or renamed; null while in use. */
  lastYear: number | null;
  /** Codes the unit became when it was retired (partial transfers, written "code[year]", are left out). */
  successors: string[];
}

export interface AdminCodeHistory {
  /**
   * County-level entries named exactly `name` in the province (short name) and valid in `year` or
   * up to LIST_NAME_LAG years before it.
   */
  countiesNamed(name: string, provinceShortName: string, year: number): AdminCodeEntry[];
  /** The codes of the county table that `entry` is or became; several when it was split. */
  currentCodes(entry: AdminCodeEntry, isCurrentCode: (code: string) => boolean): string[];
}

/**
 * Years a list may still print a name after it was retired: the lists were compiled during the
 * year from local reports, and the 2015 list still prints 增城市 and 南康市 (retired 2014 and 2013).
 */
const LIST_NAME_LAG = 2;

const HEADER = '代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码';

export function readAdminCodeHistory(text: string, file: string): AdminCodeHistory {
  const parsed = parseCsv(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) throw new Error(`${file}: row ${parsed.row}: ${reasonText(parsed.reason, 'en')}`);
  const [header, ...rows] = parsed.records;
  if (header?.fields.join(',') !== HEADER) throw new Error(`${file}: header must be "${HEADER}"`);
  // A code may have several entries: a renamed unit (变更) keeps its code under a new name.
  const byCode = new Map<string, AdminCodeEntry[]>();
  const countiesByName = new Map<string, AdminCodeEntry[]>();
  for (const { row, fields } of rows) {
    if (fields.length === 1 && fields[0] === '') continue;
    const [code, province, prefecture, name, level, status, firstYear, lastYear, successors] = fields as string[];
    if (!/^\d{6}$/.test(code ?? '') || !/^\d{4}$/.test(firstYear ?? '')) throw new Error(`${file}: row ${row} is not a code entry`);
    const entry: AdminCodeEntry = {
      code: code!,
      province: province!,
      prefecture: prefecture!,
      name: name!,
      isInUse: status === '在用',
      firstYear: Number(firstYear),
      lastYear: lastYear ? Number(lastYear) : null,
      successors: (successors ?? '').split(';').filter((part) => /^\d{6}$/.test(part)),
    };
    const sameCode = byCode.get(entry.code);
    if (sameCode) sameCode.push(entry);
    else byCode.set(entry.code, [entry]);
    if (level !== '县级') continue;
    const named = countiesByName.get(entry.name);
    if (named) named.push(entry);
    else countiesByName.set(entry.name, [entry]);
  }

  const countiesNamed = (name: string, provinceShortName: string, year: number): AdminCodeEntry[] =>
    (countiesByName.get(name) ?? []).filter(
      (entry) =>
        shortProvinceName(entry.province) === provinceShortName &&
        entry.firstYear <= year &&
        (entry.lastYear ?? Infinity) >= year - LIST_NAME_LAG,
    );

  const currentCodes = (entry: AdminCodeEntry, isCurrentCode: (code: string) => boolean): string[] => {
    if (entry.isInUse) return isCurrentCode(entry.code) ? [entry.code] : [];
    const found = new Set<string>();
    const seen = new Set<string>();
    const follow = (code: string): void => {
      if (seen.has(code)) return;
      seen.add(code);
      if (isCurrentCode(code)) {
        found.add(code);
        return;
      }
      for (const retired of byCode.get(code) ?? []) retired.successors.forEach(follow);
    };
    entry.successors.forEach(follow);
    return [...found].sort();
  };

  return { countiesNamed, currentCodes };
}
