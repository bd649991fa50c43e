import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, expect, test } from 'vitest';
import { headersForPath, siteHeaderRules } from '../site/security-headers.ts';
import { createPrecompressor } from '../integration/precompress.ts';
import { createStaticServer } from '../serve/static-server.ts';
import { askOver, checkHost } from './host-checks.ts';

const POLICY = "default-src 'none'; frame-ancestors 'none'";
const folders: string[] = [];

/** Lays out a few files as a build for a base path lays them out, with their compressed copies. */
async function makeBuild(base: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'host-checks-'));
  folders.push(root);
  const page = (lang: string, body: string) =>
    `<!doctype html><html lang="${lang}"><head><script type="module" src="${base}_astro/page.js"></script>` +
    `</head><body>${body.repeat(40)}</body></html>`;
  const files: Record<string, string> = {
    'index.html': page('es', `<a data-entry-lang="es" href="${base}es/">Entrar</a>`),
    '404.html': page('es', '<p>No encontrada · Not found</p>'),
    'es/index.html': page('es', '<p>Inicio</p>'),
    'es/404.html': page('es', '<p>No encontrada</p>'),
    'es/comparison/index.html': page('es', '<p>Comparación</p>'),
    '_astro/page.js': 'console.log("page");\n'.repeat(40),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(join(root, file, '..'), { recursive: true });
    await writeFile(join(root, file), text);
  }
  await createPrecompressor(pathToFileURL(`${root}/`)).rest();
  return root;
}

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

async function checkServer(base: string, withHeaders: boolean) {
  const rules = siteHeaderRules(base, POLICY);
  const server = createStaticServer({
    root: await makeBuild(base),
    base,
    headersFor: withHeaders ? (path) => headersForPath(rules, path) : () => ({}),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    return await checkHost(askOver(`http://127.0.0.1:${(server.address() as AddressInfo).port}`), base);
  } finally {
    server.close();
  }
}

test.each(['/', '/cso-vs-cro/'])('the preview server passes every host check under %s', async (base) => {
  const report = await checkServer(base, true);
  expect(report.problems).toEqual([]);
  expect(report.checks).toBeGreaterThan(40);
});

test('the checks catch a host that sends no security headers and no immutable caching', async () => {
  const { problems } = await checkServer('/', false);
  expect(problems).toContain('/es/: x-frame-options is []');
  expect(problems).toContain('/aaaa: x-frame-options is []');
  expect(
    problems.some((problem) => problem.startsWith('/_astro/page.js: Cache-Control is ["no-cache"]')),
  ).toBe(true);
});
