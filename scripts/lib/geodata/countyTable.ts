import { customPinyin, pinyin } from 'pinyin-pro';
import type { CountyTableFile, LngLat, PrefectureRecord, ProvinceRecord } from '../../../src/lib/domain/contract';
import { countyKind, shortPlaceName } from '../../../src/lib/domain/countyNames';
import { MUNICIPALITY_PROVINCES, regionOfCode } from '../../../src/lib/domain/regions';
import type { SourceCounty } from './boundarySource';

/**
 * Place names whose characters pinyin-pro reads in their everyday sound rather than the place
 * name's own (喀什 is kā shí, not kā shén); checked against the standard romanisation.
 */
export const PLACE_NAME_READINGS: Record<string, string> = {
  喀什: 'kā shí',
  乐清: 'yuè qīng',
  单县: 'shàn xiàn',
  歙县: 'shè xiàn',
  洪洞: 'hóng tóng',
  涡阳: 'guō yáng',
  大埔: 'dà bù',
  什邡: 'shí fāng',
  浚县: 'xùn xiàn',
  筠连: 'jūn lián',
  黄陂: 'huáng pí',
  蔚县: 'yù xiàn',
  乐亭: 'lào tíng',
  郫都: 'pí dū',
  繁峙: 'fán shì',
  乐都: 'lè dū',
  宕昌: 'tàn chāng',
  中牟: 'zhōng móu',
  尉犁: 'yù lí',
  覃塘: 'tán táng',
  六合: 'lù hé',
  曾都: 'zēng dū',
  大城: 'dà chéng',
  民乐: 'mín lè',
  蚌山: 'bèng shān',
  泌阳: 'bì yáng',
  召陵: 'shào líng',
  牟定: 'móu dìng',
  闵行: 'mǐn háng',
  万柏林: 'wàn bǎi lín',
};
customPinyin(PLACE_NAME_READINGS);

/**
 * Characters that place names always read one way while pinyin-pro reads them as in everyday words:
 * 都 is dū in every place name (宁都, 花都, 昌都; never dōu), 什 is shí (克什克腾, 乌什; never shén).
 */
const PLACE_NAME_CHARACTER_READINGS: Readonly<Record<string, string>> = { 都: 'du', 什: 'shi' };

/** Toneless pinyin syllables, lowercase, ü written v (as people type it): 吕梁 → "lv liang". */
export function toPinyin(text: string): string {
  const characters = [...text];
  const syllables = pinyin(text, { toneType: 'none', type: 'array', v: true, nonZh: 'removed' });
  // Names are all Han characters, so syllables line up with characters; if not, leave them be.
  const isAligned = syllables.length === characters.length;
  return syllables
    .map((syllable, i) => (isAligned ? PLACE_NAME_CHARACTER_READINGS[characters[i]!] : undefined) ?? syllable.toLowerCase())
    .join(' ');
}

export interface ProvinceName {
  code: string; // 2-digit
  name: string; // 浙江省
  shortName: string; // 浙江
}

/**
 * Chongqing alone has two prefecture codes: the code list names them 市辖区 (500100) and 县
 * (500200); prefixed with the city so that the two stay apart.
 */
const MUNICIPAL_GROUP_NAMES: Readonly<Record<string, string>> = { '5001': '重庆市辖区', '5002': '重庆市辖县' };

function prefectureName(
  code: string,
  province: ProvinceName,
  codeList: Map<string, string>,
  countyNames: Map<string, string>,
): string {
  const municipalGroup = MUNICIPAL_GROUP_NAMES[code];
  if (municipalGroup) return municipalGroup;
  // Municipalities, Taiwan, Hong Kong and Macao have no prefecture level of their own.
  if (MUNICIPALITY_PROVINCES.includes(province.code) || ['71', '81', '82'].includes(province.code)) return province.name;
  // A unit coded at prefecture level but missing from the 2023 list (629700 中农发山丹马场) is its own group.
  return codeList.get(`${code}00`) ?? countyNames.get(`${code}00`) ?? `${province.name}直辖县级行政单位`;
}

/**
 * The county table: one row per county in adcode order, with names, pinyin, kind, the levels
 * above and a label point; plus the province and prefecture tables those rows refer to.
 */
export function buildCountyTable(
  counties: SourceCounty[],
  provinceNames: ProvinceName[],
  codeList: Map<string, string>,
  labelPoints: Map<string, LngLat>,
  generatedBy: string,
): CountyTableFile {
  const provinceByCode = new Map(provinceNames.map((province) => [province.code, province]));
  const table: CountyTableFile = {
    generatedBy,
    codes: [],
    names: [],
    shortNames: [],
    pinyin: [],
    kinds: [],
    provinces: [],
    prefectures: [],
    regions: [],
    labelPoints: [],
    provinceTable: [],
    prefectureTable: [],
  };
  const countyNames = new Map(counties.map((county) => [county.code, county.fullName]));
  const prefectures = new Map<string, PrefectureRecord>();
  const usedProvinces = new Set<string>();
  for (const county of counties) {
    const provinceCode = county.code.slice(0, 2);
    const province = provinceByCode.get(provinceCode);
    if (!province) throw new Error(`county ${county.code} ${county.fullName}: unknown province ${provinceCode}`);
    const labelPoint = labelPoints.get(county.code);
    if (!labelPoint) throw new Error(`county ${county.code} ${county.fullName}: no label point`);
    const shortName = shortPlaceName(county.fullName);
    const syllables = toPinyin(shortName);
    const prefectureCode = county.code.slice(0, 4);
    table.codes.push(county.code);
    table.names.push(county.fullName);
    table.shortNames.push(shortName);
    table.pinyin.push(syllables);
    table.kinds.push(countyKind(county.fullName, county.code));
    table.provinces.push(provinceCode);
    table.prefectures.push(prefectureCode);
    table.regions.push(regionOfCode(provinceCode));
    table.labelPoints.push(labelPoint);
    usedProvinces.add(provinceCode);
    if (!prefectures.has(prefectureCode)) {
      const name = prefectureName(prefectureCode, province, codeList, countyNames);
      const prefectureShort =
        name === province.name ? province.shortName : prefectureCode in MUNICIPAL_GROUP_NAMES ? name : shortPlaceName(name);
      const prefectureSyllables = toPinyin(prefectureShort);
      prefectures.set(prefectureCode, {
        code: prefectureCode,
        name,
        shortName: prefectureShort,
        pinyin: prefectureSyllables,
        province: provinceCode,
      });
    }
  }
  table.provinceTable = provinceNames
    .filter((province) => usedProvinces.has(province.code))
    .sort((a, b) => (a.code < b.code ? -1 : 1))
    .map((province): ProvinceRecord => {
      const syllables = toPinyin(province.shortName);
      return {
        code: province.code,
        name: province.name,
        shortName: province.shortName,
        pinyin: syllables,
        region: regionOfCode(province.code),
      };
    });
  table.prefectureTable = [...prefectures.values()].sort((a, b) => (a.code < b.code ? -1 : 1));
  return table;
}
