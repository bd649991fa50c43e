import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  decideVerdict,
  matchOutcome,
  pointBands,
  scorePart,
  scaleOf,
  type PartAnswers,
  type ScoredPart,
  type Verdict,
} from './engine.ts';
import { readQuiz } from './read-quiz-file.ts';

const quiz = readQuiz();
const [need, fit] = quiz.parts;

/** Answers every question of a part with the option picked by `choose`. */
function answerAll(part: ScoredPart, choose: (weights: number[]) => number): PartAnswers {
  return Object.fromEntries(
    part.questions.map((question) => {
      const target = choose(question.options.map(({ weight }) => weight));
      const option = question.options.find(({ weight }) => weight === target);
      if (!option) throw new Error(`no option of weight ${target} in ${question.id}`);
      return [question.id, option.id];
    }),
  );
}

const strongestCso = (weights: number[]) => Math.min(...weights);
const strongestCro = (weights: number[]) => Math.max(...weights);

/** An arbitrary complete answer set of a part, as option indexes. */
const answersOf = (part: ScoredPart) =>
  fc
    .tuple(...part.questions.map((question) => fc.integer({ min: 0, max: question.options.length - 1 })))
    .map((indexes) =>
      Object.fromEntries(
        part.questions.map((question, i) => [question.id, question.options[indexes[i] ?? 0]?.id ?? '']),
      ),
    );

const mirror = (verdict: Verdict): Verdict =>
  verdict.kind === 'cso'
    ? { ...verdict, kind: 'cro' }
    : verdict.kind === 'cro'
      ? { ...verdict, kind: 'cso' }
      : verdict;

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
    expect(result?.reasons).toHaveLength(3);
    for (const reason of result?.reasons ?? []) expect(reason.weight).toBe(2);
    for (const dimension of result?.dimensions ?? [])
      expect(dimension.verdict).toEqual({ kind: 'cro', strength: 'clear' });
  });

  test('gives no verdict when every answer is neutral', () => {
    expect(
      scorePart(
        part,
        answerAll(part, () => 0),
      )?.verdict,
    ).toEqual({ kind: 'unclear' });
  });

  test('gives "both", not a confident verdict, when strong answers cancel out', () => {
    let flip = false;
    const answers = answerAll(part, (weights) => {
      flip = !flip;
      return flip ? strongestCso(weights) : strongestCro(weights);
    });
    const result = scorePart(part, answers);
    expect(Math.abs(result?.tally.points ?? 99)).toBeLessThan(pointBands(part).leaning);
    expect(result?.verdict).toEqual({ kind: 'both' });
  });

  test('refuses to score a part with a question unanswered', () => {
    const answers = { ...answerAll(part, strongestCro) };
    delete answers[part.questions[0]?.id ?? ''];
    expect(scorePart(part, answers)).toBeUndefined();
  });

  test('gives a valid result for every possible answer set', () => {
    fc.assert(
      fc.property(answersOf(part), (answers) => {
        const result = scorePart(part, answers);
        expect(result).toBeDefined();
        if (!result) return;
        const scale = scaleOf(result.tally);
        expect(scale).toBeGreaterThanOrEqual(-1);
        expect(scale).toBeLessThanOrEqual(1);
        expect(['cso', 'cro', 'both', 'unclear']).toContain(result.verdict.kind);
        expect(result.dimensions.map(({ id }) => id).sort()).toEqual(
          part.dimensions.map(({ id }) => id).sort(),
        );
        expect(result.reasons.length).toBeLessThanOrEqual(3);
        for (const reason of result.reasons) expect(reason.weight).not.toBe(0);
      }),
      { numRuns: 2000 },
    );
  });

  test('gives the mirrored verdict for mirrored answers', () => {
    fc.assert(
      fc.property(answersOf(part), (answers) => {
        const mirrored = Object.fromEntries(
          part.questions.map((question) => {
            const weight = question.options.find(({ id }) => id === answers[question.id])?.weight ?? NaN;
            return [question.id, question.options.find((option) => option.weight === -weight)?.id ?? ''];
          }),
        );
        const original = scorePart(part, answers);
        const reflected = scorePart(part, mirrored);
        expect(reflected?.verdict).toEqual(original && mirror(original.verdict));
        expect((reflected?.tally.points ?? NaN) + (original?.tally.points ?? NaN)).toBe(0);
      }),
      { numRuns: 1000 },
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
    for (let points = -bands.maxPoints; points <= bands.maxPoints; points++) {
      for (let decided = 0; decided <= total; decided++) {
        const verdict = decideVerdict({ points, maxPoints: bands.maxPoints, decided, total });
        const size = Math.abs(points);
        const onPaper =
          total - decided >= bands.unclearNeutrals
            ? 'unclear'
            : size >= bands.clear
              ? 'clear'
              : size >= bands.leaning
                ? 'leaning'
                : 'both';
        expect(verdict.kind === 'unclear' || verdict.kind === 'both' ? verdict.kind : verdict.strength).toBe(
          onPaper,
        );
      }
    }
  });
});

describe('the verdict thresholds, at their edges', () => {
  // 20 points possible, 10 questions: clear from 10 points, leaning from 4, unclear below 5 leaning answers.
  test.each([
    [10, 10, { kind: 'cro', strength: 'clear' }],
    [9, 10, { kind: 'cro', strength: 'leaning' }],
    [4, 10, { kind: 'cro', strength: 'leaning' }],
    [3, 10, { kind: 'both' }],
    [0, 10, { kind: 'both' }],
    [-3, 10, { kind: 'both' }],
    [-4, 10, { kind: 'cso', strength: 'leaning' }],
    [-9, 10, { kind: 'cso', strength: 'leaning' }],
    [-10, 10, { kind: 'cso', strength: 'clear' }],
    [-20, 10, { kind: 'cso', strength: 'clear' }],
    [10, 5, { kind: 'cro', strength: 'clear' }],
    [10, 4, { kind: 'unclear' }],
    [-8, 4, { kind: 'unclear' }],
  ] as const)('%i points with %i leaning answers of 10 is %o', (points, decided, expected) => {
    expect(decideVerdict({ points, maxPoints: 20, decided, total: 10 })).toEqual(expected);
  });

  test('turn into whole points for the paper guide', () => {
    expect(pointBands(need)).toEqual({
      maxPoints: 17,
      clear: 9,
      leaning: 4,
      unclearNeutrals: 5,
      questionCount: 9,
    });
    expect(pointBands(fit)).toEqual({
      maxPoints: 16,
      clear: 8,
      leaning: 4,
      unclearNeutrals: 5,
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
