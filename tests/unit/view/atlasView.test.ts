import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../../src/lib/domain/atlas';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { AtlasView, TRANSITION_MS } from '../../../src/lib/view/atlasView.svelte';
import { defaultUrlState, type UrlState } from '../../../src/lib/state/url';
import { rgbaOf } from '../../../src/lib/view/scales/countyFill';
import { makeMetrics } from '../support/metricsFixture';

const YI = 1e8;
const years = [2022, 2023, 2024];
const metrics = {
  ...makeMetrics({
    years,
    sales: [
      [2 * YI, 0],
      [30 * YI, 0.5 * YI],
      [120 * YI, 0.8 * YI],
    ],
    firstYearOver100Yi: [2024, null],
  }),
  over100YiCentres: years.map((year) => ({ year, lng: 120, lat: 30, beltCount: 1 })),
};
const atlas = {
  counties: {
    codes: ['330782', '450202'],
    names: ['义乌市', '城中区'],
    pinyin: ['yi wu', 'cheng zhong'],
    provinces: ['33', '45'],
    prefectures: ['3307', '4502'],
    regions: ['east', 'west'],
    provinceTable: [
      { code: '33', name: '浙江省', shortName: '浙江', pinyin: 'zhe jiang', initials: 'zj', region: 'east' },
      { code: '45', name: '广西壮族自治区', shortName: '广西', pinyin: 'guang xi', initials: 'gx', region: 'west' },
    ],
    prefectureTable: [
      { code: '3307', name: '金华市', shortName: '金华', pinyin: 'jin hua', initials: 'jh', province: '33' },
      { code: '4502', name: '柳州市', shortName: '柳州', pinyin: 'liu zhou', initials: 'lz', province: '45' },
    ],
  },
  meta: { sources: [] },
  countyIndexByCode: new Map([
    ['330782', 0],
    ['450202', 1],
  ]),
} as unknown as Atlas;
const defaults: UrlState = defaultUrlState(2024, 'zh');

function setup(initial: Partial<UrlState> = {}) {
  const app = new AppState(years, { ...defaults, ...initial }, defaults);
  const view = new AtlasView(app, { atlas, metrics, belts: null });
  return { app, view };
}

describe('AtlasView', () => {
  it('keeps the legend of the sales layer across years and follows a change of layer', () => {
    const { app, view } = setup();
    const legend2024 = view.legendBins;
    app.year = 2022;
    expect(view.legendBins).toEqual(legend2024);
    app.layer = 'growth';
    expect(view.scale?.layer).toBe('growth');
    expect(view.legendBins.map((b) => b.kind)).toContain('new');
  });

  it('draws the year shown: fills follow the legend, the colour key changes with the year', () => {
    const { app, view } = setup();
    const first = view.drawState!;
    expect(first.year).toBe(2024);
    expect(first.countyFill(0)).toEqual(rgbaOf(view.legendBins[view.scale!.binOf(2, 0)]!.colour));
    app.year = 2022;
    expect(view.drawState!.colourKey).not.toBe(first.colourKey);
    expect(view.drawState!.year).toBe(2022);
  });

  it.each([
    { layer: 'sales', year: 2024, path: null },
    { layer: 'spread', year: 2023, path: [2022, 2023] },
  ] as const)('the 百亿 centre path on $layer in $year', ({ layer, year, path }) => {
    const { view } = setup({ layer, year });
    expect(view.drawState!.over100YiPath?.map((p) => p.year) ?? null).toEqual(path);
  });

  it('switches colour transitions off under prefers-reduced-motion', () => {
    const { app, view } = setup();
    expect(view.drawState!.transitionMs).toBe(TRANSITION_MS);
    app.prefersReducedMotion = true;
    expect(view.drawState!.transitionMs).toBe(0);
  });

  it('turns the selected county code into its index', () => {
    const { app, view } = setup({ county: '450202' });
    expect(view.selectedIndex).toBe(1);
    expect(view.drawState!.selectedCode).toBe('450202');
    app.select(null);
    expect(view.selectedIndex).toBeNull();
  });

  it('at the province level colours each county by its province, with bins of the province totals', () => {
    const { app, view } = setup();
    app.level = 'province';
    const state = view.drawState!;
    expect(state.level).toBe('province');
    expect(state.colourKey).toContain('province');
    expect(view.areas?.codes).toEqual(['33', '45']);
    expect(Array.from(view.levelMetrics!.sales[2]!)).toEqual([120 * YI, 0.8 * YI]);
    expect(state.countyFill(0)).toEqual(rgbaOf(view.legendBins[view.scale!.binOf(2, 0)]!.colour));
  });

  it('choosing a place sets its level, selects it and asks the camera to fly there', async () => {
    const { app, view } = setup({ county: '450202' });
    app.choosePlace('prefecture', '3307');
    expect(app.level).toBe('prefecture');
    expect(view.selectedPlaceCode).toBe('3307');
    expect(view.selectedAreaIndex).toBe(0);
    // The county panel belongs to the county level.
    expect(view.selectedIndex).toBeNull();
    await Promise.resolve();
    expect(app.flyToCode).toBe('3307');
    app.choosePlace('county', '330782');
    expect(view.selectedIndex).toBe(0);
    expect(view.selectedAreaIndex).toBeNull();
    expect(view.drawState!.selectedCode).toBe('330782');
  });

  it('keeps the selection when the level widens (义乌 → 金华 → 浙江), finds 义乌 again back at counties, and drops it when it narrows', () => {
    const { app, view } = setup({ county: '330782' });
    app.setLevel('prefecture');
    expect(view.selectedPlaceCode).toBe('3307');
    app.setLevel('province');
    expect(view.selectedPlaceCode).toBe('33');
    expect(app.urlState).toMatchObject({ level: 'province', county: null, area: '33' });
    app.setLevel('county');
    expect(view.selectedPlaceCode).toBe('330782');
    app.setLevel('province');
    app.setLevel('prefecture');
    expect(view.selectedPlaceCode).toBeNull();
  });

  it('has nothing to draw before the metrics are in', () => {
    const app = new AppState(years, defaults, defaults);
    const view = new AtlasView(app, { atlas: null, metrics: null, belts: null });
    expect(view.drawState).toBeNull();
    expect(view.legendBins).toEqual([]);
  });
});

describe('AtlasView hover', () => {
  it('gives the hovered county its tooltip and marks its legend swatch', () => {
    const { app, view } = setup();
    expect(view.tooltip).toBeNull();
    view.hover = { countyIndex: 0, x: 10, y: 20 };
    expect(view.tooltip?.content.title).toBe('义乌市');
    expect(view.tooltip?.content.rows[0]).toEqual({ label: '销售额', value: '120亿元' });
    expect(view.hoveredBin).toEqual(view.legendBins[view.scale!.binOf(2, 0)]);
    app.lang = 'en';
    expect(view.tooltip?.content.title).toBe('Yiwu');
  });

  it('names the hovered county\'s prefecture at the prefecture level', () => {
    const { app, view } = setup();
    app.level = 'prefecture';
    view.hover = { countyIndex: 1, x: 10, y: 20 };
    expect(view.tooltip?.content.title).toBe('柳州市');
    expect(view.tooltip?.content.place).toBe('广西壮族自治区');
    expect(view.tooltip?.content.rows[0]).toEqual({ label: '销售额', value: '8,000万元' });
  });
});

describe('AtlasView comparing two years', () => {
  it('draws and explains the difference layer while AppState.compareFrom is set, and the layer again without it', () => {
    const { app, view } = setup();
    const layerKey = view.drawState!.colourKey;
    app.compareFrom = 2022;
    expect(view.compareScale).not.toBeNull();
    expect(view.drawState!.colourKey).toBe(`${layerKey}|from2022`);
    expect(view.legendBins.map((b) => b.kind)).toEqual([...Array<string>(7).fill('range'), 'new', 'gone', 'no-belt']);
    // 义乌市 2 → 120 亿 (+5,900 %): the top swatch; 城中区 0 → 0.8 亿: new.
    expect(view.drawState!.countyFill(0)).toEqual(rgbaOf(view.legendBins[6]!.colour));
    expect(view.drawState!.countyFill(1)).toEqual(rgbaOf(view.legendBins.find((b) => b.kind === 'new')!.colour));
    view.hover = { countyIndex: 0, x: 10, y: 10 };
    expect(view.hoveredBin).toEqual(view.legendBins[6]);
    expect(view.tooltip!.content.rows.map((r) => r.label)).toEqual(['2022年销售额', '2024年销售额', '变化']);
    // The export and rankings keep the layer's own scale.
    expect(view.scale?.bins(2).map((b) => b.kind)).toContain('no-belt');
    app.compareFrom = null;
    expect(view.compareScale).toBeNull();
    expect(view.drawState!.colourKey).toBe(layerKey);
  });
});
