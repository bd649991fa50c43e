import { expect, test } from 'vitest';
import { normalizeBasePath } from './site-url.ts';

test.each([
  [undefined, '/'],
  ['', '/'],
  ['/', '/'],
  ['cso-vs-cro', '/cso-vs-cro/'],
  ['/cso-vs-cro', '/cso-vs-cro/'],
  ['/cso-vs-cro/', '/cso-vs-cro/'],
  ['docs/guide', '/docs/guide/'],
  ['//a//b//', '/a/b/'],
])('reads the base path %j as %j', (value, base) => {
  expect(normalizeBasePath(value)).toBe(base);
});

test.each(['/../x/', '/a b/', '/a?b/', '/a#b/', '/./', '/caf%C3%A9/'])(
  'refuses the base path %j',
  (value) => {
    expect(() => normalizeBasePath(value)).toThrow(/BASE_PATH/);
  },
);
