import fc from 'fast-check';
import { expect, test } from 'vitest';
import { findPhrase, foldText, listWords, stemPhrase, stemWord } from './words.ts';

test.each([
  ['Éxito del Cliente', 'exito del cliente'],
  ['DIRECCIÓN', 'direccion'],
  ['Año', 'año'],
  ['Pequeño', 'pequeño'],
])('folds %j to %j', (text, folded) => {
  expect(foldText(text)).toBe(folded);
});

test.each([
  ['canales', 'canal'],
  ['distribuidoras', 'distribuidores'],
  ['renovaciones', 'renovar'],
  ['Renovación', 'renovaciones'],
  ['cuotas', 'cuota'],
  ['clientes', 'Cliente'],
  ['gestionar', 'gestión'],
  ['channels', 'channel'],
  ['industries', 'industry'],
  ['renewals', 'renewal'],
  ['partners', 'partner'],
  ['verticales', 'vertical'],
  ['managed', 'manages'],
  ['SDRs', 'SDR'],
])('%j and %j meet', (a, b) => {
  expect(stemWord(a)).toBe(stemWord(b));
});

test.each([
  ['marketing', 'market'],
  ['venta', 'ventana'],
  ['canal', 'canalizar'],
  ['cuota', 'cuenta'],
  ['producto', 'productividad'],
])('%j and %j stay apart', (a, b) => {
  expect(stemWord(a)).not.toBe(stemWord(b));
});

test('lists the words of a text with their places, hyphens and punctuation apart', () => {
  const text = 'Venta por e-commerce, 3 canales.';
  expect(listWords(text).map(({ start, end }) => text.slice(start, end))).toEqual([
    'Venta',
    'por',
    'e',
    'commerce',
    '3',
    'canales',
  ]);
});

test('finds a phrase of several words wherever it stands, in any form of its words', () => {
  const words = listWords('Dirigirá el Éxito de Clientes y, más tarde, el éxito del cliente.');
  expect(findPhrase(words, stemPhrase('éxito del cliente'))).toEqual([9]);
  expect(findPhrase(words, stemPhrase('exito de clientes'))).toEqual([2]);
  expect(findPhrase(words, stemPhrase('nada de esto'))).toEqual([]);
  expect(findPhrase(words, [])).toEqual([]);
});

test('a phrase found is made of the same stems as the words it stands on', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 20 }), (text, phrase) => {
      const words = listWords(text);
      const stems = stemPhrase(phrase);
      for (const at of findPhrase(words, stems)) {
        expect(words.slice(at, at + stems.length).map(({ stem }) => stem)).toEqual(stems);
      }
    }),
  );
});
