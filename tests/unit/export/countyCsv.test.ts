import { describe, expect, it } from 'vitest';
import { BELT_VIEW } from '../support/beltView';
import { decodeMetrics } from '../../../src/lib/data/decode';
import type { BeltRecord, DatasetMeta } from '../../../src/lib/domain/contract';
import { COUNTY_CSV_HEADER, countyCsv, csvField, csvLine } from '../../../src/lib/export/countyCsv';
import { buildLayerScale } from '../../../src/lib/view/scales/layerScale';
import { type LayerId } from '../../../src/lib/domain/layers';
import { makeCountyTable, makeMetrics, YEARS } from '../fixtures/geodata';
import { mainlandRegions } from '../support/mainlandRegions';

const meta: Pick<DatasetMeta, 'isIllustrative' | 'sources' | 'title'> = {
  isIllustrative: true,
  title: { zh: '中国电商产业带 (示意数据)', en: 'Belts, "illustrative"' },
  sources: [{ id: 'report-2021', title: '2021中国数字化产业带报告, 阿里研究院' }],
};

function belt(countyCode: string, categoryId: string, provenance: BeltRecord['provenance'], sourceIds: BeltRecord['sourceIds']): BeltRecord {
  return {
    id: `${countyCode}-${categoryId}`,
    name: null,
    countyCode,
    categoryId,
    salesYuan: [1e10, 2e10],
    merchants: [100, 100],
    locationQuotient: [2, 2],
    isBelt: [true, true],
    provenance,
    sourceIds,
  };
}

const counties = makeCountyTable();
const metrics = decodeMetrics(makeMetrics(), YEARS, counties.codes.length);
const belts = [
  belt('330782', 'apparel', ['reported', 'modeled'], ['report-2021', null]),
  belt('330782', 'home', ['reported', 'reported'], ['report-2021', 'report-2021']),
];

/** A minimal RFC 4180 reader for checking the output (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let field = '';
  let row: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

function csvFor(layer: LayerId, yearIndex: number, lang: 'zh' | 'en' = 'zh') {
  return countyCsv({ meta, counties, metrics, scale: buildLayerScale(layer, metrics, BELT_VIEW, mainlandRegions(metrics)), yearIndex, belts, lang, dataset: BELT_VIEW });
}

describe('csvField', () => {
  it.each<[string | number | null, string]>([
    ['义乌市', '义乌市'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [12.5, '12.5'],
    [null, ''],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });

  it('joins a line with commas', () => {
    expect(csvLine(['a', 'b,c', null, 3])).toBe('a,"b,c",,3');
  });
});

describe('countyCsv', () => {
  it('starts with a byte-order mark and the header, ends lines with CRLF, and has one row per county', () => {
    const text = csvFor('sales', 1);
    expect(text.startsWith('\uFEFFcode,name,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual([...COUNTY_CSV_HEADER]);
    expect(rows.length - 1).toBe(counties.codes.length);
    expect(rows.slice(1).map((r) => r[0])).toEqual(counties.codes);
    expect(rows.every((r) => r.length === COUNTY_CSV_HEADER.length)).toBe(true);
  });

  it('writes the values, the class the map shows and the provenance of each county', () => {
    const rows = parseCsv(csvFor('growth', 1).slice(1));
    const record = (code: string) => Object.fromEntries(COUNTY_CSV_HEADER.map((h, i) => [h, rows.find((r) => r[0] === code)![i]]));
    expect(record('330782')).toMatchObject({
      name: '义乌市',
      province: '浙江省',
      year: '2024',
      category: 'all',
      layer: 'growth',
      map_class: '20–50',
      sales_yuan: String(2_500_000 * 1e4),
      growth_percent: '25',
      growth_status: 'value',
      belt_count: '3',
      over_100yi_belt_count: '2',
      first_year_over_100yi: '2023',
      provenance: 'mixed',
      source_ids: 'report-2021',
      sources: '2021中国数字化产业带报告, 阿里研究院',
      dataset: '中国电商产业带 (示意数据) [illustrative]',
    });
    // 上城区 has sales in 2024 but none in 2023: new, not an infinite growth
    expect(record('330102')).toMatchObject({ growth_status: 'new', growth_percent: '', provenance: 'modeled', source_ids: '' });
  });

  it('lists only the sources of values reported in the year shown', () => {
    const rows = parseCsv(csvFor('sales', 0).slice(1));
    const yiwu = rows.find((r) => r[0] === '330782')!;
    expect(yiwu[COUNTY_CSV_HEADER.indexOf('provenance')]).toBe('reported');
    expect(yiwu[COUNTY_CSV_HEADER.indexOf('source_ids')]).toBe('report-2021');
    const shangcheng = rows.find((r) => r[0] === '330102')!;
    expect(shangcheng[COUNTY_CSV_HEADER.indexOf('provenance')]).toBe('');
    expect(shangcheng[COUNTY_CSV_HEADER.indexOf('growth_status')]).toBe('no-belt');
  });

  it('quotes a dataset title that holds a comma and quotes', () => {
    const rows = parseCsv(csvFor('spread', 1, 'en').slice(1));
    expect(rows[1]![COUNTY_CSV_HEADER.indexOf('dataset')]).toBe('Belts, "illustrative" [illustrative]');
  });

  it('names a year index outside the metrics', () => {
    expect(() => csvFor('sales', 5)).toThrow(/year index 5 is outside the metrics' 2 years/);
  });
});
