import fc from 'fast-check';
import { expect, test } from 'vitest';
import { toScriptJson } from './script-json.ts';

test.each([
  '> “A quote” — Section: https://example.com/#a:~:text=x',
  '</script><script>alert(1)</script>',
  'R&D &amp; <b>bold</b>',
  'line\u2028separator',
])('%j parses back unchanged, with no markup character left raw', (text) => {
  const json = toScriptJson({ text });
  expect(JSON.parse(json)).toEqual({ text });
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
});

test('any value parses back unchanged and never closes its script element', () => {
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const json = toScriptJson(value);
      expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(value)));
      expect(json.toLowerCase()).not.toContain('</script');
    }),
  );
});
