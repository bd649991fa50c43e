/**
 * A quiz in progress, as kept in storage between visits: which parts the person chose, their
 * answers so far and the step they are on. Read back with full validation: storage is input.
 */
import type { Answers, ScoredPart } from './engine.ts';
import { decodeAnswers, encodeAnswers, type ShareableQuiz } from './share-link.ts';
import { PART_IDS, type PartId } from './ids.ts';

/** Where the person is in the quiz. */
export type Step =
  | { kind: 'start' }
  | { kind: 'question'; part: PartId; index: number }
  | { kind: 'summary' }
  | { kind: 'result' };

/** A quiz in progress. */
export interface Progress {
  /** The parts the person chose to take, in order. */
  plan: PartId[];
  answers: Answers;
  step: Step;
}

/** The start of a quiz: nothing chosen, nothing answered. */
export const START: Progress = { plan: [], answers: {}, step: { kind: 'start' } };

/** Tells whether every question of every planned part has an answer. */
export function isComplete(quiz: ShareableQuiz, plan: readonly PartId[], answers: Answers): boolean {
  return plan.every((partId) => {
    const part = quiz.parts.find(({ id }) => id === partId);
    return part !== undefined && part.questions.every(({ id }) => answers[partId]?.[id] !== undefined);
  });
}

/** Writes progress as a short string for storage. */
export function serializeProgress(quiz: ShareableQuiz, { plan, answers, step }: Progress): string {
  return JSON.stringify({ plan, answers: encodeAnswers(quiz, answers), step });
}

// Parts of the quiz, each once (so never more than there are).
const isPlan = (value: unknown): value is PartId[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  new Set(value).size === value.length &&
  value.every((part) => (PART_IDS as readonly unknown[]).includes(part));

function readStep(quiz: ShareableQuiz, plan: PartId[], answers: Answers, value: unknown): Step | undefined {
  // `Object()` of anything that is not an object is an empty one: every field below is then absent.
  const { kind, part: id, index } = Object(value) as Record<string, unknown>;
  if (kind === 'summary' || kind === 'result') return isComplete(quiz, plan, answers) ? { kind } : undefined;
  const part: ScoredPart | undefined = quiz.parts.find((candidate) => candidate.id === id);
  // An index is a whole number of a question of the part: not negative, not past its last.
  if (kind !== 'question' || !part || !plan.includes(part.id) || !Number.isInteger(index)) return undefined;
  return part.questions[index as number] ? { kind, part: part.id, index: index as number } : undefined;
}

/** Reads stored progress back; anything unexpected gives `undefined`, never an exception. */
export function parseProgress(quiz: ShareableQuiz, text: string | null | undefined): Progress | undefined {
  if (!text) return undefined;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { plan, answers: encoded, step } = raw as Record<string, unknown>;
  if (!isPlan(plan) || typeof encoded !== 'string') return undefined;
  const decoded = decodeAnswers(quiz, encoded, { complete: false });
  const answers = decoded.kind === 'ok' ? decoded.answers : decoded.kind === 'none' ? {} : undefined;
  if (!answers || Object.keys(answers).some((part) => !plan.includes(part as PartId))) return undefined;
  const checkedStep = readStep(quiz, plan, answers, step);
  return checkedStep ? { plan, answers, step: checkedStep } : undefined;
}
