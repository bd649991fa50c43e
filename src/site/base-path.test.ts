import fc from 'fast-check';
import { expect, test } from 'vitest';
import { joinBase, stripBase, withBase } from './base-path.ts';

test.each([
  ['/', '/', '/'],
  ['/', '/es/', '/es/'],
  ['/cso-vs-cro/', '/', '/cso-vs-cro/'],
  ['/cso-vs-cro/', '/es/comparison/#x', '/cso-vs-cro/es/comparison/#x'],
  ['/cso-vs-cro', '/social/es.png', '/cso-vs-cro/social/es.png'],
  ['/a/b/', '/en/', '/a/b/en/'],
])('puts %s in front of %s', (base, path, joined) => {
  expect(joinBase(base, path)).toBe(joined);
});

test.each([
  ['/', '/es/', '/es/'],
  ['/cso-vs-cro/', '/cso-vs-cro/es/quiz/', '/es/quiz/'],
  ['/cso-vs-cro/', '/cso-vs-cro/', '/'],
  ['/cso-vs-cro/', '/cso-vs-cro', '/'],
  ['/cso-vs-cro/', '/cso-vs-crox/es/', '/cso-vs-crox/es/'],
])('takes %s off %s', (base, pathname, path) => {
  expect(stripBase(base, pathname)).toBe(path);
});

test('takes off exactly the base it put on', () => {
  const segment = fc.stringMatching(/^[a-z0-9-]{1,8}$/);
  fc.assert(
    fc.property(
      fc.array(segment, { maxLength: 3 }),
      fc.array(segment, { maxLength: 4 }),
      (baseParts, parts) => {
        const base = baseParts.length ? `/${baseParts.join('/')}/` : '/';
        const path = `/${parts.map((part) => `${part}/`).join('')}`;
        expect(stripBase(base, joinBase(base, path))).toBe(path);
      },
    ),
  );
});

test('links at the root in a build without a base', () => {
  expect(withBase('/es/')).toBe('/es/');
});
