/**
 * The role-fit quiz's scoring, with no DOM: the browser island and the page's paper guide both
 * use it. Weights are negative for a CSO and positive for a CRO.
 */
import type { OutcomeId, PartId } from './ids.ts';

/** An answer option as the engine needs it. */
export interface ScoredOption {
  id: string;
  /** Points: negative for a CSO, positive for a CRO, 0 for neither. */
  weight: number;
  /** The "not sure" answer, which does not count towards a verdict. */
  unsure?: boolean;
}

/** A question as the engine needs it. */
export interface ScoredQuestion {
  id: string;
  dimension: string;
  options: readonly ScoredOption[];
}

/** A part as the engine needs it. */
export interface ScoredPart {
  id: PartId;
  questions: readonly ScoredQuestion[];
}

/** The answers to one part: option id by question id. */
export type PartAnswers = Readonly<Record<string, string>>;

/** The answers to the parts a person took. */
export type Answers = Partial<Record<PartId, PartAnswers>>;

/** The role an answer set points to. */
export type Lean = 'cso' | 'cro';

/** Where a set of answers lands on the CSO ↔ CRO scale. */
export type Verdict =
  | { kind: Lean; strength: 'clear' | 'leaning' }
  /** The answers point both ways: it depends, or the company needs both. */
  | { kind: 'both' }
  /** Too many neutral answers to say anything. */
  | { kind: 'unclear' };

/** A fraction, kept as two integers so that thresholds hold exactly at their edges. */
type Fraction = readonly [numerator: number, denominator: number];

/** The verdict thresholds, as shares of the largest possible score. */
export const THRESHOLDS = {
  /** At least this share of the maximum, one way: a clear verdict. */
  clear: [1, 2],
  /** At least this share, one way: a leaning verdict; below it, "both". */
  leaning: [1, 5],
  /** At least this share of the answers must be more than "not sure"; otherwise "unclear". */
  decided: [1, 2],
} as const satisfies Record<string, Fraction>;

/** The points of a set of answers, against what they could have been. */
export interface Tally {
  /** Sum of the weights of the answers: negative for CSO, positive for CRO. */
  points: number;
  /** The most CSO points the questions allow, as a positive number. */
  maxCso: number;
  /** The most CRO points the questions allow. */
  maxCro: number;
  /** How many answers are more than "not sure". */
  decided: number;
  /** How many questions were counted. */
  total: number;
}

const reaches = (value: number, whole: number, [num, den]: Fraction) => value * den >= num * whole;

/**
 * Decides the verdict of a tally with the thresholds above, each side against the most points it
 * could reach: the articles give more signs for one role than for the other, and an absent sign is
 * not a sign for the other role.
 */
export function decideVerdict({ points, maxCso, maxCro, decided, total }: Tally): Verdict {
  if (total === 0 || !reaches(decided, total, THRESHOLDS.decided)) return { kind: 'unclear' };
  const kind: Lean = points < 0 ? 'cso' : 'cro';
  const size = Math.abs(points);
  const most = kind === 'cso' ? maxCso : maxCro;
  if (size === 0 || most === 0) return { kind: 'both' };
  if (reaches(size, most, THRESHOLDS.clear)) return { kind, strength: 'clear' };
  if (reaches(size, most, THRESHOLDS.leaning)) return { kind, strength: 'leaning' };
  return { kind: 'both' };
}

/** Every verdict as the pages' hidden sentences are keyed, from the most CSO to the most CRO. */
export const VERDICT_KEYS = [
  'cso.clear',
  'cso.leaning',
  'both',
  'cro.leaning',
  'cro.clear',
  'unclear',
] as const;

/** A verdict's key: `cso.clear`, `both`, `unclear`… */
export type VerdictKey = (typeof VERDICT_KEYS)[number];

/** Every kind of verdict: how a dimension of the result leans. */
export const VERDICT_KINDS = ['cso', 'cro', 'both', 'unclear'] as const satisfies readonly Verdict['kind'][];

/** Names a verdict as the pages' hidden sentences are keyed: `cso.clear`, `both`, `unclear`… */
export const verdictKey = (verdict: Verdict): VerdictKey =>
  verdict.kind === 'cso' || verdict.kind === 'cro' ? `${verdict.kind}.${verdict.strength}` : verdict.kind;

/** A position on the scale, from -1 (the most CSO possible) to 1 (the most CRO possible). */
export function scaleOf({ points, maxCso, maxCro }: Tally): number {
  const most = points < 0 ? maxCso : maxCro;
  return most === 0 ? 0 : points / most;
}

const maxCsoOf = (question: ScoredQuestion) => Math.max(0, ...question.options.map(({ weight }) => -weight));
const maxCroOf = (question: ScoredQuestion) => Math.max(0, ...question.options.map(({ weight }) => weight));

/** An answer that counted, with its question, option and weight. */
export interface WeighedAnswer {
  question: string;
  option: string;
  weight: number;
  unsure: boolean;
}

/** The result of one part. */
export interface PartResult {
  part: PartId;
  tally: Tally;
  verdict: Verdict;
  /** The same, dimension by dimension, in the order the dimensions first appear. */
  dimensions: { id: string; tally: Tally; verdict: Verdict }[];
  /** The answers that weighed most, strongest first, those agreeing with the verdict first. */
  reasons: WeighedAnswer[];
}

function tallyOf(answers: readonly WeighedAnswer[], questions: readonly ScoredQuestion[]): Tally {
  return {
    points: answers.reduce((sum, { weight }) => sum + weight, 0),
    maxCso: questions.reduce((sum, question) => sum + maxCsoOf(question), 0),
    maxCro: questions.reduce((sum, question) => sum + maxCroOf(question), 0),
    decided: answers.filter(({ unsure }) => !unsure).length,
    total: questions.length,
  };
}

/** A question's "not sure" answer: what a question nothing has answered is left at. */
export function unsureOption(question: { options: readonly Pick<ScoredOption, 'id' | 'unsure'>[] }): string {
  return question.options.find(({ unsure }) => unsure)?.id ?? '';
}

/** Finds the chosen option of every question, or `undefined` when one is missing or unknown. */
export function weighAnswers(part: ScoredPart, answers: PartAnswers): WeighedAnswer[] | undefined {
  const weighed: WeighedAnswer[] = [];
  for (const question of part.questions) {
    const option = question.options.find(({ id }) => id === answers[question.id]);
    if (!option) return undefined;
    weighed.push({
      question: question.id,
      option: option.id,
      weight: option.weight,
      unsure: option.unsure === true,
    });
  }
  return weighed;
}

/** How many answers that weighed most a result lists. */
export const REASON_COUNT = 3;

/** Scores a completed part; returns `undefined` when a question is unanswered. */
export function scorePart(part: ScoredPart, answers: PartAnswers): PartResult | undefined {
  const weighed = weighAnswers(part, answers);
  if (!weighed) return undefined;
  const tally = tallyOf(weighed, part.questions);
  const verdict = decideVerdict(tally);
  const dimensionIds = [...new Set(part.questions.map(({ dimension }) => dimension))];
  const dimensions = dimensionIds.map((id) => {
    const questions = part.questions.filter(({ dimension }) => dimension === id);
    const own = weighed.filter(({ question }) => questions.some((q) => q.id === question));
    const dimensionTally = tallyOf(own, questions);
    return { id, tally: dimensionTally, verdict: decideVerdict(dimensionTally) };
  });
  const direction = verdict.kind === 'cso' ? -1 : verdict.kind === 'cro' ? 1 : 0;
  const agrees = ({ weight }: WeighedAnswer) => Number(Math.sign(weight) === direction);
  // The sort is stable: among equals, the order of the questions stays.
  const reasons = weighed
    .filter(({ weight }) => weight !== 0)
    .sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || agrees(b) - agrees(a))
    .slice(0, REASON_COUNT);
  return { part: part.id, tally, verdict, dimensions, reasons };
}

/** Puts what the company needs next to the role the candidate fits. */
export function matchOutcome(need: Verdict, fit: Verdict): OutcomeId {
  if ((need.kind !== 'cso' && need.kind !== 'cro') || (fit.kind !== 'cso' && fit.kind !== 'cro')) {
    return 'undetermined';
  }
  if (need.kind === fit.kind) return need.kind === 'cso' ? 'match-cso' : 'match-cro';
  return need.kind === 'cso' ? 'cro-in-cso-seat' : 'cso-in-cro-seat';
}

/** The thresholds of one side in points, for scoring on paper. */
export interface SideBands {
  /** The most points the side can reach. */
  max: number;
  /** Points from which the verdict is clear. */
  clear: number;
  /** Points from which the verdict leans; below, it is "both". */
  leaning: number;
}

/** The thresholds of a part, for scoring on paper. */
export interface PointBands {
  cso: SideBands;
  cro: SideBands;
  /** "Not sure" answers from which there is no verdict. */
  unclearUnsure: number;
  questionCount: number;
}

/** Turns the thresholds into whole points for a part, the same ones `decideVerdict` applies. */
export function pointBands(part: ScoredPart): PointBands {
  const total = part.questions.length;
  const least = (whole: number, [num, den]: Fraction) => Math.ceil((num * whole) / den);
  const side = (max: number): SideBands => ({
    max,
    clear: Math.max(1, least(max, THRESHOLDS.clear)),
    leaning: Math.max(1, least(max, THRESHOLDS.leaning)),
  });
  return {
    cso: side(part.questions.reduce((sum, question) => sum + maxCsoOf(question), 0)),
    cro: side(part.questions.reduce((sum, question) => sum + maxCroOf(question), 0)),
    unclearUnsure: total - least(total, THRESHOLDS.decided) + 1,
    questionCount: total,
  };
}
