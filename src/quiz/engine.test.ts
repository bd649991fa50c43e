import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decideVerdict,
  matchOutcome,
  pointBands,
  scorePart,
  scaleOf,
  unsureOption,
  VERDICT_KEYS,
  VERDICT_KINDS,
  verdictKey,
  type ScoredPart,
  type Verdict,
} from './engine.ts';
import { readQuiz } from './read-quiz-file.ts';

const quiz = readQuiz();
const [need, fit] = quiz.parts;

/** Answers every question of a part with the option picked by `choose` among its weights. */
function answerAll(
  part: ScoredPart,
  choose: (options: ScoredPart['questions'][number]['options']) => string,
) {
  return Object.fromEntries(part.questions.map((question) => [question.id, choose(question.options)]));
}

const byWeight =
  (pick: (a: number, b: number) => boolean) => (options: readonly { id: string; weight: number }[]) =>
    options.reduce((best, option) => (pick(option.weight, best.weight) ? option : best)).id;
const strongestCso = byWeight((a, b) => a < b);
const strongestCro = byWeight((a, b) => a > b);
const unsure = (options: readonly { id: string; unsure?: boolean }[]) =>
  options.find((option) => option.unsure)?.id ?? '';

/** An arbitrary complete answer set of a part, as option indexes. */
const answersOf = (part: ScoredPart) =>
  fc
    .tuple(...part.questions.map((question) => fc.integer({ min: 0, max: question.options.length - 1 })))
    .map((indexes) =>
      Object.fromEntries(
        part.questions.map((question, i) => [question.id, question.options[indexes[i] ?? 0]?.id ?? '']),
      ),
    );

/** Where a verdict sits on the scale, CSO end first; "unclear" is off the scale. */
function ordinal(verdict: Verdict): number | undefined {
  if (verdict.kind === 'unclear') return undefined;
  if (verdict.kind === 'both') return 2;
  const offset = verdict.strength === 'clear' ? 2 : 1;
  return verdict.kind === 'cso' ? 2 - offset : 2 + offset;
}

describe.each([need, fit])('the $id part', (part) => {
  test('scores answers that all point to a CSO as clearly CSO', () => {
    const result = scorePart(part, answerAll(part, strongestCso));
    expect(result?.verdict).toEqual({ kind: 'cso', strength: 'clear' });
    expect(result && scaleOf(result.tally)).toBe(-1);
  });

  test('scores answers that all point to a CRO as clearly CRO, with the strongest reasons', () => {
    const result = scorePart(part, answerAll(part, strongestCro));
    expect(result?.verdict).toEqual({ kind: 'cro', strength: 'clear' });
    expect(result && scaleOf(result.tally)).toBe(1);
    expect(result?.reasons).toHaveLength(3);
    for (const reason of result?.reasons ?? []) expect(reason.weight).toBe(2);
  });

  test('gives no verdict when every answer is "not sure"', () => {
    expect(scorePart(part, answerAll(part, unsure))?.verdict).toEqual({ kind: 'unclear' });
  });

  test('refuses to score a part with a question unanswered', () => {
    const answers = { ...answerAll(part, strongestCro) };
    delete answers[part.questions[0]?.id ?? ''];
    expect(scorePart(part, answers)).toBeUndefined();
  });

  test('gives a valid result for every possible answer set, pointing only where the answers point', () => {
    fc.assert(
      fc.property(answersOf(part), (answers) => {
        const result = scorePart(part, answers);
        expect(result).toBeDefined();
        if (!result) return;
        const scale = scaleOf(result.tally);
        expect(scale).toBeGreaterThanOrEqual(-1);
        expect(scale).toBeLessThanOrEqual(1);
        if (result.verdict.kind === 'cso') expect(result.tally.points).toBeLessThan(0);
        if (result.verdict.kind === 'cro') expect(result.tally.points).toBeGreaterThan(0);
        expect(result.dimensions.map(({ id }) => id).sort()).toEqual(
          part.dimensions.map(({ id }) => id).sort(),
        );
        expect(result.reasons.length).toBeLessThanOrEqual(3);
        for (const reason of result.reasons) expect(reason.weight).not.toBe(0);
        // The pages render one sentence per key and kind: every verdict must have its own.
        expect(VERDICT_KEYS).toContain(verdictKey(result.verdict));
        for (const { verdict } of result.dimensions) expect(VERDICT_KINDS).toContain(verdict.kind);
      }),
      { numRuns: 2000 },
    );
  });

  test('never lowers the CRO score when one answer moves towards CRO', () => {
    fc.assert(
      fc.property(answersOf(part), fc.nat(), (answers, pick) => {
        const question = part.questions[pick % part.questions.length];
        if (!question) return;
        const current = question.options.find(({ id }) => id === answers[question.id]);
        const higher = question.options.filter(({ weight }) => weight > (current?.weight ?? Infinity));
        for (const option of higher) {
          const before = scorePart(part, answers);
          const after = scorePart(part, { ...answers, [question.id]: option.id });
          expect(after?.tally.points).toBeGreaterThan(before?.tally.points ?? Infinity);
          const [from, to] = [before && ordinal(before.verdict), after && ordinal(after.verdict)];
          if (from !== undefined && to !== undefined) expect(to).toBeGreaterThanOrEqual(from);
        }
      }),
      { numRuns: 1000 },
    );
  });

  test('the paper guide’s point bands give the same verdicts as the engine', () => {
    const bands = pointBands(part);
    const total = part.questions.length;
    const tally = { maxCso: bands.cso.max, maxCro: bands.cro.max, total };
    for (let points = -bands.cso.max; points <= bands.cro.max; points++) {
      for (let decided = 0; decided <= total; decided++) {
        const verdict = decideVerdict({ ...tally, points, decided });
        const side = points < 0 ? bands.cso : bands.cro;
        const size = Math.abs(points);
        const onPaper =
          total - decided >= bands.unclearUnsure
            ? 'unclear'
            : size >= side.clear
              ? 'clear'
              : size >= side.leaning
                ? 'leaning'
                : 'both';
        expect(verdict.kind === 'unclear' || verdict.kind === 'both' ? verdict.kind : verdict.strength).toBe(
          onPaper,
        );
      }
    }
  });
});

describe('the verdicts of answer sets the articles settle', () => {
  const { need: needPart } = { need };
  const answersFor = (chosen: Record<string, string>) =>
    Object.fromEntries(
      needPart.questions.map((question) => [question.id, chosen[question.id] ?? unsure(question.options)]),
    );

  test('a single-channel, single-product company whose hire runs only the sales team needs a CSO', () => {
    const result = scorePart(
      needPart,
      answersFor({
        channels: 'one',
        products: 'one',
        ownership: 'sales-team',
        'marketing-and-success': 'separate',
      }),
    );
    expect(result?.verdict.kind).toBe('cso');
  });

  test('several products, channels and verticals, growth below expectations, the three excuses and one executive over revenue: a CRO', () => {
    const result = scorePart(
      needPart,
      answersFor({
        channels: 'several',
        products: 'several',
        verticals: 'several',
        growth: 'below',
        excuses: 'pipeline',
        ownership: 'revenue-organization',
        'marketing-and-success': 'run-by-them',
      }),
    );
    expect(result?.verdict).toEqual({ kind: 'cro', strength: 'clear' });
  });

  test('two products, one channel, some churn, sales and sales operations only: it depends, or a lean, never clear', () => {
    const result = scorePart(
      needPart,
      answersFor({
        products: 'several',
        channels: 'one',
        excuses: 'pipeline',
        ownership: 'sales-and-operations',
      }),
    );
    expect(result).toBeDefined();
    expect(
      result?.verdict.kind === 'both' ||
        ('strength' in (result?.verdict ?? {}) && result?.verdict.kind !== 'unclear'),
    ).toBe(true);
    expect(result?.verdict).not.toHaveProperty('strength', 'clear');
    expect(result?.verdict.kind).not.toBe('unclear');
  });

  test('an answer the articles name as a sign of neither role weighs nothing', () => {
    for (const part of [need, fit]) {
      for (const question of part.questions) {
        for (const option of question.options) {
          if (option.lean === 'none' || option.lean === 'unsure') expect(option.weight, option.id).toBe(0);
        }
      }
    }
  });
});

describe('the verdict thresholds, at their edges', () => {
  // 20 CRO points and 10 CSO points possible, 10 questions: CRO clear from 10 and leaning from 4;
  // CSO clear from 5 and leaning from 2; unclear when 6 or more answers are "not sure".
  test.each([
    [10, 10, { kind: 'cro', strength: 'clear' }],
    [9, 10, { kind: 'cro', strength: 'leaning' }],
    [4, 10, { kind: 'cro', strength: 'leaning' }],
    [3, 10, { kind: 'both' }],
    [0, 10, { kind: 'both' }],
    [-1, 10, { kind: 'both' }],
    [-2, 10, { kind: 'cso', strength: 'leaning' }],
    [-4, 10, { kind: 'cso', strength: 'leaning' }],
    [-5, 10, { kind: 'cso', strength: 'clear' }],
    [-10, 10, { kind: 'cso', strength: 'clear' }],
    [10, 5, { kind: 'cro', strength: 'clear' }],
    [10, 4, { kind: 'unclear' }],
    [-8, 4, { kind: 'unclear' }],
  ] as const)('%i points with %i answers of 10 more than "not sure" is %o', (points, decided, expected) => {
    expect(decideVerdict({ points, maxCso: 10, maxCro: 20, decided, total: 10 })).toEqual(expected);
  });

  test('turn into whole points for the paper guide', () => {
    expect(pointBands(need)).toEqual({
      cso: { max: 7, clear: 4, leaning: 2 },
      cro: { max: 14, clear: 7, leaning: 3 },
      unclearUnsure: 5,
      questionCount: 8,
    });
    expect(pointBands(fit)).toEqual({
      cso: { max: 14, clear: 7, leaning: 3 },
      cro: { max: 13, clear: 7, leaning: 3 },
      unclearUnsure: 5,
      questionCount: 8,
    });
  });
});

describe('the need × fit match', () => {
  const cso = { kind: 'cso', strength: 'clear' } as const;
  const csoLeaning = { kind: 'cso', strength: 'leaning' } as const;
  const cro = { kind: 'cro', strength: 'clear' } as const;
  const both = { kind: 'both' } as const;
  const unclear = { kind: 'unclear' } as const;
  test.each([
    [cso, cso, 'match-cso'],
    [csoLeaning, cso, 'match-cso'],
    [cro, cro, 'match-cro'],
    [cso, cro, 'cro-in-cso-seat'],
    [cro, csoLeaning, 'cso-in-cro-seat'],
    [both, cro, 'undetermined'],
    [cso, both, 'undetermined'],
    [unclear, cso, 'undetermined'],
    [cro, unclear, 'undetermined'],
    [both, unclear, 'undetermined'],
  ] as const)('need %o and fit %o is %s', (needVerdict, fitVerdict, outcome) => {
    expect(matchOutcome(needVerdict, fitVerdict)).toBe(outcome);
  });
});

test.each([
  [{ kind: 'cso', strength: 'clear' }, 'cso.clear'],
  [{ kind: 'cso', strength: 'leaning' }, 'cso.leaning'],
  [{ kind: 'both' }, 'both'],
  [{ kind: 'cro', strength: 'leaning' }, 'cro.leaning'],
  [{ kind: 'cro', strength: 'clear' }, 'cro.clear'],
  [{ kind: 'unclear' }, 'unclear'],
] as const)('keys the verdict %o as %s, one of the keys the pages render', (verdict, key) => {
  expect(verdictKey(verdict)).toBe(key);
  expect(VERDICT_KEYS).toContain(key);
});

test('a question’s “not sure” answer is its option marked unsure, in every question of the quiz', () => {
  for (const question of [...need.questions, ...fit.questions]) {
    const unsure = question.options.filter((option) => option.unsure);
    expect(unsure).toHaveLength(1);
    expect(unsureOption(question)).toBe(unsure[0]?.id);
  }
  expect(unsureOption({ options: [{ id: 'yes' }, { id: 'no', unsure: false }] })).toBe('');
});
