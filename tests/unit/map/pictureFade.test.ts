import { describe, expect, it } from 'vitest';
import { isPictureStep } from '../../../src/lib/map/pictureFade';
import type { MapDrawModel } from '../../../src/lib/view/drawModel';

const year2019: MapDrawModel = {
  layer: 'sales',
  category: 'all',
  year: 2019,
  level: 'county',
  compareFrom: null,
  countyColours: Uint8Array.from([1, 2, 3, 255]),
  selectedCode: null,
  lang: 'zh',
  spreadCentres: null,
  transitionMs: 400,
  theme: 'light',
};
const year2020: MapDrawModel = { ...year2019, year: 2020, countyColours: Uint8Array.from([4, 5, 6, 255]) };

describe('isPictureStep', () => {
  it('is true for a year step that changes the county colours alone, with a fade', () => {
    expect(isPictureStep(year2020, year2019)).toBe(true);
  });

  it('is false when the colours stay, or show at once (reduced motion)', () => {
    expect(isPictureStep({ ...year2020, countyColours: year2019.countyColours }, year2019)).toBe(false);
    expect(isPictureStep({ ...year2020, transitionMs: 0 }, year2019)).toBe(false);
  });

  it.each([
    ['the theme', { theme: 'dark' }],
    ['the level', { level: 'province' }],
    ['the language', { lang: 'en' }],
    ['the selection', { selectedCode: '330782' }],
    ['the 百亿 path', { spreadCentres: [{ year: 2020, lng: 120, lat: 30, weight: 1 }] }],
  ] as const)('is false when %s changes with the colours: it shows at once', (_, change) => {
    expect(isPictureStep({ ...year2020, ...change } as MapDrawModel, year2019)).toBe(false);
  });
});
