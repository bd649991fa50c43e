import { expect, test } from 'vitest';
import type { CardContent } from '../social/card.ts';
import { makeCardManifest, parseCardManifest } from './card-manifest.ts';

const content = (title: string, lang = 'es'): CardContent => ({
  title,
  site: 'CSO vs CRO',
  tagline: 'Una guía bilingüe',
  language: 'Español',
  lang,
});

test('names each card by its page, under social/', () => {
  const manifest = makeCardManifest([
    { path: '/', content: content('Inicio') },
    { path: '/es/comparison/', content: content('Comparación') },
    { path: '/en/articles/cso-vs-cro/parallel/', content: content('Side by side', 'en') },
    { path: '/404/', content: content('No encontrada') },
  ]);
  expect(manifest.cards.map(({ file }) => file)).toEqual([
    'social/index.png',
    'social/es/comparison.png',
    'social/en/articles/cso-vs-cro/parallel.png',
    'social/404.png',
  ]);
  expect(manifest.cards[1]?.content).toEqual(content('Comparación'));
});

test('reads back what it wrote', () => {
  const manifest = makeCardManifest([{ path: '/es/quiz/', content: content('Cuestionario') }]);
  expect(parseCardManifest(JSON.stringify(manifest))).toEqual(manifest);
});

test('refuses two pages with one card', () => {
  expect(() =>
    makeCardManifest([
      { path: '/es/quiz/', content: content('A') },
      { path: 'es/quiz', content: content('B') },
    ]),
  ).toThrow('Two pages would share the social card social/es/quiz.png.');
});

test.each([
  ['../outside.png', 'cards.0.file: is not a card file under social/'],
  ['social/../../etc/passwd.png', 'cards.0.file: is not a card file under social/'],
  ['/social/es.png', 'cards.0.file: is not a card file under social/'],
  ['social/es.svg', 'cards.0.file: is not a card file under social/'],
])('refuses the card file %s', (file, message) => {
  const text = JSON.stringify({ cards: [{ file, content: content('X') }] });
  expect(() => parseCardManifest(text)).toThrow(`The list of social cards is malformed at ${message}`);
});

test('says what is wrong with a list that is not one', () => {
  expect(() => parseCardManifest('{')).toThrow(/^The list of social cards is not JSON: /);
  expect(() =>
    parseCardManifest(JSON.stringify({ cards: [{ file: 'social/es.png', content: {} }] })),
  ).toThrow('The list of social cards is malformed at cards.0.content.title');
});
