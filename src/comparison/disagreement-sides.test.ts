import fc from 'fast-check';
import { expect, test } from 'vitest';
import { DISAGREEMENT_KINDS, findSideProblems, listQuotedArticles } from './disagreement-sides.ts';

const side = (...passages: string[]) => ({ cite: passages.map((at) => ({ at })) });
const first = side('cso-vs-cro#daily-tasks', 'cso-vs-cro#main-differences');
const second = side('cro-or-cso#fundamental-differences');
const secondAgain = side('cro-or-cso#cso-strengths-in-a-cro-role');

test('lists the articles a side quotes, once each, in order', () => {
  expect(listQuotedArticles(side('cro-or-cso#_top', 'cso-vs-cro#complexity', 'cro-or-cso#x'))).toEqual([
    'cro-or-cso',
    'cso-vs-cro',
  ]);
});

test.each([
  ['a disagreement of the two articles', 'disagreement', [first, second], []],
  ['a difference of emphasis between the two articles', 'emphasis', [second, first], []],
  ['a contradiction of one article with itself', 'contradiction', [second, secondAgain], []],
  [
    'a disagreement whose two sides quote the same article',
    'disagreement',
    [second, secondAgain],
    [/both sides quote cro-or-cso: the two sides quote one article each/],
  ],
  [
    'a difference of emphasis within one article',
    'emphasis',
    [first, first],
    [/both sides quote cso-vs-cro: the two sides quote one article each/],
  ],
  [
    'a contradiction whose sides quote two articles',
    'contradiction',
    [first, second],
    [/a contradiction sets one article against itself, but the sides quote cso-vs-cro and cro-or-cso/],
  ],
  [
    'a side that quotes both articles',
    'disagreement',
    [side('cso-vs-cro#complexity', 'cro-or-cso#_top'), second],
    [/side 1 quotes cso-vs-cro and cro-or-cso: each side quotes its own article only/],
  ],
] as const)('%s', (_, kind, sides, expected) => {
  const problems = findSideProblems(kind, sides);
  expect(problems).toHaveLength(expected.length);
  expected.forEach((pattern, index) => expect(problems[index]).toMatch(pattern));
});

test('two single-article sides hold exactly when the kind says whether they share the article', () => {
  const article = fc.constantFrom('cso-vs-cro', 'cro-or-cso');
  fc.assert(
    fc.property(
      fc.constantFrom(...DISAGREEMENT_KINDS),
      article,
      article,
      fc.nat({ max: 3 }),
      (kind, a, b, extra) => {
        const sides = [side(...Array.from({ length: extra + 1 }, (_, i) => `${a}#s${i}`)), side(`${b}#s`)];
        const holds = findSideProblems(kind, sides).length === 0;
        expect(holds).toBe((kind === 'contradiction') === (a === b));
      },
    ),
  );
});
