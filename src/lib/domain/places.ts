/** Names of a county and the places above it, in the current language, for the area tables, tooltip and panel. */
import { countyEnglishName, provinceEnglishName, romanize } from './names';
import type { CountyTableFile, PrefectureRecord, ProvinceRecord } from './contract';
import type { Lang } from '../i18n/i18n';

interface PlaceLookup {
  provinces: Map<string, ProvinceRecord>;
  prefectures: Map<string, PrefectureRecord>;
  /** English name of each county, in county order (see countyEnglishNames). */
  englishNames?: string[];
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

/** 义乌市 / Yiwu City; 朝阳区 / Chaoyang District (Beijing), since Shantou has a Chaoyang District too. */
export function countyName(counties: CountyTableFile, index: number, lang: Lang): string {
  if (lang === 'zh') return counties.names[index] ?? '';
  const lookup = lookupOf(counties);
  lookup.englishNames ??= countyEnglishNames(counties, lookup);
  return lookup.englishNames[index] ?? '';
}

/**
 * Every county's English name with the word for its kind, and where two counties would read the
 * same (潮阳区 and 朝阳区 are both Chaoyang District), each followed by its prefecture, or by its
 * province where the prefecture is the province itself (Beijing) or only a grouping (重庆市辖区).
 * A unit that is a whole province (澳门) takes the province's English name.
 */
function countyEnglishNames(counties: CountyTableFile, { provinces, prefectures }: PlaceLookup): string[] {
  const names = counties.codes.map((_, i) => {
    const province = provinces.get(counties.provinces[i] ?? '');
    if (province && province.name === counties.names[i]) return provinceEnglishName(province);
    const parts = { name: counties.names[i] ?? '', shortName: counties.shortNames[i] ?? '', pinyin: counties.pinyin[i] ?? '' };
    return countyEnglishName({ ...parts, kind: counties.kinds[i] ?? 'other' });
  });
  const count = new Map<string, number>();
  for (const name of names) count.set(name, (count.get(name) ?? 0) + 1);
  return names.map((name, i) => {
    if (count.get(name)! < 2) return name;
    const province = provinces.get(counties.provinces[i] ?? '');
    const prefecture = prefectures.get(counties.prefectures[i] ?? '');
    const isGrouping = !prefecture || prefecture.name === province?.name || /直辖|市辖/.test(prefecture.name);
    const qualifier = isGrouping ? (province ? provinceEnglishName(province) : '') : romanize(prefecture.pinyin);
    return qualifier === '' ? name : `${name} (${qualifier})`;
  });
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
