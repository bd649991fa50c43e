import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { notFoundCandidates, resolveRequestPath } from './resolve-path.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};

// Types worth compressing, as a static host's gzip would.
const COMPRESSIBLE = /^(text\/|application\/(json|xml|wasm)|image\/svg)/;

/** Options of the static server. */
export interface StaticServerOptions {
  /** The build folder to serve, e.g. `dist/`. */
  root: string;
  /** Headers to add to a response for a path, e.g. from the build's `_headers` file. */
  headersFor?: (pathname: string) => Record<string, string>;
}

async function readIfFile(path: string): Promise<Buffer | undefined> {
  try {
    if (!(await stat(path)).isFile()) return undefined;
    return await readFile(path);
  } catch {
    return undefined;
  }
}

/** Creates a server for a static build: gzip, trailing-slash redirects and nearest 404 pages. */
export function createStaticServer({ root, headersFor = () => ({}) }: StaticServerOptions): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (
      status: number,
      body: Buffer | string,
      type: string,
      extra: Record<string, string> = {},
    ) => {
      const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
      const compress = acceptsGzip && COMPRESSIBLE.test(type);
      const payload = compress ? gzipSync(body) : Buffer.from(body);
      response.writeHead(status, {
        'content-type': type,
        'content-length': payload.length,
        'cache-control': 'no-cache',
        vary: 'accept-encoding',
        ...(compress ? { 'content-encoding': 'gzip' } : {}),
        ...headersFor(url.pathname),
        ...extra,
      });
      response.end(request.method === 'HEAD' ? undefined : payload);
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(405, 'Method not allowed', 'text/plain; charset=utf-8', { allow: 'GET, HEAD' });
      return;
    }
    const resolution = resolveRequestPath(url.pathname);
    if (resolution.kind === 'redirect') {
      response.writeHead(301, { location: resolution.location + url.search }).end();
      return;
    }
    if (resolution.kind === 'file') {
      for (const candidate of resolution.candidates) {
        const body = await readIfFile(join(root, candidate));
        if (body) {
          send(200, body, CONTENT_TYPES[extname(candidate)] ?? 'application/octet-stream');
          return;
        }
      }
    }
    for (const candidate of notFoundCandidates(url.pathname)) {
      const body = await readIfFile(join(root, candidate));
      if (body) {
        send(404, body, CONTENT_TYPES['.html'] ?? 'text/html');
        return;
      }
    }
    send(404, 'Not found', 'text/plain; charset=utf-8');
  });
}
