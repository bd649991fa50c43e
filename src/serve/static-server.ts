/**
 * The preview server: sirv (the static-file server Vite's preview uses) serves the build's files,
 * with their precompressed `.br` and `.gz` siblings, an ETag and 304s; this module adds only what
 * the site needs on top: the path rules of `resolve-path.ts`, the headers of `_headers`, one
 * Cache-Control per response, and the nearest 404 page.
 */
import { createReadStream, readdirSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { resolveRequestPath } from './resolve-path.ts';

/** Options of the static server. */
export interface StaticServerOptions {
  /** The build folder to serve, e.g. `dist/`. */
  root: string;
  /** The path the site is served under, with slashes at both ends: `/` or `/cso-vs-cro/`. */
  base?: string;
  /** Headers to add to a response for a URL path, e.g. from the build's `_headers` file. */
  headersFor?: (pathname: string) => Record<string, string>;
}

/** The encodings a build may hold precompressed copies in, best first, by the suffix of the copy. */
const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/** Lists every file of a folder, as `/`-separated paths relative to it. */
function listFiles(root: string): Set<string> {
  return new Set(
    readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)).split(sep).join('/')),
  );
}

/** Tells whether a client takes an encoding, from its `Accept-Encoding` header. */
function accepts(request: IncomingMessage, encoding: string): boolean {
  return new RegExp(`(^|[\\s,])${encoding}($|[\\s,;])`).test(
    String(request.headers['accept-encoding'] ?? ''),
  );
}

/**
 * Creates a server for a static build, answering like a static host: the build's own files and
 * precompressed copies, trailing-slash redirects only to pages that exist, the nearest 404 page,
 * 400 for any target that is not a clean local path.
 */
export function createStaticServer({
  root,
  base = '/',
  headersFor = () => ({}),
}: StaticServerOptions): Server {
  const all = listFiles(root);
  // What a URL may name: the build's files, not the `_headers` file nor the compressed copies.
  const servable = new Set(
    [...all].filter(
      (file) =>
        file !== '_headers' &&
        !ENCODINGS.some(({ suffix }) => file.endsWith(suffix) && all.has(file.slice(0, -3))),
    ),
  );
  const serveFile = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    // The path rules have already named the file: no guessing of `.html` or `/index.html`.
    extensions: [],
  });

  const sendNotFound = (request: IncomingMessage, response: ServerResponse, page: string | undefined) => {
    if (!page) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const encoding = ENCODINGS.find(({ name, suffix }) => accepts(request, name) && all.has(page + suffix));
    const file = join(root, page + (encoding?.suffix ?? ''));
    response.writeHead(404, {
      'content-type': 'text/html; charset=utf-8',
      'content-length': statSync(file).size,
      vary: 'Accept-Encoding',
      ...(encoding ? { 'content-encoding': encoding.name } : {}),
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  };

  return createServer((request, response) => {
    const target = request.url ?? '';
    const pathname = target.split('?')[0] ?? '';
    // One Cache-Control per response: pages are revalidated (they carry an ETag); `_headers` may
    // say otherwise for a path, e.g. immutable for the hashed assets of `_astro/`.
    response.setHeader('Cache-Control', 'no-cache');
    for (const [name, value] of Object.entries(headersFor(pathname))) response.setHeader(name, value);
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      response.end('Method not allowed');
      return;
    }
    const resolution = resolveRequestPath(target, { base, hasFile: (file) => servable.has(file) });
    switch (resolution.kind) {
      case 'reject':
        response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request');
        return;
      case 'redirect':
        response.writeHead(301, { location: resolution.location }).end();
        return;
      case 'not-found':
        sendNotFound(request, response, resolution.page);
        return;
      case 'file':
        // sirv has no type for some files (Pagefind's index chunks): say what they are.
        if (!lookup(resolution.file)) response.setHeader('Content-Type', 'application/octet-stream');
        request.url = encodeURI(`/${resolution.file}`);
        serveFile(request, response, () => sendNotFound(request, response, undefined));
    }
  });
}
