import fc from 'fast-check';
import { expect, test } from 'vitest';
import { notFoundCandidates, resolveRequestPath, type BuildLayout } from './resolve-path.ts';

const FILES = new Set([
  'index.html',
  '404.html',
  'es/index.html',
  'es/404.html',
  'es/comparison/index.html',
  'en/404.html',
  'en/articles/cso-vs-cro/index.html',
  'es/café/index.html',
  '_astro/page.js',
]);
const atRoot: BuildLayout = { base: '/', hasFile: (file) => FILES.has(file) };
const underBase: BuildLayout = { base: '/cso-vs-cro/', hasFile: (file) => FILES.has(file) };

test.each([
  ['/', 'index.html'],
  ['/es/', 'es/index.html'],
  ['/en/articles/cso-vs-cro/', 'en/articles/cso-vs-cro/index.html'],
  ['/_astro/page.js', '_astro/page.js'],
  ['/_astro/page.js?v=1', '_astro/page.js'],
  ['/es/caf%C3%A9/', 'es/café/index.html'],
])('serves %s from %s', (target, file) => {
  expect(resolveRequestPath(target, atRoot)).toEqual({ kind: 'file', file });
});

test.each([
  ['/es/comparison', '/es/comparison/'],
  ['/es/comparison?a=1', '/es/comparison/?a=1'],
  ['/es', '/es/'],
])('adds the trailing slash to %s, a page that exists', (target, location) => {
  expect(resolveRequestPath(target, atRoot)).toEqual({ kind: 'redirect', location });
});

test.each([
  ['/aaaa', '404.html'],
  ['/aaaa/', '404.html'],
  ['/es/no-such-page/', 'es/404.html'],
  ['/es/no-such-page', 'es/404.html'],
  ['/en/articles/missing/', 'en/404.html'],
  ['/es/comparison/index.htm', 'es/404.html'],
])('answers %s with a 404 at once, from %s', (target, page) => {
  expect(resolveRequestPath(target, atRoot)).toEqual({ kind: 'not-found', page });
});

test('answers a 404 with no page when the build has no 404 page', () => {
  expect(resolveRequestPath('/missing/', { base: '/', hasFile: () => false })).toEqual({
    kind: 'not-found',
    page: undefined,
  });
});

test.each([
  '//evil.example',
  '//evil.example/',
  '/es//comparison/',
  '/../etc/passwd',
  '/es/%2e%2e/%2e%2e/secret',
  '/es/./',
  '/a%00b',
  '/a%0Ab',
  '/%E0%A4%A',
  '/es\\..\\x',
  '/es%5C..%5Cx',
  '/es%2Fcomparison/',
  'relative',
  'http://evil.example/',
  '*',
  '',
])('refuses %j, which is not a clean local path', (target) => {
  expect(resolveRequestPath(target, atRoot)).toEqual({ kind: 'reject' });
});

test.each([
  ['/cso-vs-cro/', { kind: 'file', file: 'index.html' }],
  ['/cso-vs-cro/es/', { kind: 'file', file: 'es/index.html' }],
  ['/cso-vs-cro/_astro/page.js', { kind: 'file', file: '_astro/page.js' }],
  ['/cso-vs-cro', { kind: 'redirect', location: '/cso-vs-cro/' }],
  ['/cso-vs-cro/es/comparison', { kind: 'redirect', location: '/cso-vs-cro/es/comparison/' }],
  ['/cso-vs-cro/es/missing/', { kind: 'not-found', page: 'es/404.html' }],
  ['/', { kind: 'not-found', page: '404.html' }],
  ['/es/', { kind: 'not-found', page: '404.html' }],
  ['/cso-vs-crox/', { kind: 'not-found', page: '404.html' }],
  ['//evil.example', { kind: 'reject' }],
])('under the base /cso-vs-cro/, resolves %s', (target, resolution) => {
  expect(resolveRequestPath(target, underBase)).toEqual(resolution);
});

test('looks for the nearest 404 page first', () => {
  expect(notFoundCandidates('en/articles/missing/')).toEqual([
    'en/articles/404.html',
    'en/404.html',
    '404.html',
  ]);
  expect(notFoundCandidates('missing')).toEqual(['404.html']);
  expect(notFoundCandidates('')).toEqual(['404.html']);
});

// Paths built from the pieces that path tricks are made of, and a few real ones.
const pathPiece = fc.constantFrom(
  '/',
  '//',
  '.',
  '..',
  '%2e',
  '%2E%2e',
  '%2F',
  '%5C',
  '\\',
  '%00',
  '%',
  '?',
  '#',
  'es',
  'comparison',
  'cso-vs-cro',
  'index.html',
  '404.html',
  '_astro',
  'page.js',
  '%C3%A9',
  'caf',
  'é',
  ' ',
);
const anyTarget = fc.oneof(
  fc.array(pathPiece, { maxLength: 12 }).map((pieces) => pieces.join('')),
  fc.string(),
);

test('never answers with a file outside the build, nor redirects to another host', () => {
  fc.assert(
    fc.property(anyTarget, fc.constantFrom(atRoot, underBase), (raw, layout) => {
      const resolution = resolveRequestPath(`/${raw}`, layout);
      if (resolution.kind === 'file') {
        expect(resolution.file.split('/')).not.toContain('..');
        expect(FILES.has(resolution.file)).toBe(true);
      }
      if (resolution.kind === 'redirect') {
        expect(resolution.location.startsWith('/')).toBe(true);
        expect(resolution.location.startsWith('//')).toBe(false);
      }
    }),
  );
});

test('refuses any target that starts with two slashes', () => {
  fc.assert(
    fc.property(fc.string(), (rest) => {
      expect(resolveRequestPath(`//${rest}`, atRoot)).toEqual({ kind: 'reject' });
    }),
  );
});
