/**
 * The map's words placed clear of each other (issue 15: the 百亿 path's years overlapped each other
 * and the names of 江西 and 福建): the committed path of the belt model over 江西 at the zooms a
 * reader reaches, written as the export and the 2D map write them (mapOverlay → overlayItems), and
 * as the interactive map places them (placeMapLabels).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { provinceLabels } from '../../../src/lib/cartography/provinceLabels';
import { over100YiPathMarks } from '../../../src/lib/cartography/over100YiPath';
import { isSamePlacement, placeMapLabels, yearLabelBox, type LabelBox } from '../../../src/lib/cartography/mapLabels';
import { mainProjection } from '../../../src/lib/cartography/mapProjection';
import { mapOverlay, overlayItems } from '../../../src/lib/export/mapOverlayScene';
import { estimateTextWidth } from '../../../src/lib/export/textMetrics';
import type { CountyTableFile } from '../../../src/lib/domain/contract';
import type { SpreadCentre } from '../../../src/lib/domain/atlas';

const { provinceTable } = JSON.parse(readFileSync('geodata/index/counties.json', 'utf8')) as CountyTableFile;
const labels = provinceLabels(provinceTable);
const metrics = JSON.parse(readFileSync('geodata/index/metrics-all.json', 'utf8')) as { over100YiCentres: { year: number; lng: number; lat: number; beltCount: number }[] };
const centres: SpreadCentre[] = metrics.over100YiCentres.map(({ year, lng, lat, beltCount }) => ({ year, lng, lat, weight: beltCount }));
const lastYear = centres.at(-1)!.year;

const intersects = (a: LabelBox, b: LabelBox) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

function overlapping(boxes: { text: string; box: LabelBox }[]): string[] {
  return boxes.flatMap((a, i) => boxes.slice(i + 1).filter((b) => intersects(a.box, b.box)).map((b) => `${a.text} × ${b.text}`));
}

const ZOOMS = [3, 4, 5, 6, 7, 8];

describe('the export and the 2D map (mapOverlay, overlayItems)', () => {
  it.each(['zh', 'en'] as const)('no two words overlap over the path at any zoom (%s)', (lang) => {
    for (const zoom of ZOOMS) {
      const box = { x: 0, y: 0, width: 1280, height: 800 };
      const camera = { lng: 117.2, lat: 27.3, zoom, viewportWidth: 1280, viewportHeight: 800 };
      const projection = mainProjection(box, camera);
      const overlay = mapOverlay(projection, box, { zoom, unit: 1, lang, labels, centres, year: lastYear });
      const texts = overlayItems(1, overlay).flatMap((item) => {
        if (item.kind !== 'text') return [];
        const width = estimateTextWidth(item.text, item.size);
        const x0 = item.align === 'left' ? item.x : item.align === 'right' ? item.x - width : item.x - width / 2;
        // The text's baseline sits 0.36 em below its centre line.
        const y0 = item.y - item.size * 0.86;
        return [{ text: `${item.text}@${zoom}`, box: { x0, y0, x1: x0 + width, y1: y0 + item.size } }];
      });
      expect(texts.filter((t) => /^\d{4}@/.test(t.text))).toHaveLength(2);
      expect(overlapping(texts)).toEqual([]);
    }
  });
});

describe('placeMapLabels (the interactive map)', () => {
  const marks = over100YiPathMarks(centres, lastYear);

  it.each(['zh', 'en'] as const)('writes both years, clear of each other, of every dot and of every name (%s)', (lang) => {
    for (const zoom of ZOOMS) {
      const placed = placeMapLabels(labels, zoom, marks, lang);
      expect(placed.years.map((label) => label.text)).toEqual(['2018', String(lastYear)]);
      const yearBoxes = placed.years.map((label) => ({ text: label.text, box: yearLabelBox(label, zoom) }));
      expect(overlapping([...yearBoxes, ...placed.provinceBoxes.map((p) => ({ text: p.code, box: p.box }))])).toEqual([]);
      expect(overlapping([...yearBoxes, ...placed.dotBoxes.map((box, i) => ({ text: `dot ${i}`, box }))]).filter((pair) => !/^dot/.test(pair))).toEqual([]);
    }
  });

  it('keeps 江西 and 福建 on the national view of a desktop, where the path lies between them', () => {
    const codes = placeMapLabels(labels, 3.36, marks, 'zh').provinces.map((label) => label.code);
    expect(codes).toEqual(expect.arrayContaining(['36', '35']));
  });

  it('tells a zoom that moves a year (a redraw) from one that does not', () => {
    const at5 = placeMapLabels(labels, 5, marks, 'zh').years;
    expect(isSamePlacement(at5, placeMapLabels(labels, 5, marks, 'zh').years)).toBe(true);
    expect(isSamePlacement(at5, placeMapLabels(labels, 3, marks, 'zh').years)).toBe(false);
  });
});
