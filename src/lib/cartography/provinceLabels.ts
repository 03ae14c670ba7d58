/**
 * Where the map writes province names. Hand-placed rather than computed: the centroid of 河北
 * falls near Beijing, and those of 甘肃 and 内蒙古 fall awkwardly for their long shapes.
 */
import type { ProvinceRecord } from '../domain/contract';
import { provinceEnglishName } from '../domain/names';

export interface ProvinceLabel {
  code: string;
  position: [number, number];
  zh: string;
  en: string;
  /** Zoom from which the name is written, so that names do not pile up on a phone's national view. */
  minZoom: number;
}

/** [lng, lat] of each province's label, by 2-digit code. */
const LABEL_POINTS: Readonly<Record<string, [number, number]>> = {
  '11': [116.4, 40.25],
  '12': [117.45, 39.2],
  '13': [115.0, 38.3],
  '14': [112.3, 37.6],
  '15': [111.8, 42.8],
  '21': [122.6, 41.4],
  '22': [126.2, 43.6],
  '23': [127.8, 47.6],
  '31': [121.45, 31.2],
  '32': [119.5, 33.1],
  '33': [120.1, 29.1],
  '34': [117.2, 31.9],
  '35': [118.0, 26.1],
  '36': [115.7, 27.6],
  '37': [118.2, 36.3],
  '41': [113.6, 33.9],
  '42': [112.3, 31.0],
  '43': [111.7, 27.6],
  '44': [113.4, 23.5],
  '45': [108.7, 23.7],
  '46': [109.8, 19.2],
  '50': [107.8, 30.0],
  '51': [102.7, 30.4],
  '52': [106.7, 26.8],
  '53': [101.5, 24.8],
  '54': [88.5, 31.5],
  '61': [109.0, 35.6],
  '62': [102.6, 37.9],
  '63': [96.0, 35.5],
  '64': [106.2, 37.3],
  '65': [85.5, 41.5],
  '71': [121.0, 23.7],
  '81': [114.15, 22.35],
  '82': [113.55, 22.15],
};

/**
 * The vast western and northern provinces have room for their names even on a 375 px phone;
 * the rest from the national view of a small laptop (about zoom 2.9 at 1024×768) on, not on a
 * phone's (about 2), where they would cover the eastern counties; municipalities and SARs, whose
 * names would crowd their neighbours', only once zoomed in. Names that would still touch are
 * left out (mapLabels.ts, placeMapLabels).
 */
const WIDE_PROVINCES: ReadonlySet<string> = new Set(['15', '23', '51', '54', '62', '63', '65']);
const SMALL_UNITS: ReadonlySet<string> = new Set(['11', '12', '31', '50', '64', '81', '82']);
export const LABEL_ZOOMS = { wide: 0, regular: 2.5, small: 4.6 } as const;

function minZoomOf(code: string): number {
  if (WIDE_PROVINCES.has(code)) return LABEL_ZOOMS.wide;
  return SMALL_UNITS.has(code) ? LABEL_ZOOMS.small : LABEL_ZOOMS.regular;
}

/** Labels for the provinces of the county table; a province without a placed point is an error, not a gap. */
export function provinceLabels(provinces: readonly ProvinceRecord[]): ProvinceLabel[] {
  return provinces.map((province) => {
    const position = LABEL_POINTS[province.code];
    if (!position) throw new Error(`provinceLabels: no label point for province ${province.code} ${province.name}`);
    return {
      code: province.code,
      position,
      zh: province.shortName,
      en: provinceEnglishName(province),
      minZoom: minZoomOf(province.code),
    };
  });
}

/** Position in pixels of the Web Mercator world at `zoom` (MapLibre's 512 px tiles). */
export function worldPixels([lng, lat]: readonly [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sinLat = Math.sin((lat * Math.PI) / 180);
  return [((lng + 180) / 360) * size, (0.5 - Math.log((1 + sinLat) / (1 - sinLat)) / (4 * Math.PI)) * size];
}

/** The [lng, lat] at a position in pixels of the Web Mercator world at `zoom` (worldPixels' inverse). */
export function lngLatAt([x, y]: readonly [number, number], zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  return [(x / size) * 360 - 180, (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / size))) * 180) / Math.PI];
}

/**
 * Half the width and height in pixels of the box a name takes as the map writes it (Chinese at
 * 12 px a character, English at 11 px with letters about 0.6 em wide), with its 3 px halo.
 */
export function labelHalfSize(text: string, lang: 'zh' | 'en'): { x: number; y: number } {
  const size = lang === 'zh' ? 12 : 11;
  const width = lang === 'zh' ? [...text].length * size : text.length * size * 0.6;
  return { x: width / 2 + 3, y: size / 2 + 3 };
}

/** Every character the labels can show in either language, for the text layer's glyph atlas. */
export function labelCharacterSet(labels: readonly { zh: string; en: string }[]): string[] {
  return [...new Set(labels.flatMap((label) => [...label.zh, ...label.en]))].sort();
}
