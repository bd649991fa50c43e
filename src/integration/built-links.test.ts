import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { describeLinkProblems, findBuiltLinkProblems } from './built-links.ts';
import { readPageFacts, type PageFacts } from './page-index.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'built-links-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const page = (body: string) =>
  `<!doctype html><html lang="es"><head><title>x</title><link rel="stylesheet" href="/_astro/site.css"></head><body>${body}</body></html>`;

const ARTICLE = page(
  `<main><div class="sl-markdown-content"><h2 id="roles">Roles</h2><p>El CRO tiende a liderar todo el ciclo de ingresos.</p></div></main>`,
);

/** Writes a small build and reads its pages' facts as the build does. */
async function build(pages: Record<string, string>, files: string[] = ['_astro/site.css']) {
  const facts = new Map<string, PageFacts>();
  for (const [file, html] of Object.entries(pages)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), html);
    facts.set(file, readPageFacts(html));
  }
  for (const file of files) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), '');
  }
  return facts;
}

const site = { origin: 'https://cso-vs-cro.example', base: '/' };

test('a build whose links, anchors, resources and text fragments all land has no problem', async () => {
  const facts = await build({
    'es/articles/cro/index.html': ARTICLE,
    'es/comparison/index.html': page(
      `<a href="../articles/cro/#roles">Roles</a>
       <a href="../articles/cro/#roles:~:text=tiende%20a%20liderar">Cita</a>
       <a href="https://cso-vs-cro.example/es/comparison/">Aquí</a>
       <a href="https://elsewhere.example/">Fuera</a>`,
    ),
  });
  expect(await findBuiltLinkProblems(pathToFileURL(`${dir}/`), facts, site)).toEqual([]);
});

test('finds a missing page, a missing anchor, a quote not on the page and a resource from another host', async () => {
  const facts = await build({
    'es/articles/cro/index.html': ARTICLE,
    'es/comparison/index.html': page(
      `<a href="../glossary/">Glosario</a>
       <a href="../articles/cro/#metrics">Métricas</a>
       <a href="../articles/cro/#roles:~:text=reporta%20al%20CEO">Cita</a>
       <img src="https://cdn.example/x.png" alt="">`,
    ),
  });
  const problems = await findBuiltLinkProblems(pathToFileURL(`${dir}/`), facts, site);
  expect(problems.map(({ target }) => target)).toEqual([
    '../glossary/',
    '../articles/cro/#metrics',
    '../articles/cro/#roles:~:text=reporta%20al%20CEO',
    'https://cdn.example/x.png',
  ]);
  expect(problems.every(({ page }) => page === 'es/comparison/index.html')).toBe(true);
  const message = describeLinkProblems(problems);
  expect(message.split('\n')[0]).toBe('4 broken links in the built pages:');
  expect(message).toContain(
    'es/comparison/index.html: ../glossary/ points at /es/glossary/, which the build does not have',
  );
});

test('under a base path, a link that leaves it is broken', async () => {
  const facts = await build({ 'es/index.html': page('<a href="/es/">Inicio</a>') }, []);
  const problems = await findBuiltLinkProblems(pathToFileURL(`${dir}/`), facts, {
    ...site,
    base: '/cso-vs-cro/',
  });
  expect(problems.map(({ problem }) => problem)).toEqual([
    'points at /es/, outside the base path /cso-vs-cro/',
    'points at /_astro/site.css, outside the base path /cso-vs-cro/',
  ]);
});
