import { describe, expect, it } from 'vitest';
import { HistoryRecorder, YEAR_BURST_MS, addressWrite, changedParams, type HistoryAction } from '../../../src/lib/state/historyRecorder';
import { defaultUrlState, type UrlState } from '../../../src/lib/state/url';

const start = defaultUrlState(2024, 'zh');
const still = (now: number) => ({ isPlaying: false, now });

describe('changedParams', () => {
  it('compares views as the URL writes them', () => {
    const view = { lng: 120, lat: 30, zoom: 6 };
    expect(changedParams({ ...start, view }, { ...start, view: { ...view, lng: 120.00001 } })).toEqual([]);
    expect(changedParams({ ...start, view }, { ...start, view: { ...view, zoom: 6.5 }, year: 2020 })).toEqual(['year', 'view']);
  });
});

describe('HistoryRecorder', () => {
  it.each([
    { change: { layer: 'growth' }, action: 'push' },
    { change: { category: 'food' }, action: 'push' },
    { change: { county: '330782' }, action: 'push' },
    { change: { level: 'province' }, action: 'push' },
    { change: { lang: 'en' }, action: 'push' },
    { change: { display: 'table' }, action: 'push' },
    { change: { compare: 2018 }, action: 'push' },
    { change: { mode: 'present' }, action: 'push' },
    { change: { year: 2020 }, action: 'push' },
    { change: { view: { lng: 120, lat: 30, zoom: 6 } }, action: 'replace' },
    { change: {}, action: null },
  ] as { change: Partial<UrlState>; action: string | null }[])('$change → $action', ({ change, action }) => {
    expect(new HistoryRecorder(start).record({ ...start, ...change }, still(0))).toBe(action);
  });

  it('replaces while playing', () => {
    const recorder = new HistoryRecorder(start);
    expect(recorder.record({ ...start, year: 2018 }, { isPlaying: true, now: 0 })).toBe('replace');
    expect(recorder.record({ ...start, year: 2019 }, { isPlaying: true, now: 5000 })).toBe('replace');
    // The last step comes with the pause.
    expect(recorder.record({ ...start, year: 2024 }, { isPlaying: false, now: 10_000 })).toBe('replace');
    expect(recorder.record({ ...start, year: 2020 }, { isPlaying: false, now: 20_000 })).toBe('push');
  });

  it('makes one entry of a burst of year steps, and a new one after a pause', () => {
    const recorder = new HistoryRecorder(start);
    expect(recorder.record({ ...start, year: 2023 }, still(0))).toBe('push');
    expect(recorder.record({ ...start, year: 2022 }, still(YEAR_BURST_MS - 1))).toBe('replace');
    expect(recorder.record({ ...start, year: 2021 }, still(2 * YEAR_BURST_MS - 2))).toBe('replace');
    expect(recorder.record({ ...start, year: 2020 }, still(4 * YEAR_BURST_MS))).toBe('push');
  });

  it("lets the address of the year grid's replacing steps wait, not the grid's opening or closing", () => {
    const recorder = new HistoryRecorder(start);
    const deferrable = (state: UrlState, now: number) => [recorder.record(state, still(now)), recorder.isDeferrable];
    expect(deferrable({ ...start, years: [2018, 2021] }, 0)).toEqual(['push', false]);
    expect(deferrable({ ...start, years: [2019, 2022] }, 100)).toEqual(['replace', true]);
    expect(deferrable({ ...start, years: [2020, 2023] }, 200)).toEqual(['replace', true]);
    expect(deferrable({ ...start, years: null }, 300)).toEqual(['replace', false]);
  });

  it('lets the address of a replacing year step wait (playback, the rest of a burst), never a pushed one or another change', () => {
    const recorder = new HistoryRecorder(start);
    const deferrable = (state: UrlState, moment: { isPlaying: boolean; now: number }) => [recorder.record(state, moment), recorder.isDeferrable];
    expect(deferrable({ ...start, year: 2023 }, still(0))).toEqual(['push', false]);
    expect(deferrable({ ...start, year: 2022 }, still(100))).toEqual(['replace', true]);
    expect(deferrable({ ...start, year: 2022, view: { lng: 120, lat: 30, zoom: 6 } }, still(200))).toEqual(['replace', false]);
    expect(deferrable({ ...start, year: 2021, view: { lng: 121, lat: 30, zoom: 6 } }, still(300))).toEqual(['replace', true]);
    expect(deferrable({ ...start, year: 2021, layer: 'growth' }, still(400))).toEqual(['push', false]);
    expect(deferrable({ ...start, year: 2020, layer: 'growth' }, { isPlaying: true, now: 5000 })).toEqual(['replace', true]);
    expect(deferrable({ ...start, year: 2020, layer: 'growth' }, still(5100))).toEqual([null, false]);
  });

  it('replaces steps inside presenter mode, and pushes entering and leaving it', () => {
    const recorder = new HistoryRecorder(start);
    const presenting = { ...start, mode: 'present' as const };
    expect(recorder.record(presenting, still(0))).toBe('push');
    expect(recorder.record({ ...presenting, layer: 'spread', year: 2018 }, still(5000))).toBe('replace');
    expect(recorder.record({ ...start, layer: 'spread', year: 2018 }, still(9000))).toBe('push');
  });

  it('records nothing for the state reached by back/forward', () => {
    const recorder = new HistoryRecorder(start);
    recorder.record({ ...start, layer: 'growth' }, still(0));
    recorder.reset(start);
    expect(recorder.record(start, still(10))).toBeNull();
  });
});

describe('addressWrite', () => {
  it.each([
    { case: 'a push pushes', action: 'push', query: '?layer=growth', search: '', isEmbed: false, write: 'push' },
    { case: 'an embed replaces instead of pushing', action: 'push', query: '?layer=growth&embed=1', search: '?embed=1', isEmbed: true, write: 'replace' },
    { case: 'a replace replaces', action: 'replace', query: '?view=120,30,6', search: '', isEmbed: false, write: 'replace' },
    { case: 'nothing recorded, address unchanged: no write', action: null, query: '?year=2020', search: '?year=2020', isEmbed: false, write: null },
    { case: 'nothing recorded, unusable parameters in the address: replaced', action: null, query: '?year=2020', search: '?year=2020&layer=nope', isEmbed: false, write: 'replace' },
  ] as { case: string; action: HistoryAction | null; query: string; search: string; isEmbed: boolean; write: HistoryAction | null }[])(
    '$case',
    ({ action, query, search, isEmbed, write }) => {
      expect(addressWrite(action, query, search, isEmbed)).toBe(write);
    },
  );
});
