/**
 * The places of one level of aggregation (county, prefecture or province): their codes, names and
 * context in both languages, and which area each county falls in, so that the map can colour every
 * county by its area's value and rankings, search and the table can name any place.
 */
import { provinceEnglishName, romanize } from './names';
import type { CountyTableFile, LocalizedText, ProvinceRecord, RegionId } from './contract';
import { countyName, countyPlace } from './places';

export const PLACE_LEVELS = ['county', 'prefecture', 'province'] as const;
export type PlaceLevel = (typeof PLACE_LEVELS)[number];

export interface AreaTable {
  level: PlaceLevel;
  /** Area codes ascending: 6-digit county, 4-digit prefecture or 2-digit province codes. */
  codes: string[];
  names: LocalizedText[];
  /** What tells same-name places apart: "金华市 · 浙江省" for a county, the province for a prefecture, "" for a province. */
  contexts: LocalizedText[];
  /** 2-digit province code and region of each area, for filters. */
  provinces: string[];
  regions: RegionId[];
  /** [countyIndex] → index of the county's area in this table. */
  countyToArea: Int32Array;
}

export function areaTable(counties: CountyTableFile, level: PlaceLevel): AreaTable {
  switch (level) {
    case 'county':
      return countyAreas(counties);
    case 'prefecture':
      return prefectureAreas(counties);
    case 'province':
      return provinceAreas(counties);
  }
}

/**
 * The county table's names and contexts are written when first read: the English ones are
 * romanised from pinyin (~50 ms for ~2,900 counties), which the first map does not need.
 */
function countyAreas(counties: CountyTableFile): AreaTable {
  const indices = counties.codes.map((_, i) => i);
  let names: LocalizedText[] | undefined;
  let contexts: LocalizedText[] | undefined;
  return {
    level: 'county',
    codes: [...counties.codes],
    get names() {
      return (names ??= indices.map((i) => ({ zh: countyName(counties, i, 'zh'), en: countyName(counties, i, 'en') })));
    },
    get contexts() {
      return (contexts ??= indices.map((i) => ({ zh: countyPlace(counties, i, 'zh'), en: countyPlace(counties, i, 'en') })));
    },
    provinces: [...counties.provinces],
    regions: [...counties.regions],
    countyToArea: Int32Array.from(indices),
  };
}

function provinceAreas(counties: CountyTableFile): AreaTable {
  const records = [...counties.provinceTable].sort((a, b) => compareCodes(a.code, b.code));
  return {
    level: 'province',
    codes: records.map((p) => p.code),
    names: records.map((p) => ({ zh: p.name, en: provinceEnglishName(p) })),
    contexts: records.map(() => ({ zh: '', en: '' })),
    provinces: records.map((p) => p.code),
    regions: records.map((p) => p.region),
    countyToArea: countyToArea(counties, 'province', counties.provinces, records),
  };
}

function prefectureAreas(counties: CountyTableFile): AreaTable {
  const provinceByCode = new Map(counties.provinceTable.map((p) => [p.code, p]));
  const records = [...counties.prefectureTable].sort((a, b) => compareCodes(a.code, b.code));
  const provinceOf = (prefectureCode: string, province: string): ProvinceRecord => {
    const record = provinceByCode.get(province);
    if (!record) throw new Error(`areaTable: prefecture ${prefectureCode} names province ${province}, which the province table lacks`);
    return record;
  };
  const provinces = records.map((p) => provinceOf(p.code, p.province));
  return {
    level: 'prefecture',
    codes: records.map((p) => p.code),
    names: records.map((p) => ({ zh: p.name, en: romanize(p.pinyin) })),
    contexts: provinces.map((p) => ({ zh: p.name, en: provinceEnglishName(p) })),
    provinces: provinces.map((p) => p.code),
    regions: provinces.map((p) => p.region),
    countyToArea: countyToArea(counties, 'prefecture', counties.prefectures, records),
  };
}

/** Every county must land in an area of the table: a county left out would vanish from the totals. */
function countyToArea(
  counties: CountyTableFile,
  level: PlaceLevel,
  areaCodeOfCounty: string[],
  records: { code: string }[],
): Int32Array {
  const indexByCode = new Map(records.map((r, i) => [r.code, i]));
  return Int32Array.from(counties.codes, (countyCode, i) => {
    const areaCode = areaCodeOfCounty[i] ?? '';
    const area = indexByCode.get(areaCode);
    if (area === undefined) {
      throw new Error(`areaTable: county ${countyCode} is in ${level} "${areaCode}", which the ${level} table lacks`);
    }
    return area;
  });
}

function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
