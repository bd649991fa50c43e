import { expect, test } from 'vitest';
import { notFoundCandidates, resolveRequestPath } from './resolve-path.ts';

test.each([
  ['/', ['index.html']],
  ['/es/', ['es/index.html']],
  ['/en/articles/cso-vs-cro/', ['en/articles/cso-vs-cro/index.html']],
  ['/_astro/page.js', ['_astro/page.js']],
  ['/es/caf%C3%A9/', ['es/café/index.html']],
])('serves %s from %j', (pathname, candidates) => {
  expect(resolveRequestPath(pathname)).toEqual({ kind: 'file', candidates });
});

test('adds the trailing slash to a page path', () => {
  expect(resolveRequestPath('/es/comparison')).toEqual({ kind: 'redirect', location: '/es/comparison/' });
});

test.each(['/../etc/passwd', '/es/%2e%2e/%2e%2e/secret', '/a%00b', '/%E0%A4%A', '/es\\..\\x', 'relative'])(
  'refuses the path %j',
  (pathname) => {
    expect(resolveRequestPath(pathname)).toEqual({ kind: 'reject' });
  },
);

test('looks for the nearest 404 page first', () => {
  expect(notFoundCandidates('/en/articles/missing/')).toEqual([
    'en/articles/404.html',
    'en/404.html',
    '404.html',
  ]);
  expect(notFoundCandidates('/missing')).toEqual(['404.html']);
});
