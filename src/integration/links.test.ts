import { expect, test } from 'vitest';
import { fileForPath, findLinkProblems, readPageLinks, type PageLinks } from './links.ts';

const origin = 'https://cso-vs-cro.example';

test('reads links, loaded resources and anchors, separately', () => {
  const page = readPageLinks(`<html><head>
    <link rel="stylesheet" href="/_astro/a.css"><link rel="canonical" href="${origin}/es/">
    <link rel="shortcut icon" href="/favicon.svg"><script src="/_astro/a.js"></script>
    <meta property="og:image" content="${origin}/og/es.png"></head>
    <body><h2 id="daily-tasks">x</h2><a href="/en/#daily-tasks">y</a><img srcset="/a.png 1x, /b.png 2x">
    <template><a href="/inside/">z</a></template></body></html>`);
  expect(page.links).toEqual([`${origin}/es/`, '/en/#daily-tasks', '/inside/']);
  expect(page.resources).toEqual([
    '/_astro/a.css',
    '/favicon.svg',
    '/_astro/a.js',
    `${origin}/og/es.png`,
    '/a.png',
    '/b.png',
  ]);
  expect([...page.ids]).toEqual(['daily-tasks']);
});

test.each([
  ['/', 'index.html'],
  ['/es/comparison/', 'es/comparison/index.html'],
  ['/favicon.svg', 'favicon.svg'],
  ['/es/caf%C3%A9/', 'es/café/index.html'],
])('finds the file for %s', (path, file) => {
  expect(fileForPath(path)).toBe(file);
});

function site(pages: Record<string, Partial<PageLinks>>, files: string[] = []) {
  const map = new Map(
    Object.entries(pages).map(([file, page]) => [
      file,
      { links: [], resources: [], ids: new Set<string>(), ...page },
    ]),
  );
  return { origin, pages: map, hasFile: (path: string) => map.has(path) || files.includes(path) };
}

test('accepts links, anchors and assets that exist', () => {
  const built = site(
    {
      'es/index.html': {
        links: ['/en/#top', '../en/', `${origin}/en/`, '#here', 'mailto:a@b.c'],
        ids: new Set(['here']),
      },
      'en/index.html': { ids: new Set(['top']), resources: ['/favicon.svg', 'data:image/png;base64,AA'] },
    },
    ['favicon.svg'],
  );
  expect(findLinkProblems(built)).toEqual([]);
});

test('reports a missing page, a missing anchor and a resource from another host', () => {
  const built = site({
    'es/index.html': {
      links: ['/es/missing/', '/en/#nowhere', 'https://example.org/'],
      resources: ['https://cdn.example.org/lib.js', '/_astro/gone.js'],
    },
    'en/index.html': {},
  });
  expect(findLinkProblems(built).map(({ target, problem }) => `${target}: ${problem}`)).toEqual([
    '/es/missing/: points at /es/missing/, which the build does not have',
    '/en/#nowhere: points at #nowhere, which /en/ does not have',
    'https://cdn.example.org/lib.js: loads from another host',
    '/_astro/gone.js: points at /_astro/gone.js, which the build does not have',
  ]);
});

test('under a base path, resolves relative links from the page and reports links that leave the base', () => {
  const built = {
    ...site({
      'es/index.html': { links: ['./comparison/', '/cso-vs-cro/en/', '/es/', `${origin}/en/`] },
      'es/comparison/index.html': { links: ['../', '../../en/#top', '../../../es/'] },
      'en/index.html': { ids: new Set(['top']) },
    }),
    base: '/cso-vs-cro/',
  };
  expect(findLinkProblems(built).map(({ page, target, problem }) => `${page} ${target}: ${problem}`)).toEqual(
    [
      'es/index.html /es/: points at /es/, outside the base path /cso-vs-cro/',
      `es/index.html ${origin}/en/: points at /en/, outside the base path /cso-vs-cro/`,
      'es/comparison/index.html ../../../es/: points at /es/, outside the base path /cso-vs-cro/',
    ],
  );
});
