import { expect, test } from 'vitest';
import {
  buildQuoteHref,
  buildTextDirective,
  findEvidenceProblem,
  readTextDirective,
  type SourceIndex,
} from './citation.ts';
import { readSectionTexts } from './source-text.ts';

/** A broken-on-purpose fixture: two tiny articles in both languages. */
const sources: SourceIndex = {
  es: {
    'cso-vs-cro': readSectionTexts(
      'Apertura.\n\n## Complejidad { #complexity }\n\nEl CSO probablemente informa al CRO.',
    ),
    'cro-or-cso': readSectionTexts(
      '## Diferencias { #fundamental-differences }\n\nUn CRO se centra en la estrategia.',
    ),
  },
  en: {
    'cso-vs-cro': readSectionTexts(
      'Opening.\n\n## Complexity { #complexity }\n\nThe CSO probably reports to the CRO.',
    ),
    'cro-or-cso': readSectionTexts(
      '## Differences { #fundamental-differences }\n\nA CRO focuses on strategy.',
    ),
  },
};

test('accepts a citation whose quotes are in their section in both languages', () => {
  expect(
    findEvidenceProblem(
      {
        at: 'cso-vs-cro#complexity',
        es: 'El CSO probablemente informa al CRO',
        en: 'The CSO probably reports',
      },
      sources,
    ),
  ).toBeUndefined();
  expect(
    findEvidenceProblem({ at: 'cso-vs-cro#_top', es: 'Apertura.', en: 'Opening.' }, sources),
  ).toBeUndefined();
});

test.each([
  [{ at: 'cso-vs-cro', es: 'x', en: 'x' }, /not of the form article#section/],
  [{ at: 'unknown#complexity', es: 'x', en: 'x' }, /not of the form article#section/],
  [{ at: 'cso-vs-cro#missing', es: 'x', en: 'x' }, /Spanish page of cso-vs-cro has no section #missing/],
  // Dropping the article's hedge ("probablemente") is not quoting it.
  [
    { at: 'cso-vs-cro#complexity', es: 'el CSO informa al CRO', en: 'x' },
    /Spanish quote «el CSO informa al CRO» is not in that section/,
  ],
  [
    { at: 'cso-vs-cro#complexity', es: 'El CSO probablemente informa', en: 'The CSO reports' },
    /English quote «The CSO reports» is not in that section/,
  ],
  // The right words, in another section.
  [{ at: 'cso-vs-cro#complexity', es: 'Un CRO se centra en la estrategia.', en: 'x' }, /Spanish quote/],
])('refuses %o, saying why', (citation, problem) => {
  expect(findEvidenceProblem(citation, sources)).toMatch(problem);
});

test.each([
  ['Un CRO se centra en la estrategia.', 'text=Un%20CRO%20se%20centra%20en%20la%20estrategia'],
  ['«No hay suficiente lead», dijo.', 'text=No%20hay%20suficiente%20lead%C2%BB%2C%20dijo'],
  [
    'A self-made, well-known leader: one who lives and dies by four metrics.',
    'text=A%20self%2Dmade%2C%20well%2Dknown%20leader%3A%20one%20who,dies%20by%20four%20metrics',
  ],
])('turns the quote %j into the text directive %s', (quote, directive) => {
  expect(buildTextDirective(quote)).toBe(directive);
});

test('links a quote to its section, with a text fragment that reads back to its words', () => {
  const href = buildQuoteHref(
    'es',
    { article: 'cro-or-cso', section: 'fundamental-differences' },
    'Un CRO se centra en la estrategia.',
  );
  expect(href).toBe(
    '/es/articles/cro-or-cso/#fundamental-differences:~:text=Un%20CRO%20se%20centra%20en%20la%20estrategia',
  );
  expect(readTextDirective(new URL(href, 'http://x').hash)).toEqual(['Un CRO se centra en la estrategia']);
  expect(readTextDirective('#no-directive')).toEqual([]);
});
