/**
 * Share links: the answers of a result in the query string, e.g.
 * `?v=1&need=channels_one.products_several&fit=background_sales`. Only a link of the current
 * quiz version, naming known questions and options, is accepted.
 */
import type { Answers, ScoredPart } from './engine.ts';
import { PART_IDS, type PartId } from './ids.ts';

/** What a share link needs to know of the quiz. */
export interface ShareableQuiz {
  version: number;
  parts: readonly ScoredPart[];
}

/** Why a link can be refused: another quiz version, not a link the quiz writes, or answers missing. */
export const LINK_PROBLEMS = ['outdated', 'malformed', 'incomplete'] as const;

/** Why a link was refused. */
export type LinkProblem = (typeof LINK_PROBLEMS)[number];

/** What a query string held. */
export type DecodedLink =
  { kind: 'none' } | { kind: 'ok'; answers: Answers } | { kind: 'invalid'; problem: LinkProblem };

const VERSION_PARAM = 'v';
const PAIR_SEPARATOR = '.';
const ID_SEPARATOR = '_';

/** Writes answers as a query string (without `?`), questions in the quiz's order. */
export function encodeAnswers(quiz: ShareableQuiz, answers: Answers): string {
  const params = new URLSearchParams({ [VERSION_PARAM]: String(quiz.version) });
  for (const part of quiz.parts) {
    const own = answers[part.id];
    if (!own) continue;
    const pairs = part.questions.flatMap(({ id }) => (own[id] ? [`${id}${ID_SEPARATOR}${own[id]}`] : []));
    if (pairs.length > 0) params.set(part.id, pairs.join(PAIR_SEPARATOR));
  }
  return params.toString();
}

function decodePart(part: ScoredPart, value: string): Record<string, string> | undefined {
  const answers: Record<string, string> = {};
  for (const pair of value.split(PAIR_SEPARATOR)) {
    const at = pair.indexOf(ID_SEPARATOR);
    const questionId = pair.slice(0, at);
    const optionId = pair.slice(at + 1);
    const question = part.questions.find(({ id }) => id === questionId);
    if (at < 1 || !question || questionId in answers || !question.options.some(({ id }) => id === optionId)) {
      return undefined;
    }
    answers[questionId] = optionId;
  }
  return answers;
}

/**
 * Reads answers from a query string. Never throws: anything but a well-formed link of the current
 * version, with known ids (and, when `complete`, every question of a part answered), is refused.
 */
export function decodeAnswers(quiz: ShareableQuiz, search: string, { complete = true } = {}): DecodedLink {
  // A string never makes URLSearchParams throw: anything odd in it is refused below.
  const params = new URLSearchParams(search);
  const keys = [VERSION_PARAM, ...PART_IDS];
  if (keys.every((key) => !params.has(key))) return { kind: 'none' };
  if (keys.some((key) => params.getAll(key).length > 1)) return { kind: 'invalid', problem: 'malformed' };
  const version = params.get(VERSION_PARAM) ?? '';
  if (!/^[1-9][0-9]{0,5}$/.test(version)) return { kind: 'invalid', problem: 'malformed' };
  if (Number(version) !== quiz.version) return { kind: 'invalid', problem: 'outdated' };
  const answers: Answers = {};
  for (const part of quiz.parts) {
    const value = params.get(part.id);
    if (value === null) continue;
    const decoded = decodePart(part, value);
    if (!decoded) return { kind: 'invalid', problem: 'malformed' };
    if (complete && Object.keys(decoded).length !== part.questions.length) {
      return { kind: 'invalid', problem: 'incomplete' };
    }
    answers[part.id as PartId] = decoded;
  }
  if (complete && Object.keys(answers).length === 0) return { kind: 'invalid', problem: 'incomplete' };
  return { kind: 'ok', answers };
}
