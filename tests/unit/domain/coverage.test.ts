import { describe, expect, it } from 'vitest';
import { isCovered, noDataOf, type CoverageDataset } from '../../../src/lib/domain/coverage';
import type { ProvenanceCode, RegionId } from '../../../src/lib/domain/contract';

const BELT_MODEL: CoverageDataset = { detailsKind: 'belts', outsideRegions: ['hmt'] };
/** A belt index built before the field existed (or imported from a file): it declares no region outside it. */
const OLDER_BELT_INDEX: CoverageDataset = { detailsKind: 'belts' };
const LISTS: CoverageDataset = { detailsKind: 'listed', outsideRegions: [] };

describe('isCovered: which places a dataset covers', () => {
  const cases: [string, CoverageDataset, RegionId, ProvenanceCode, boolean][] = [
    ['belt model, mainland county without belts (a "no belt")', BELT_MODEL, 'east', 0, true],
    ['belt model, mainland county with modeled belts', BELT_MODEL, 'west', 1, true],
    ['belt model, Hong Kong / Macao / Taiwan', BELT_MODEL, 'hmt', 0, false],
    ['belt model, hmt even with a value (the region is out)', BELT_MODEL, 'hmt', 2, false],
    ['older belt index, hmt: covered as before', OLDER_BELT_INDEX, 'hmt', 0, true],
    ['list, mainland county with a reported 0', LISTS, 'central', 2, true],
    ['list, place without a value (not on the list)', LISTS, 'east', 0, false],
    ['list, hmt without a value', LISTS, 'hmt', 0, false],
  ];
  it.each(cases)('%s', (_label, dataset, region, provenance, expected) => {
    expect(isCovered(dataset, region, provenance)).toBe(expected);
  });
});

describe('noDataOf: per year and place, for a level of places', () => {
  const regions: RegionId[] = ['east', 'hmt', 'central'];
  const provenance: ProvenanceCode[][] = [
    [1, 0, 0],
    [2, 0, 2],
  ];

  it('marks the belt model\'s outside places in every year, and nothing else', () => {
    const noData = noDataOf(BELT_MODEL, { provenance }, regions)!;
    expect([0, 1].map((y) => regions.map((_, p) => noData(y, p)))).toEqual([
      [false, true, false],
      [false, true, false],
    ]);
  });

  it('marks a list\'s places without a value, year by year', () => {
    const noData = noDataOf(LISTS, { provenance }, regions)!;
    expect([0, 1].map((y) => regions.map((_, p) => noData(y, p)))).toEqual([
      [false, true, true],
      [false, true, false],
    ]);
  });

  it('is null where every place is covered, so no legend shows a "no data" swatch', () => {
    expect(noDataOf(BELT_MODEL, { provenance }, ['east', 'west', 'central'])).toBeNull();
    expect(noDataOf(OLDER_BELT_INDEX, { provenance }, regions)).toBeNull();
  });

  it('refuses regions that are not those of the metrics\' places', () => {
    expect(() => noDataOf(BELT_MODEL, { provenance }, ['east'])).toThrow('noDataOf: 1 regions for metrics of 3 places');
  });
});
