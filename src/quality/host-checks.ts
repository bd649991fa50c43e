/**
 * The header and status checks a host of the built site must pass, the same for the preview server
 * and nginx: security headers on every answer, one Cache-Control (immutable for hashed assets,
 * revalidated for pages), a validator and a 304, compression, a redirect only to a page that exists,
 * a 404 at once for a missing page, and no other page's content for a path that is not clean.
 */
import { request } from 'node:http';

/** One answer of the host: status, headers by lower-case name (every value, in order) and body. */
export interface Answer {
  status: number;
  headers: Record<string, string[]>;
  body: string;
}

/** Asks the host for a path (sent as written, `//` and `%2e` included), with request headers. */
export type Ask = (path: string, headers?: Record<string, string>) => Promise<Answer>;

/** Asks a host over HTTP, sending the path exactly as written and reading every header line. */
export function askOver(origin: string): Ask {
  const { hostname, port } = new URL(origin);
  return (path, headers = {}) =>
    new Promise((resolve, reject) => {
      const sent = request({ hostname, port, path, headers, method: 'GET' }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const all: Record<string, string[]> = {};
          const raw = response.rawHeaders;
          for (let i = 0; i < raw.length; i += 2) {
            const name = (raw[i] ?? '').toLowerCase();
            (all[name] ??= []).push(raw[i + 1] ?? '');
          }
          resolve({
            status: response.statusCode ?? 0,
            headers: all,
            body: Buffer.concat(chunks).toString('latin1'),
          });
        });
      });
      sent.on('error', reject);
      sent.end();
    });
}

/** The security headers every answer must carry, with what the value must match. */
export const REQUIRED_HEADERS = {
  'content-security-policy': /frame-ancestors 'none'/,
  'x-frame-options': /^DENY$/,
  'x-content-type-options': /^nosniff$/,
  'referrer-policy': /\S/,
  'permissions-policy': /camera=\(\)/,
  'strict-transport-security': /max-age=\d+/,
} as const satisfies Record<string, RegExp>;

/** What the checks found: how many they made, and each problem in words. */
export interface HostReport {
  checks: number;
  problems: string[];
}

/**
 * Runs the checks against a host serving the build under a base path (`/` or `/cso-vs-cro/`).
 * The site's own pages and assets are found from its Spanish home page.
 */
export async function checkHost(ask: Ask, base: string): Promise<HostReport> {
  const report: HostReport = { checks: 0, problems: [] };
  const expect = (ok: boolean, problem: string) => {
    report.checks += 1;
    if (!ok) report.problems.push(problem);
  };
  const one = (answer: Answer, name: string) => answer.headers[name] ?? [];
  const securityHeaders = (answer: Answer, what: string) => {
    for (const [name, pattern] of Object.entries(REQUIRED_HEADERS)) {
      const values = one(answer, name);
      expect(
        values.length === 1 && pattern.test(values[0] ?? ''),
        `${what}: ${name} is ${JSON.stringify(values)}`,
      );
    }
  };

  // A page: security headers, one Cache-Control that revalidates, a validator, a 304, compression.
  const home = `${base}es/`;
  const page = await ask(home, { 'accept-encoding': 'br, gzip' });
  expect(page.status === 200, `${home} answers ${page.status}, not 200`);
  securityHeaders(page, home);
  const pageCache = one(page, 'cache-control');
  expect(
    pageCache.length === 1 && !/immutable/.test(pageCache[0] ?? ''),
    `${home}: Cache-Control is ${JSON.stringify(pageCache)}, not one that revalidates`,
  );
  const encoding = one(page, 'content-encoding')[0];
  expect(
    encoding === 'br' || encoding === 'gzip',
    `${home} is sent ${encoding ?? 'uncompressed'}, not br or gzip`,
  );
  const etag = one(page, 'etag')[0];
  const lastModified = one(page, 'last-modified')[0];
  expect(Boolean(etag ?? lastModified), `${home} has neither an ETag nor a Last-Modified`);
  const again = await ask(home, {
    'accept-encoding': 'br, gzip',
    ...(etag ? { 'if-none-match': etag } : lastModified ? { 'if-modified-since': lastModified } : {}),
  });
  expect(again.status === 304, `${home} asked again with its validator answers ${again.status}, not 304`);

  // A hashed asset: cached for good, with one Cache-Control.
  const plain = await ask(home);
  const asset = /(?:src|href)="([^"]*\/_astro\/[^"]+\.(?:js|css))"/.exec(plain.body)?.[1];
  expect(Boolean(asset), `${home} names no asset of _astro/`);
  if (asset) {
    const answer = await ask(asset, { 'accept-encoding': 'br, gzip' });
    const cache = one(answer, 'cache-control');
    expect(answer.status === 200, `${asset} answers ${answer.status}, not 200`);
    expect(
      cache.length === 1 && /immutable/.test(cache[0] ?? '') && /max-age=31536000/.test(cache[0] ?? ''),
      `${asset}: Cache-Control is ${JSON.stringify(cache)}, not one immutable for a year`,
    );
    securityHeaders(answer, asset);
  }

  // Paths: a redirect only to a page that exists, 404 at once, never another page for a bad path.
  const folder = await ask(`${base}es/comparison`);
  const location = one(folder, 'location')[0] ?? '';
  expect(
    folder.status === 301 && location.endsWith(`${base}es/comparison/`),
    `${base}es/comparison answers ${folder.status} to ${JSON.stringify(location)}, not 301 to ${base}es/comparison/`,
  );
  for (const missing of [`${base}aaaa`, `${base}aaaa/`, `${base}es/no-such-page/`]) {
    const answer = await ask(missing);
    expect(answer.status === 404, `${missing} answers ${answer.status}, not 404`);
    securityHeaders(answer, missing);
  }
  const spanish = await ask(`${base}es/no-such-page/`);
  expect(
    /<html[^>]* lang="es"/.test(spanish.body),
    `${base}es/no-such-page/ is not answered by the Spanish 404 page`,
  );
  for (const bad of [
    '//evil.example',
    '//evil.example/',
    `${base}%2e%2e/%2e%2e/etc/passwd`,
    `${base}..%2f..%2fetc/passwd`,
  ]) {
    const answer = await ask(bad);
    expect(
      [400, 404].includes(answer.status) && !/data-entry-lang|root:/.test(answer.body),
      `${bad} answers ${answer.status}${answer.status === 200 ? ' with content' : ''}, not 400 or 404`,
    );
  }
  return report;
}
