import { expect, test } from 'vitest';
import {
  headersForPath,
  IMMUTABLE_CACHE_CONTROL,
  parseHeadersFile,
  renderHeadersFile,
  renderNginxInclude,
  siteHeaderRules,
  type HeaderRule,
} from './security-headers.ts';

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

test.each(['/', '/cso-vs-cro/'])(
  'under %s, the site rules put the policy everywhere and cache only _astro/ for good',
  (base) => {
    const site = siteHeaderRules(base, "default-src 'none'");
    expect(headersForPath(site, `${base}es/`)).toMatchObject({
      'Content-Security-Policy': "default-src 'none'",
      'X-Frame-Options': 'DENY',
    });
    expect(headersForPath(site, `${base}es/`)['Cache-Control']).toBeUndefined();
    expect(headersForPath(site, `${base}_astro/page.js`)['Cache-Control']).toBe(IMMUTABLE_CACHE_CONTROL);
  },
);

test('writes one nginx location per rule and per 404 page, each with every header that applies there', () => {
  const site = siteHeaderRules('/cso-vs-cro/', "default-src 'none'; script-src 'sha256-abc+/='");
  const include = renderNginxInclude(site, ['/cso-vs-cro/404.html', '/cso-vs-cro/es/404.html']);
  const locations = include.match(/^location \S+ \{$/gm);
  expect(locations).toEqual([
    'location /cso-vs-cro/ {',
    'location /cso-vs-cro/_astro/ {',
    'location /cso-vs-cro/es/ {',
  ]);
  // nginx drops the outer add_header lines inside a location with its own: the policy is repeated.
  expect(
    include.match(
      /add_header Content-Security-Policy "default-src 'none'; script-src 'sha256-abc\+\/='" always;/g,
    ),
  ).toHaveLength(3);
  expect(include).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE_CONTROL}" always;`);
  expect(include).toContain('error_page 404 /cso-vs-cro/es/404.html;');
});

test.each([
  [[{ pattern: '/*.js', headers: { X: '1' } }], /patterns like/],
  [[{ pattern: '/a', headers: { X: '1' } }], /patterns like/],
  [[{ pattern: '/*', headers: { X: 'a "quoted" $value' } }], /cannot carry/],
])('refuses what nginx would read otherwise: %j', (rules, message) => {
  expect(() => renderNginxInclude(rules, [])).toThrow(message);
});
