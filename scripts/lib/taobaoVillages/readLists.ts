/**
 * Reads the transcribed 淘宝村 lists (villages 2014–2016, 淘宝镇 2016) from their CSV text into typed
 * rows, keeping each row's line number so that a row the build cannot place can be named.
 */
import { parseCsv } from '../../../src/lib/import/parseCsv';
import { reasonText } from '../../../src/lib/import/problemText';

/** Where a row sits in the lists and the names it prints, before it is placed on a county. */
export interface ListedPlace {
  /** File name and 1-based row (the header is row 1), for messages. */
  file: string;
  row: number;
  year: number;
  province: string;
  prefecture: string;
  /** As printed; "-" where the list leaves the column empty. */
  county: string;
  town: string;
}

export interface VillageRow extends ListedPlace {
  village: string;
  /** Only the 2014 list prints it; null otherwise. */
  mainProduct: string | null;
}

export interface TownRow extends ListedPlace {
  villages: number;
}

const VILLAGE_COLUMNS = ['year', 'province', 'prefecture', 'county', 'town', 'village', 'main_product'];
const TOWN_COLUMNS = ['year', 'province', 'prefecture', 'county', 'town', 'taobao_villages'];

/** Records of a CSV whose header must be exactly `columns`; throws naming the file otherwise. */
function records(text: string, file: string, columns: string[]): { row: number; fields: string[] }[] {
  const parsed = parseCsv(text);
  if (!parsed.ok) throw new Error(`${file}: row ${parsed.row}, line ${parsed.line}: ${reasonText(parsed.reason, 'en')}`);
  const [header, ...rows] = parsed.records;
  if (header?.fields.join(',') !== columns.join(',')) {
    throw new Error(`${file}: header must be "${columns.join(',')}", got "${header?.fields.join(',') ?? ''}"`);
  }
  return rows
    .filter((record) => record.fields.some((field) => field.trim() !== ''))
    .map((record) => {
      if (record.fields.length !== columns.length) {
        throw new Error(`${file}: row ${record.row} has ${record.fields.length} fields, expected ${columns.length}`);
      }
      return { row: record.row, fields: record.fields.map((field) => field.trim()) };
    });
}

function wholeNumber(text: string, file: string, row: number, column: string): number {
  if (!/^\d+$/.test(text)) throw new Error(`${file}: row ${row}, column "${column}": "${text}" is not a whole number`);
  return Number(text);
}

/** Both lists begin with the same five columns: year, province, prefecture, county, town. */
const PLACE_COLUMN_COUNT = 5;

function listedPlace(fields: string[], file: string, row: number): ListedPlace {
  const [year, province, prefecture, county, town] = fields as [string, string, string, string, string];
  return { file, row, year: wholeNumber(year, file, row, 'year'), province, prefecture, county, town };
}

export function readVillageRows(text: string, file: string): VillageRow[] {
  return records(text, file, VILLAGE_COLUMNS).map(({ row, fields }) => {
    const [village, mainProduct] = fields.slice(PLACE_COLUMN_COUNT) as [string, string];
    return { ...listedPlace(fields, file, row), village, mainProduct: mainProduct === '' ? null : mainProduct };
  });
}

export function readTownRows(text: string, file: string): TownRow[] {
  return records(text, file, TOWN_COLUMNS).map(({ row, fields }) => {
    const [villages] = fields.slice(PLACE_COLUMN_COUNT) as [string];
    return { ...listedPlace(fields, file, row), villages: wholeNumber(villages, file, row, 'taobao_villages') };
  });
}
