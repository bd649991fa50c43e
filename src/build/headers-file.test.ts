import { expect, test } from 'vitest';
import { headersForPath, parseHeadersFile, renderHeadersFile, type HeaderRule } from './headers-file.ts';

const rules: HeaderRule[] = [
  { pattern: '/*', headers: { 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' } },
  { pattern: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
];

test('writes and reads back the _headers format', () => {
  const text = renderHeadersFile(rules);
  expect(text).toBe(
    '/*\n  X-Frame-Options: DENY\n  Cache-Control: no-cache\n\n/_astro/*\n  Cache-Control: public, max-age=31536000, immutable\n',
  );
  expect(parseHeadersFile(text)).toEqual(rules);
});

test('skips comments, blank lines and headers before any path', () => {
  expect(parseHeadersFile('  Orphan: yes\n# note\n\n/a\n  X: 1\n  broken line\n')).toEqual([
    { pattern: '/a', headers: { X: '1' } },
  ]);
});

test.each([
  ['/es/', { 'X-Frame-Options': 'DENY', 'Cache-Control': 'no-cache' }],
  ['/_astro/page.js', { 'X-Frame-Options': 'DENY', 'Cache-Control': 'public, max-age=31536000, immutable' }],
])('applies every matching rule to %s, the more specific last', (path, headers) => {
  expect(headersForPath(rules, path)).toEqual(headers);
});

test('treats pattern characters other than * literally', () => {
  expect(headersForPath([{ pattern: '/a.b', headers: { X: '1' } }], '/aXb')).toEqual({});
  expect(headersForPath([{ pattern: '/a.b', headers: { X: '1' } }], '/a.b')).toEqual({ X: '1' });
});
