import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Answers, ScoredPart } from './engine.ts';
import { readQuiz } from './read-quiz-file.ts';
import { decodeAnswers, encodeAnswers } from './share-link.ts';

const quiz = readQuiz();
const [need, fit] = quiz.parts;

const completeAnswers = (part: ScoredPart) =>
  fc
    .tuple(...part.questions.map((q) => fc.constantFrom(...q.options.map(({ id }) => id))))
    .map((ids) => Object.fromEntries(part.questions.map((q, i) => [q.id, ids[i] ?? ''])));

const anyAnswers: fc.Arbitrary<Answers> = fc
  .record({ need: completeAnswers(need), fit: completeAnswers(fit) }, { requiredKeys: [] })
  .filter((answers) => Object.keys(answers).length > 0);

/** Tells whether decoded answers are fully valid: known questions, known options, complete parts. */
function isValid(answers: Answers): boolean {
  return Object.entries(answers).every(([partId, own]) => {
    const part = quiz.parts.find(({ id }) => id === partId);
    return (
      part !== undefined &&
      Object.keys(own).length === part.questions.length &&
      part.questions.every((q) => q.options.some(({ id }) => id === own[q.id]))
    );
  });
}

test('a share link reproduces the answers it was made from', () => {
  fc.assert(
    fc.property(anyAnswers, (answers) => {
      expect(decodeAnswers(quiz, encodeAnswers(quiz, answers))).toEqual({ kind: 'ok', answers });
      expect(decodeAnswers(quiz, `?${encodeAnswers(quiz, answers)}`)).toEqual({ kind: 'ok', answers });
    }),
  );
});

test('a share link reads well: version, then the parts, question_option pairs', () => {
  const answers = { need: Object.fromEntries(need.questions.map((q) => [q.id, q.options[0]?.id ?? ''])) };
  expect(encodeAnswers(quiz, answers)).toBe(
    `v=${quiz.version}&need=channels_one.products_one.verticals_one.ownership_sales-team.marketing-and-success_separate.goal_hit-target.growth_on-track.excuses_other`,
  );
});

describe('a link that was tampered with, cut short or made for another version', () => {
  const valid = encodeAnswers(quiz, {
    need: Object.fromEntries(need.questions.map((q) => [q.id, q.options[0]?.id ?? ''])),
  });
  test.each([
    ['an outdated version', valid.replace(`v=${quiz.version}`, `v=${quiz.version + 1}`), 'outdated'],
    ['no version', valid.replace(`v=${quiz.version}&`, ''), 'malformed'],
    ['a version that is not a number', valid.replace(`v=${quiz.version}`, 'v=one'), 'malformed'],
    ['an unknown question', valid.replace('channels_', 'chanels_'), 'malformed'],
    ['an unknown option', valid.replace('channels_one', 'channels_zero'), 'malformed'],
    ['a question answered twice', valid.replace('channels_one', 'channels_one.channels_many'), 'malformed'],
    ['a pair without separator', valid.replace('channels_one', 'channelsone'), 'malformed'],
    ['an empty part', `v=${quiz.version}&need=`, 'malformed'],
    ['a part given twice', `${valid}&${valid.split('&')[1]}`, 'malformed'],
    ['a question of the other part', valid.replace('channels_one', 'background_sales'), 'malformed'],
    ['a truncated part', valid.slice(0, valid.lastIndexOf('.')), 'incomplete'],
    ['only a version', `v=${quiz.version}`, 'incomplete'],
    ['markup in an id', valid.replace('channels_one', 'channels_<img src=x onerror=alert(1)>'), 'malformed'],
  ])('is refused: %s', (_, search, problem) => {
    expect(decodeAnswers(quiz, search)).toEqual({ kind: 'invalid', problem });
  });

  test('a query string without quiz answers is no link at all', () => {
    expect(decodeAnswers(quiz, '')).toEqual({ kind: 'none' });
    expect(decodeAnswers(quiz, '?utm_source=mail')).toEqual({ kind: 'none' });
  });
});

test('decoding any string never throws, and accepts only fully valid answers', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (search) => {
      const decoded = decodeAnswers(quiz, search);
      if (decoded.kind === 'ok') expect(isValid(decoded.answers)).toBe(true);
    }),
    { numRuns: 5000 },
  );
});

test('a valid link changed in one place is refused or still fully valid', () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789-_.=&%?v';
  fc.assert(
    fc.property(
      anyAnswers,
      fc.nat(),
      fc.constantFrom(...alphabet),
      fc.constantFrom('replace', 'delete', 'insert', 'truncate'),
      (answers, at, char, edit) => {
        const link = encodeAnswers(quiz, answers);
        const i = at % link.length;
        const tampered =
          edit === 'replace'
            ? link.slice(0, i) + char + link.slice(i + 1)
            : edit === 'delete'
              ? link.slice(0, i) + link.slice(i + 1)
              : edit === 'insert'
                ? link.slice(0, i) + char + link.slice(i)
                : link.slice(0, i);
        const decoded = decodeAnswers(quiz, tampered);
        if (decoded.kind === 'ok') expect(isValid(decoded.answers)).toBe(true);
      },
    ),
    { numRuns: 5000 },
  );
});
