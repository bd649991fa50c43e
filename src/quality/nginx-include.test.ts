import fc from 'fast-check';
import { expect, test } from 'vitest';
import {
  DEFAULT_CACHE_CONTROL,
  headersForPath,
  renderNginxInclude,
  siteHeaderRules,
} from '../build/headers-file.ts';
import { findIncludeDrift, pickLocation, readNginxInclude } from './nginx-include.ts';

const NOT_FOUND = (base: string) => [`${base}404.html`, `${base}es/404.html`, `${base}en/404.html`];

test.each(['/', '/cso-vs-cro/'])(
  'under %s, nginx with the include sends what the preview server sends from _headers, on any path',
  (base) => {
    const rules = siteHeaderRules(base, "default-src 'none'; img-src 'self'");
    const locations = readNginxInclude(renderNginxInclude(rules, NOT_FOUND(base)));
    const segment = fc.constantFrom(
      'es',
      'en',
      '_astro',
      'pagefind',
      'social',
      'page.js',
      '404.html',
      'x',
      '',
    );
    fc.assert(
      fc.property(fc.array(segment, { maxLength: 4 }), (segments) => {
        const path = `${base}${segments.join('/')}`;
        expect(findIncludeDrift(rules, locations, [path])).toEqual([]);
      }),
    );
  },
);

test('finds the drift when the include and _headers disagree', () => {
  const rules = siteHeaderRules('/', "default-src 'none'");
  const include = renderNginxInclude(rules, NOT_FOUND('/')).replace(/ *add_header X-Frame-Options .*\n/, '');
  expect(findIncludeDrift(rules, readNginxInclude(include), ['/', '/_astro/a.js'])).toEqual([
    '/: X-Frame-Options is (missing) for nginx, DENY in _headers',
  ]);
});

test.each([
  ['/es/missing/', '/es/404.html'],
  ['/en/articles/x/', '/en/404.html'],
  ['/missing/', '/404.html'],
  ['/_astro/missing.js', '/404.html'],
])('answers the missing path %s with the nearest 404 page, %s', (path, page) => {
  const locations = readNginxInclude(renderNginxInclude(siteHeaderRules('/', 'x'), NOT_FOUND('/')));
  expect(pickLocation(locations, path)?.notFound).toBe(page);
});

test('gives pages no-cache and hashed assets one immutable Cache-Control', () => {
  const rules = siteHeaderRules('/cso-vs-cro/', 'x');
  const locations = readNginxInclude(renderNginxInclude(rules, NOT_FOUND('/cso-vs-cro/')));
  expect(pickLocation(locations, '/cso-vs-cro/es/')?.headers['Cache-Control']).toBe(DEFAULT_CACHE_CONTROL);
  expect(pickLocation(locations, '/cso-vs-cro/_astro/a.js')?.headers['Cache-Control']).toBe(
    headersForPath(rules, '/cso-vs-cro/_astro/a.js')['Cache-Control'],
  );
  expect(pickLocation(locations, '/elsewhere/')).toBeUndefined();
});
