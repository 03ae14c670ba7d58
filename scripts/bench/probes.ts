/**
 * What the benchmark records inside a page, in page time (performance.now(), from navigation):
 * the first complete choropleth, the first hover answered, when each year was drawn, and long tasks.
 * One shape for the app and for the ECharts peer: the app reports through its map container's
 * data-state / data-year and its tooltip element; the peer page writes the fields itself.
 */
export interface BenchProbe {
  firstFrameAt: number | null;
  hoverAt: number | null;
  yearDrawnAt: Record<string, number>;
  longTasks: { start: number; duration: number }[];
}

export const PROBE_SCRIPT = `
  window.__benchProbe = { firstFrameAt: null, hoverAt: null, yearDrawnAt: {}, longTasks: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__benchProbe.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  new MutationObserver(() => {
    const probe = window.__benchProbe;
    const map = document.querySelector('[data-state]');
    if (!map) return;
    if (probe.firstFrameAt === null && map.getAttribute('data-state') === 'ready') probe.firstFrameAt = performance.now();
    const year = map.getAttribute('data-year');
    if (year) probe.yearDrawnAt[year] = performance.now();
    if (probe.hoverAt === null && probe.firstFrameAt !== null && document.querySelector('[data-testid="county-tooltip"]')) {
      probe.hoverAt = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-state', 'data-year'] });
`;
