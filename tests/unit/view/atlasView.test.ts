import { describe, expect, it } from 'vitest';
import type { Atlas } from '../../../src/lib/domain/atlas';
import { AppState } from '../../../src/lib/state/appState.svelte';
import { AtlasView, TRANSITION_MS } from '../../../src/lib/view/atlasView.svelte';
import { defaultUrlState, type UrlState } from '../../../src/lib/state/url';
import { makeMetrics } from '../support/metricsFixture';
import { BELT_VIEW } from '../support/beltView';

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
  spreadCentres: years.map((year) => ({ year, lng: 120, lat: 30, weight: 1 })),
};
const atlas = {
  counties: {
    codes: ['330782', '450202'],
    names: ['义乌市', '城中区'],
    shortNames: ['义乌', '城中'],
    pinyin: ['yi wu', 'cheng zhong'],
    kinds: ['county-city', 'district'],
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
  meta: { ...BELT_VIEW },
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
  it('colours the map and legend in the theme shown, and gives the other theme\'s scale for an export', () => {
    const { app, view } = setup();
    const noBelt = () => view.legendBins.find((b) => b.kind === 'no-belt')?.colour;
    expect([noBelt(), view.drawModel?.theme]).toEqual(['#e9e6e1', 'light']);
    const lightColours = view.drawModel?.countyColours;
    app.chosenTheme = 'dark';
    expect([noBelt(), view.drawModel?.theme]).toEqual(['#383d45', 'dark']);
    expect(view.drawModel?.countyColours).not.toBe(lightColours);
    expect(view.scalesIn('light').scale?.bins(0).find((b) => b.kind === 'no-belt')?.colour).toBe('#e9e6e1');
    expect(view.scalesIn('dark').scale?.bins(0).find((b) => b.kind === 'no-belt')?.colour).toBe('#383d45');
  });

  it('keeps the legend of the sales layer across years and follows a change of layer', () => {
    const { app, view } = setup();
    const bounds = () => view.legendBins.map((b) => [b.kind, b.lower === null ? null : b.lower / YI, b.upper === null ? null : b.upper / YI]);
    const legend = [
      ['no-belt', null, null],
      ['range', null, 1],
      ['range', 1, 5],
      ['range', 5, 10],
      ['range', 10, 50],
      ['range', 50, 100],
      ['range', 100, null],
    ];
    expect(bounds()).toEqual(legend);
    app.year = 2022;
    expect(bounds()).toEqual(legend);
    app.layer = 'growth';
    expect(view.scale?.layer).toBe('growth');
    expect(view.legendBins.map((b) => b.kind)).toContain('new');
  });

  it('colours every county for the year shown: RGBA bytes of its swatch, in county order', () => {
    const { app, view } = setup();
    const first = view.drawModel!;
    expect(first).toMatchObject({ layer: 'sales', category: 'all', year: 2024, level: 'county', compareFrom: null });
    // 义乌市 120 亿 (≥100 亿, #440154), 城中区 0.8 亿 (<1 亿, #c5e021).
    expect(Array.from(first.countyColours)).toEqual([68, 1, 84, 255, 197, 224, 33, 255]);
    app.year = 2022;
    expect(view.drawModel!.year).toBe(2022);
    // 义乌市 2 亿 (1–5 亿, #56c367), 城中区 no belt (#e9e6e1).
    expect(Array.from(view.drawModel!.countyColours)).toEqual([86, 195, 103, 255, 233, 230, 225, 255]);
  });

  it.each([
    { layer: 'sales', centres: null },
    { layer: 'spread', centres: [2022, 2023, 2024] },
  ] as const)('hands the map the 百亿 centres of every year on the spread layer only ($layer)', ({ layer, centres }) => {
    const { view } = setup({ layer, year: 2023 });
    expect(view.drawModel!.spreadCentres?.map((p) => p.year) ?? null).toEqual(centres);
  });

  it('switches colour transitions off under prefers-reduced-motion', () => {
    const { app, view } = setup();
    expect(view.drawModel!.transitionMs).toBe(TRANSITION_MS);
    app.prefersReducedMotion = true;
    expect(view.drawModel!.transitionMs).toBe(0);
  });

  it('turns the selected county code into its index', () => {
    const { app, view } = setup({ county: '450202' });
    expect(view.selectedIndex).toBe(1);
    expect(view.drawModel!.selectedCode).toBe('450202');
    app.select(null);
    expect(view.selectedIndex).toBeNull();
  });

  it('at the province level colours each county by its province, with bins of the province totals', () => {
    const { app, view } = setup();
    app.level = 'province';
    const model = view.drawModel!;
    expect(model.level).toBe('province');
    expect(view.areas?.codes).toEqual(['33', '45']);
    expect(Array.from(view.levelMetrics!.values[2]!)).toEqual([120 * YI, 0.8 * YI]);
    // 浙江 120 亿 (≥100 亿), 广西 0.8 亿 (<1 亿).
    expect(Array.from(model.countyColours)).toEqual([68, 1, 84, 255, 197, 224, 33, 255]);
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
    expect(view.drawModel!.selectedCode).toBe('330782');
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
    expect(view.drawModel).toBeNull();
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
    expect(view.hoveredBin).toMatchObject({ kind: 'range', colour: '#440154', lower: 100 * YI, upper: null });
    app.lang = 'en';
    expect(view.tooltip?.content.title).toBe('Yiwu City');
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
    const layerColours = view.drawModel!.countyColours;
    app.compareFrom = 2022;
    expect(view.compareScale).not.toBeNull();
    expect(view.drawModel!.compareFrom).toBe(2022);
    expect(view.legendBins.map((b) => b.kind)).toEqual([...Array<string>(7).fill('range'), 'new', 'gone', 'no-belt']);
    // 义乌市 2 → 120 亿 (+5,900 %): the top swatch (≥300 %, #081d58); 城中区 0 → 0.8 亿: new (#ce1256).
    expect(Array.from(view.drawModel!.countyColours)).toEqual([8, 29, 88, 255, 206, 18, 86, 255]);
    view.hover = { countyIndex: 0, x: 10, y: 10 };
    expect(view.hoveredBin).toMatchObject({ kind: 'range', colour: '#081d58', lower: 3, upper: null });
    expect(view.tooltip!.content.rows.map((r) => r.label)).toEqual(['2022年销售额', '2024年销售额', '变化']);
    // The export and rankings keep the layer's own scale.
    expect(view.scale?.bins(2).map((b) => b.kind)).toContain('no-belt');
    app.compareFrom = null;
    expect(view.compareScale).toBeNull();
    expect(view.drawModel!.compareFrom).toBeNull();
    expect(Array.from(view.drawModel!.countyColours)).toEqual(Array.from(layerColours));
  });
});
