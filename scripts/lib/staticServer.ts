import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { AddressInfo } from 'node:net';

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt']);

/** How a response body was sent: as a precompressed file (.br, .gz beside it), gzipped here, or as it is. */
export type ServedEncoding = 'br' | 'gzip' | 'identity';

/** The precompressed files the server looks for, in the order it prefers them. */
const PRECOMPRESSED: readonly { encoding: Exclude<ServedEncoding, 'identity'>; suffix: string }[] = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
];

/** Whether an Accept-Encoding header lists `encoding` (without q=0). */
export function acceptsEncoding(header: string, encoding: string): boolean {
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    return name?.trim() === encoding && !params.some((param) => /^\s*q=0(\.0*)?\s*$/.test(param));
  });
}

export interface StaticServer {
  url: string;
  /**
   * Every response so far, with the bytes of its body as sent and their encoding. Counted
   * here rather than in the browser: DevTools leaves out what workers fetch (MapLibre's worker
   * script among them).
   */
  readonly served: readonly { path: string; bytes: number; encoding: ServedEncoding }[];
  /**
   * What the file served at `path` weighs gzipped (the build's `.gz` beside it, else gzipped as
   * this server would), or as it is when it is not compressible; null when there is none. The
   * issues' transfer budgets count gzip, which every host can send, while this server sends
   * brotli to a browser that accepts it. Asked after a load, so that no load waits on a gzip.
   */
  gzipBytes(path: string): Promise<number | null>;
  close(): Promise<void>;
}

/**
 * Serves a folder on 127.0.0.1 compressed, as a production host would, for browser tests and
 * the benchmark: transfer sizes and load times are then those of a real deployment. Like nginx's
 * brotli_static and gzip_static, it sends the build's precompressed file (`name.br`, `name.gz`)
 * when the client accepts its encoding; a compressible file without one is gzipped here.
 */
export async function startStaticServer(root: string, port = 0): Promise<StaticServer> {
  const rootDir = resolve(root);
  const gzipCache = new Map<string, Buffer>();
  const served: { path: string; bytes: number; encoding: ServedEncoding }[] = [];
  /** The file a path names (a folder's index.html), or null for a path outside the root. */
  const fileOf = async (pathname: string): Promise<string | null> => {
    const filePath = normalize(join(rootDir, pathname));
    if (filePath !== rootDir && !filePath.startsWith(rootDir + sep)) return null;
    return (await stat(filePath).catch(() => null))?.isDirectory() ? join(filePath, 'index.html') : filePath;
  };
  /** A compressible file's gzip, made once. */
  const gzipOf = (filePath: string, body: Buffer): Buffer => {
    const gzipped = gzipCache.get(filePath) ?? gzipSync(body, { level: 9 });
    gzipCache.set(filePath, gzipped);
    return gzipped;
  };
  const server: Server = createServer(async (req, res) => {
    try {
      // Prefixed rather than resolved against a base: a path such as "//x" must stay a path.
      const pathname = decodeURIComponent(new URL(`http://localhost${req.url ?? '/'}`).pathname);
      const filePath = await fileOf(pathname);
      if (!filePath) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const body = await readFile(filePath).catch(() => null);
      if (!body) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${pathname}`);
        return;
      }
      const ext = extname(filePath);
      const headers: Record<string, string | number> = {
        'content-type': MIME_TYPES[ext] ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      };
      const acceptEncoding = String(req.headers['accept-encoding'] ?? '');
      let payload: Buffer = body;
      let encoding: ServedEncoding = 'identity';
      if (COMPRESSIBLE.has(ext)) {
        headers['vary'] = 'accept-encoding';
        for (const { encoding: candidate, suffix } of PRECOMPRESSED) {
          const precompressed = acceptsEncoding(acceptEncoding, candidate) ? await readFile(filePath + suffix).catch(() => null) : null;
          if (precompressed) {
            [payload, encoding] = [precompressed, candidate];
            break;
          }
        }
        if (encoding === 'identity' && acceptsEncoding(acceptEncoding, 'gzip')) {
          payload = gzipOf(filePath, body);
          encoding = 'gzip';
        }
        if (encoding !== 'identity') headers['content-encoding'] = encoding;
      }
      headers['content-length'] = payload.length;
      const isHead = req.method === 'HEAD';
      served.push({ path: pathname, bytes: isHead ? 0 : payload.length, encoding });
      res.writeHead(200, headers).end(isHead ? undefined : payload);
    } catch (error) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: actualPort } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actualPort}/`,
    served,
    gzipBytes: async (path) => {
      const filePath = await fileOf(path);
      if (!filePath) return null;
      // The build's gzip when there is one (and its file is there), without reading the file itself.
      const isCompressible = COMPRESSIBLE.has(extname(filePath));
      const built = isCompressible ? await stat(filePath + '.gz').catch(() => null) : null;
      if (built?.isFile() && (await stat(filePath).catch(() => null))?.isFile()) return built.size;
      const body = await readFile(filePath).catch(() => null);
      if (!body) return null;
      return isCompressible ? gzipOf(filePath, body).length : body.length;
    },
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}
