import { expect, test } from 'vitest';
import { pickLanguage } from './pick-language.ts';

test.each([
  [['es-ES', 'en'], 'es'],
  [['es-MX'], 'es'],
  [['en-US', 'es'], 'en'],
  [['fr-FR', 'en-GB', 'es'], 'en'],
  [['fr-FR', 'de'], 'es'],
  [[], 'es'],
  [[' EN-us '], 'en'],
])('picks the site language for %j', (preferred, expected) => {
  expect(pickLanguage(preferred)).toBe(expected);
});
