/** The pure parts of the page's import: the new dataset's id, the form's measure as the import's choice. */
import { describe, expect, it } from 'vitest';
import { isDatasetId } from '../../../src/lib/domain/datasets';
import { readMeasure } from '../../../src/lib/import/measureColumn';
import { measureChoice, ownDatasetId } from '../../../src/lib/ownData/ownDataImporter';

// 2026-12-04T18:00:00Z in base 36.
const NOW = Date.UTC(2026, 11, 4, 18);
const STAMP = NOW.toString(36);

describe('ownDatasetId', () => {
  it.each([
    ['Online shops 2021!', `own-online-shops-2021-${STAMP}`],
    ['网店数', `own-${STAMP}`],
    ['A very long title that goes on and on about county shops', `own-a-very-long-title-that-${STAMP}`],
    ['Supercalifragilisticexpialidocious', `own-supercalifragilisticexpi-${STAMP}`],
  ])('%s → %s, a valid dataset id', (title, id) => {
    const made = ownDatasetId(title, NOW, new Set());
    expect(made).toBe(id);
    expect(isDatasetId(made)).toBe(true);
  });

  it('never gives an id that is taken', () => {
    const taken = new Set([`own-shops-${STAMP}`, `own-shops-${STAMP}-2`]);
    expect(ownDatasetId('shops', NOW, taken)).toBe(`own-shops-${STAMP}-3`);
  });
});

describe('measureChoice: what the form says, read by the import', () => {
  it.each([
    [{ column: '网店数（家）', name: '网店', unit: 'count', unitLabel: '间' } as const, { name: '网店', unit: 'count', label: '间' }],
    [{ column: '产量 (吨)', name: '产量', unit: 'number', unitLabel: '' } as const, { name: '产量', unit: 'number', label: '' }],
    [{ column: 'x', name: '销售额', unit: 'yuan', unitLabel: '元' } as const, { name: '销售额', unit: 'yuan', label: '元' }],
  ])('%j', (measure, expected) => {
    const choice = measureChoice(measure);
    expect(choice.column).toBe(measure.column);
    const read = readMeasure(measure.column, 0, choice).measure;
    expect({ name: read.name.en, unit: read.unit, label: read.unitLabel.zh }).toEqual(expected);
  });
});
