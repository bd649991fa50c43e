/**
 * Reads a job description against the quiz's questions about the company: for each question, the
 * answer whose phrases the text uses, with the sentences that use them; nothing where the text
 * says nothing; every answer where sentences point different ways, without choosing. Then the
 * quiz's own engine scores the answers found, the title is set against that verdict, and the
 * points the articles tell a company to decide that the text leaves open are listed.
 * Which phrase signals which answer is the site's reading (`content/`); the lean of an answer is
 * the quiz's. Pure: text and model in, a reading out; the same text always gives the same reading.
 */
import {
  scorePart,
  unsureOption,
  type Lean,
  type PartAnswers,
  type PartResult,
  type ScoredPart,
} from '../quiz/engine.ts';
import { findPhrase, foldText, listWords, stemPhrase, type WordSpan } from './words.ts';

/** The languages the reader reads. */
export const READ_LANGUAGES = ['es', 'en'] as const;

/** A language the reader reads. */
export type ReadLanguage = (typeof READ_LANGUAGES)[number];

/** What the reader knows: the phrases of each answer, of each role's titles, of each open point. */
export interface ReaderModel {
  /** The quiz's questions about the company, in order; each option with the phrases that signal it. */
  questions: readonly {
    id: string;
    options: readonly { id: string; unsure: boolean; phrases: readonly string[] }[];
  }[];
  /** The job titles that name each role. */
  titles: Readonly<Record<Lean, readonly string[]>>;
  /**
   * What the articles tell a company to decide: open when its question (if any) got no single
   * answer and none of its phrases is in the text; a point of one role only where the text's
   * verdict or title names that role.
   */
  undecided: readonly {
    id: string;
    role?: Lean | undefined;
    question?: string | undefined;
    phrases: readonly string[];
  }[];
  /**
   * Common words of each language read, and of the languages a job description here is most often
   * in otherwise (French, Italian, Portuguese, German…), to tell a text in another language.
   */
  commonWords: Readonly<Record<ReadLanguage | 'other', readonly string[]>>;
}

/** A stretch of the text: `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** One phrase found: where, in which sentence, and which phrase of the model. */
export interface Match extends Span {
  sentence: number;
  phrase: string;
}

/** What the text says to one question. */
export type QuestionReading =
  | { question: string; kind: 'silent' }
  | { question: string; kind: 'found'; option: string; matches: Match[] }
  | { question: string; kind: 'conflict'; options: { option: string; matches: Match[] }[] };

/** Every phrase found for a question, whatever the answer it signals. */
export const matchesOf = (question: QuestionReading): Match[] =>
  question.kind === 'found'
    ? question.matches
    : question.kind === 'conflict'
      ? question.options.flatMap(({ matches }) => matches)
      : [];

/** The sentences that gave these matches, each once, in order. */
export const sentencesOf = (matches: readonly Match[]): number[] => [
  ...new Set(matches.map(({ sentence }) => sentence)),
];

/** The text's title, when its first line is one, and the role it names (`both` for two). */
export interface TitleReading {
  line: Span;
  role: Lean | 'both' | undefined;
}

/** What the reader made of a text. */
export type Reading =
  | { kind: 'empty' }
  /** Too few words of either language read: a text in another language. */
  | { kind: 'other-language' }
  /** Read, but nothing in it signals any answer. */
  | { kind: 'no-signal'; language: ReadLanguage; sentences: Span[]; title: TitleReading | undefined }
  | {
      kind: 'read';
      language: ReadLanguage;
      sentences: Span[];
      questions: QuestionReading[];
      /** An answer to every question: the one found, or "not sure". */
      answers: PartAnswers;
      /** The quiz engine's result for those answers. */
      result: PartResult;
      title: TitleReading | undefined;
      /** The title names one role and the content points to the other. */
      mismatch: boolean;
      /** The ids of the open points. */
      undecided: string[];
    };

/** The least share of a text's words that must be common words of Spanish or English. */
export const COMMON_WORD_SHARE = 0.08;
/** Below this many words, a text is read whatever its language (a title alone, a list of terms). */
export const LANGUAGE_MIN_WORDS = 12;
/** A first line of at most this many words is the text's title. */
export const TITLE_MAX_WORDS = 14;

/**
 * Tells the language of a text's words, or `undefined` for another language: when more of its
 * words are common words of other languages than of Spanish or English, or too few are either.
 */
export function detectLanguage(
  words: readonly WordSpan[],
  commonWords: ReaderModel['commonWords'],
): ReadLanguage | undefined {
  // Whole words, not stems: short words of different languages share stems (`como`, `com`).
  const count = (language: keyof ReaderModel['commonWords']) => {
    const common = new Set(commonWords[language].map(foldText));
    return words.filter(({ folded }) => common.has(folded)).length;
  };
  const [es, en, other] = [count('es'), count('en'), count('other')];
  const best = Math.max(es, en);
  if (words.length >= LANGUAGE_MIN_WORDS && (other > best || best < words.length * COMMON_WORD_SHARE)) {
    return undefined;
  }
  return es >= en ? 'es' : 'en';
}

/** Cuts a text into sentences: each line apart (a list item is a sentence), then the platform's sentence breaks. */
export function splitSentences(text: string, language: ReadLanguage): Span[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const sentences: Span[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    for (const { segment, index } of segmenter.segment(line[0])) {
      const lead = segment.length - segment.trimStart().length;
      const body = segment.trim();
      if (body)
        sentences.push({ start: line.index + index + lead, end: line.index + index + lead + body.length });
    }
  }
  return sentences;
}

/** Compiles phrases once: each with its stems. */
const compile = (phrases: readonly string[]) =>
  phrases.map((phrase) => ({ phrase, stems: stemPhrase(phrase) })).filter(({ stems }) => stems.length > 0);

/** Finds the phrases in the words of each sentence. */
function matchPhrases(
  phrases: ReturnType<typeof compile>,
  words: readonly WordSpan[],
  sentenceOf: readonly number[],
): Match[] {
  const matches: Match[] = [];
  for (const { phrase, stems } of phrases) {
    for (const at of findPhrase(words, stems)) {
      const [first, last] = [words[at], words[at + stems.length - 1]];
      const sentence = sentenceOf[at] ?? -1;
      // A phrase counts only within one sentence.
      if (!first || !last || sentence < 0 || sentenceOf[at + stems.length - 1] !== sentence) continue;
      matches.push({ sentence, phrase, start: first.start, end: last.end });
    }
  }
  return matches.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The title: the first line, when it is short enough to be one, and the role its words name. */
function readTitle(
  text: string,
  words: readonly WordSpan[],
  sentenceOf: readonly number[],
  titles: ReaderModel['titles'],
): TitleReading | undefined {
  const line = /[^\n]+/.exec(text);
  if (!line) return undefined;
  const span = { start: line.index, end: line.index + line[0].length };
  const inLine = words.filter(({ start }) => start < span.end);
  if (inLine.length === 0 || inLine.length > TITLE_MAX_WORDS) return undefined;
  const found = (['cso', 'cro'] as const).map((role) =>
    matchPhrases(compile(titles[role]), inLine, sentenceOf.slice(0, inLine.length)),
  );
  const [cso = [], cro = []] = found;
  const role = cso.length && cro.length ? 'both' : cso.length ? 'cso' : cro.length ? 'cro' : undefined;
  return { line: span, role };
}

/** Reads a prepared job description (see `prepareText`) with the model and the quiz's part about the company. */
export function readJobDescription(text: string, model: ReaderModel, part: ScoredPart): Reading {
  const words = listWords(text);
  if (words.length === 0) return { kind: 'empty' };
  const language = detectLanguage(words, model.commonWords);
  if (!language) return { kind: 'other-language' };
  const sentences = splitSentences(text, language);
  // The sentence of each word, by position; -1 for a word outside every sentence (none, in practice).
  const sentenceOf: number[] = [];
  let current = 0;
  for (const word of words) {
    while (current < sentences.length && (sentences[current]?.end ?? 0) <= word.start) current++;
    const sentence = sentences[current];
    sentenceOf.push(sentence && sentence.start <= word.start ? current : -1);
  }
  const title = readTitle(text, words, sentenceOf, model.titles);

  const questions: QuestionReading[] = model.questions.map((question) => {
    const found = question.options.flatMap((option) => {
      const matches = matchPhrases(compile(option.phrases), words, sentenceOf);
      return matches.length > 0 ? [{ option: option.id, matches }] : [];
    });
    const [only] = found;
    if (!only) return { question: question.id, kind: 'silent' };
    if (found.length === 1)
      return { question: question.id, kind: 'found', option: only.option, matches: only.matches };
    return { question: question.id, kind: 'conflict', options: found };
  });
  if (questions.every(({ kind }) => kind === 'silent'))
    return { kind: 'no-signal', language, sentences, title };

  const answers: Record<string, string> = Object.fromEntries(
    model.questions.map((question, index) => {
      const reading = questions[index];
      return [question.id, reading?.kind === 'found' ? reading.option : unsureOption(question)];
    }),
  );
  const result = scorePart(part, answers);
  if (!result) throw new Error('Reader and quiz questions differ');
  const content =
    result.verdict.kind === 'cso' || result.verdict.kind === 'cro' ? result.verdict.kind : undefined;
  const named = title?.role === 'cso' || title?.role === 'cro' ? title.role : undefined;
  const mismatch = content !== undefined && named !== undefined && content !== named;

  // The title names the role being hired: it settles none of the points around that person.
  const afterTitle = (match: Match) => !title || match.start >= title.line.end;
  const undecided = model.undecided.flatMap(({ id, role, question, phrases }) => {
    if (role && role !== content && role !== named) return [];
    const reading = questions.find((entry) => entry.question === question);
    if (reading?.kind === 'found') return [];
    if (matchPhrases(compile(phrases), words, sentenceOf).some(afterTitle)) return [];
    return [id];
  });
  return { kind: 'read', language, sentences, questions, answers, result, title, mismatch, undecided };
}
