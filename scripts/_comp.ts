import { readFileSync, readdirSync } from 'node:fs';
import { decode } from '@jridgewell/sourcemap-codec';
import { gzipSync } from 'node:zlib';
for (const f of readdirSync('/tmp/dist-sm/assets').filter((f) => f.endsWith('.js.map') && /^(index|expression|disclose|layerScale|array-utils|i18n|get-attr)/.test(f))) {
  const map = JSON.parse(readFileSync('/tmp/dist-sm/assets/' + f, 'utf8'));
  const code = readFileSync('/tmp/dist-sm/assets/' + f.replace(/\.map$/, ''), 'utf8');
  const lines = code.split('\n');
  const decoded = decode(map.mappings);
  const bySource = new Map<string, string[]>();
  decoded.forEach((segs, li) => {
    const line = lines[li] ?? '';
    segs.forEach((seg, i) => {
      const end = segs[i + 1]?.[0] ?? line.length;
      const src = seg.length > 1 ? map.sources[seg[1]!] : '?';
      const key = src.replace(/^.*node_modules\//, '').split('/').slice(0, src.includes('node_modules') ? (src.includes('node_modules/@') ? 3 : 2) : 99).join('/');
      if (!bySource.has(key)) bySource.set(key, []);
      bySource.get(key)!.push(line.slice(seg[0], end));
    });
  });
  const rows = [...bySource].map(([k, parts]) => [k, parts.join('').length, gzipSync(parts.join('')).length] as const).sort((a, b) => b[2] - a[2]);
  console.log('==', f, (gzipSync(code).length / 1024).toFixed(1));
  for (const [k, raw, gz] of rows.slice(0, 25)) console.log((gz / 1024).toFixed(1).padStart(7), (raw / 1024).toFixed(0).padStart(6), k);
}
