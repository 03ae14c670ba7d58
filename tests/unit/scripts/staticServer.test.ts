import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acceptsEncoding, startStaticServer, type StaticServer } from '../../../scripts/lib/staticServer';

describe('acceptsEncoding', () => {
  it.each([
    ['gzip, deflate, br, zstd', 'br', true],
    ['gzip, deflate, br, zstd', 'gzip', true],
    ['gzip, deflate', 'br', false],
    ['br;q=0, gzip', 'br', false],
    ['br;q=0.5, gzip', 'br', true],
    ['', 'gzip', false],
  ])('%j accepts %s: %s', (header, encoding, accepted) => {
    expect(acceptsEncoding(header, encoding)).toBe(accepted);
  });
});

/** One GET with the given Accept-Encoding: its Content-Encoding and the raw bytes of its body. */
function get(url: string, acceptEncoding: string): Promise<{ encoding: string | undefined; body: Buffer }> {
  return new Promise((done, fail) => {
    request(url, { headers: { 'accept-encoding': acceptEncoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
    })
      .on('error', fail)
      .end();
  });
}

describe('startStaticServer', () => {
  let dir: string;
  let server: StaticServer;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'beltmap-server-'));
    writeFileSync(join(dir, 'app.js'), 'const sales = 1;\n');
    writeFileSync(join(dir, 'app.js.br'), 'brotli bytes');
    writeFileSync(join(dir, 'app.js.gz'), 'gzip bytes');
    writeFileSync(join(dir, 'meta.json'), '{"years":[2018,2019]}\n');
    server = await startStaticServer(dir);
  });
  afterEach(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('sends the precompressed file of the encoding the client prefers, and says which', async () => {
    expect(await get(`${server.url}app.js`, 'gzip, deflate, br')).toEqual({ encoding: 'br', body: Buffer.from('brotli bytes') });
    expect(await get(`${server.url}app.js`, 'gzip, deflate')).toEqual({ encoding: 'gzip', body: Buffer.from('gzip bytes') });
    expect(await get(`${server.url}app.js`, 'identity')).toEqual({ encoding: undefined, body: Buffer.from('const sales = 1;\n') });
    expect(server.served).toEqual([
      { path: '/app.js', bytes: 12, encoding: 'br' },
      { path: '/app.js', bytes: 10, encoding: 'gzip' },
      { path: '/app.js', bytes: 17, encoding: 'identity' },
    ]);
  });

  it('gzips a compressible file that has no precompressed copy', async () => {
    const { encoding, body } = await get(`${server.url}meta.json`, 'gzip, br');
    expect(encoding).toBe('gzip');
    expect(gunzipSync(body).toString()).toBe('{"years":[2018,2019]}\n');
    expect(server.served[0]?.encoding).toBe('gzip');
  });

  it("weighs a file in gzip whatever it sent: the build's .gz, else its gzip made here, else the file itself", async () => {
    writeFileSync(join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    expect(await server.gzipBytes('/app.js')).toBe(10); // 'gzip bytes', not the 12 brotli bytes a browser is sent
    expect(await server.gzipBytes('/meta.json')).toBe(gzipSync('{"years":[2018,2019]}\n', { level: 9 }).length);
    expect(await server.gzipBytes('/logo.png')).toBe(7); // not compressible: sent as it is
    expect(await server.gzipBytes('/missing.json')).toBeNull();
    expect(await server.gzipBytes('/../outside.json')).toBeNull();
    expect(server.served).toEqual([]); // weighing is not serving
  });
});
