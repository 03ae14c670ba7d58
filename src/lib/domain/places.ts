/** Names of a county and the places above it, in the current language, for the area tables, tooltip and panel. */
import { provinceEnglishName, romanize } from './names';
import type { CountyTableFile, PrefectureRecord, ProvinceRecord } from './contract';
import type { Lang } from '../i18n/i18n';

interface PlaceLookup {
  provinces: Map<string, ProvinceRecord>;
  prefectures: Map<string, PrefectureRecord>;
}

// Built once per county table: hover asks for names on every pointer move.
const lookups = new WeakMap<CountyTableFile, PlaceLookup>();
function lookupOf(counties: CountyTableFile): PlaceLookup {
  let lookup = lookups.get(counties);
  if (!lookup) {
    lookup = {
      provinces: new Map(counties.provinceTable.map((p) => [p.code, p])),
      prefectures: new Map(counties.prefectureTable.map((p) => [p.code, p])),
    };
    lookups.set(counties, lookup);
  }
  return lookup;
}

/** 义乌市 / Yiwu */
export function countyName(counties: CountyTableFile, index: number, lang: Lang): string {
  return lang === 'zh' ? (counties.names[index] ?? '') : romanize(counties.pinyin[index] ?? '');
}

/**
 * The prefecture and province of a county: "金华市 · 浙江省" / "Jinhua, Zhejiang". A prefecture
 * named like the county itself (cities without districts, such as 东莞市) is not repeated.
 */
export function countyPlace(counties: CountyTableFile, index: number, lang: Lang): string {
  const { provinces, prefectures } = lookupOf(counties);
  const province = provinces.get(counties.provinces[index] ?? '');
  const prefecture = prefectures.get(counties.prefectures[index] ?? '');
  const parts: string[] = [];
  if (prefecture && prefecture.name !== counties.names[index] && prefecture.name !== province?.name) {
    parts.push(lang === 'zh' ? prefecture.name : romanize(prefecture.pinyin));
  }
  if (province) parts.push(lang === 'zh' ? province.name : provinceEnglishName(province));
  return parts.join(lang === 'zh' ? ' · ' : ', ');
}
