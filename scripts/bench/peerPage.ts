/**
 * The benchmark's peer: a plain ECharts page drawing the same 2,891 counties as a `map` series,
 * coloured by a visualMap from the same year's sales. It is written at run time into a temporary
 * folder and served beside the app; it is never part of the app's build.
 *
 * Geometry: the counties of geodata/china.topo.json as GeoJSON, simplified by 5 % (95 % of the
 * vertices kept, coordinates to 1e-4°): with ECharts' full build that is about 600 KB gzip in all,
 * the size of the peer the map issue measured.
 *
 * The page records, in the same shape as the app's probe (see probes.ts), the first frame
 * (ECharts' 'finished' event), the first hover answered ('mouseover' on a county), and steps to a
 * year through window.__peerShowYear(index), drawn at once (no update animation, like the app's
 * steps without the fade) and resolved by the next 'finished'.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mapshaper from 'mapshaper';
import { NEUTRAL_NO_BELT, SALES_RAMP } from '../../src/lib/view/scales/palettes';
import { standardTopology } from '../../src/lib/data/topologyFile';
import type { Topology } from 'topojson-specification';

const TOPOLOGY = 'geodata/china.topo.json';
const COUNTY_TABLE = 'geodata/index/counties.json';
const METRICS = 'geodata/index/metrics-all.json';
const ECHARTS = 'node_modules/echarts/dist/echarts.min.js';

/** The app's sales bins (0.1–50 billion yuan) and ramp, in 万元 as the metrics file holds them; 0 is "no belt". */
const SALES_PIECES = [
  { value: 0, color: NEUTRAL_NO_BELT },
  { gt: 0, lt: 1e4, color: SALES_RAMP[0] },
  { gte: 1e4, lt: 5e4, color: SALES_RAMP[1] },
  { gte: 5e4, lt: 1e5, color: SALES_RAMP[2] },
  { gte: 1e5, lt: 5e5, color: SALES_RAMP[3] },
  { gte: 5e5, lt: 1e6, color: SALES_RAMP[4] },
  { gte: 1e6, lt: 5e6, color: SALES_RAMP[5] },
  { gte: 5e6, color: SALES_RAMP[6] },
];

interface GeoJsonOut {
  type: 'FeatureCollection';
  features: { id?: string | number; properties: Record<string, unknown> | null }[];
}

async function countiesGeoJson(): Promise<string> {
  const output = await mapshaper.applyCommands(
    '-i china.topo.json -target counties -simplify 95% keep-shapes -o counties.json format=geojson precision=0.0001',
    // mapshaper reads TopoJSON's pairs; the file writes its arcs flat.
    { 'china.topo.json': JSON.stringify(standardTopology(JSON.parse(readFileSync(TOPOLOGY, 'utf8')) as Topology)) },
  );
  const geojson = JSON.parse(String(output['counties.json'])) as GeoJsonOut;
  // ECharts matches data to regions by a property: the 6-digit code.
  for (const feature of geojson.features) feature.properties = { code: String(feature.id ?? feature.properties?.['id']) };
  return JSON.stringify(geojson);
}

function pageHtml(): string {
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8" />
<title>ECharts peer</title>
<style>html, body, #chart { margin: 0; width: 100%; height: 100%; }</style>
</head>
<body>
<div id="chart"></div>
<script src="echarts.min.js"></script>
<script>
(async () => {
  const [geojson, sales] = await Promise.all([
    fetch('counties.json').then((response) => response.json()),
    fetch('sales.json').then((response) => response.json()),
  ]);
  echarts.registerMap('counties', geojson);
  const chart = echarts.init(document.getElementById('chart'));
  let onFinished = null;
  chart.on('finished', () => {
    window.__benchProbeMark('firstFrameAt');
    window.__benchProbeMark('readyAt');
    if (onFinished) { const done = onFinished; onFinished = null; done(); }
  });
  chart.on('mouseover', () => window.__benchProbeMark('hoverAt'));
  const data = (yearIndex) => sales.codes.map((code, i) => ({ name: code, value: sales.salesWan[yearIndex][i] }));
  window.__peerShowYear = (yearIndex) => new Promise((resolve) => {
    onFinished = resolve;
    chart.setOption({ animation: false, series: [{ data: data(yearIndex) }] });
  });
  window.__peerYears = sales.years;
  chart.setOption({
    tooltip: { trigger: 'item' },
    visualMap: { type: 'piecewise', pieces: ${JSON.stringify(SALES_PIECES)}, left: 16, bottom: 16 },
    series: [{
      type: 'map', map: 'counties', nameProperty: 'code', roam: true,
      itemStyle: { borderColor: '#ffffff', borderWidth: 0.3 },
      data: data(sales.years.length - 1),
    }],
  });
})();
</script>
</body>
</html>
`;
}

/** Writes the peer page into a new temporary folder and returns the folder. */
export async function writePeerPage(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'beltmap-peer-'));
  mkdirSync(dir, { recursive: true });
  const table = JSON.parse(readFileSync(COUNTY_TABLE, 'utf8')) as { codes: string[] };
  const metrics = JSON.parse(readFileSync(METRICS, 'utf8')) as { years: number[]; salesWan: number[][] };
  writeFileSync(join(dir, 'counties.json'), await countiesGeoJson());
  writeFileSync(join(dir, 'sales.json'), JSON.stringify({ codes: table.codes, years: metrics.years, salesWan: metrics.salesWan }));
  writeFileSync(join(dir, 'index.html'), pageHtml());
  copyFileSync(ECHARTS, join(dir, 'echarts.min.js'));
  return dir;
}
