import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createEvidenceSchema, createStatementSchema, DisputedSchema } from '../evidence/schema.ts';
import { LocalizedTextSchema } from '../site/localized.ts';
import type { Language } from '../site/languages.ts';
import { OUTCOME_IDS, PART_IDS, type OutcomeId } from './ids.ts';

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

function reportDuplicates(ids: readonly string[], what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const value of ids) {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `${what} "${value}" is used twice` });
    seen.add(value);
  }
}

/**
 * Phrases in the languages a job description is read in, whatever the page's language: a Spanish
 * job description often uses English terms (`SDR`, `customer success`), and the reverse.
 */
export const PhrasesSchema = z.strictObject({
  /** Spanish phrases, as a job description writes them; case, accents and plurals do not matter. */
  es: z.array(z.string().trim().min(1)),
  /** English phrases, likewise. */
  en: z.array(z.string().trim().min(1)),
});

/** Phrases in each language read, as validated. */
export type Phrases = z.infer<typeof PhrasesSchema>;

/** How far a leaning option may lean: 2 only when the quote says it of the role outright. */
export const MAX_STRENGTH = { stated: 2, reading: 1 } as const satisfies Record<string, number>;

/** Builds the schema of the quiz definition, with every quote checked against the articles. */
export function createQuizSchema(sources: SourceIndex) {
  const cite = createEvidenceSchema(sources);
  const common = {
    /** Stable id, used in share links: changing it needs a new quiz version. */
    id: id(),
    /** The answer as the person reads it. */
    label: LocalizedTextSchema,
    /**
     * For a question about the company: the phrases that, in a job description, point to this
     * answer (the site's reading), in Spanish and in English; read by the job-description reader.
     */
    signals: PhrasesSchema.optional(),
  };

  /**
   * One answer to a question, by what it says of the roles: it leans one way (and why), it is
   * informative but the articles name it as a sign of neither role, or it is "not sure".
   */
  const OptionSchema = z
    .discriminatedUnion('lean', [
      z.strictObject({
        ...common,
        /** The role the answer points to. */
        lean: z.enum(['cso', 'cro']),
        /** How far it points: 1 or 2 points. */
        strength: z.union([z.literal(1), z.literal(2)]),
        /** `stated`: the quotes say it of the role outright; `reading`: the site's reading of them. */
        basis: z.enum(['stated', 'reading']),
        /** One sentence on why the answer leans, carried by the quotes. */
        explanation: LocalizedTextSchema,
        /** The quotes the explanation rests on. */
        cite,
        /** The disputed points on which the explanation gives one article's view. */
        disputed: DisputedSchema.optional(),
      }),
      z.strictObject({
        ...common,
        /** An answer that neither article names as a sign of either role: no points. */
        lean: z.literal('none'),
        /** Why the answer leans neither way, carried by the quotes. */
        explanation: LocalizedTextSchema,
        /** The quotes that show what the articles do name. */
        cite,
        /** The disputed points on which the explanation gives one article's view. */
        disputed: DisputedSchema.optional(),
      }),
      z.strictObject({
        ...common,
        /** "Not sure": no points, and too many of them mean no verdict. */
        lean: z.literal('unsure'),
      }),
    ])
    .superRefine((option, ctx) => {
      if (option.lean === 'cso' || option.lean === 'cro') {
        if (option.strength > MAX_STRENGTH[option.basis]) {
          ctx.addIssue({
            code: 'custom',
            message: `option "${option.id}" leans ${option.strength} on the site's reading: a reading leans 1 at most`,
          });
        }
      }
    })
    .transform((option) => ({
      ...option,
      /** Points of the answer: negative for a CSO, positive for a CRO, 0 for neither. */
      weight: option.lean === 'cso' ? -option.strength : option.lean === 'cro' ? option.strength : 0,
      /** The "not sure" answer, which does not count towards a verdict. */
      unsure: option.lean === 'unsure',
    }));

  /** One single-choice question. */
  const QuestionSchema = z
    .object({
      /** Stable id, used in share links. */
      id: id(),
      /** The dimension of the part's breakdown that this question feeds. */
      dimension: id(),
      /** The question as the person reads it. */
      prompt: LocalizedTextSchema,
      /** The answers: at least one that leans, and exactly one "not sure". */
      options: z.array(OptionSchema).min(2),
    })
    .superRefine((question, ctx) => {
      const where = `question "${question.id}"`;
      reportDuplicates(
        question.options.map((option) => option.id),
        `${where}: the option id`,
        ctx,
      );
      if (question.options.filter(({ lean }) => lean === 'unsure').length !== 1) {
        ctx.addIssue({ code: 'custom', message: `${where} needs exactly one "not sure" option` });
      }
      if (!question.options.some(({ weight }) => weight !== 0)) {
        ctx.addIssue({ code: 'custom', message: `${where} has no option that leans either way` });
      }
    });

  /** One part of the quiz, with its questions and the dimensions they feed. */
  const PartSchema = z
    .object({
      /** Which part this is. */
      id: z.enum(PART_IDS),
      /** The part's title, a question. */
      title: LocalizedTextSchema,
      /** One or two sentences before the first question. */
      intro: LocalizedTextSchema,
      /** The dimensions of the result's breakdown, in the order shown. */
      dimensions: z.array(z.object({ id: id(), label: LocalizedTextSchema })).min(1),
      /** Six to ten questions, in the order asked. */
      questions: z.array(QuestionSchema).min(6).max(10),
    })
    .superRefine((part, ctx) => {
      reportDuplicates(
        part.questions.map((question) => question.id),
        `part "${part.id}": the question id`,
        ctx,
      );
      const dimensions = new Set(part.dimensions.map((dimension) => dimension.id));
      for (const question of part.questions) {
        if (!dimensions.has(question.dimension)) {
          ctx.addIssue({
            code: 'custom',
            message: `part "${part.id}": question "${question.id}" feeds the unknown dimension "${question.dimension}"`,
          });
        }
      }
      for (const dimension of dimensions) {
        if (!part.questions.some((question) => question.dimension === dimension)) {
          ctx.addIssue({ code: 'custom', message: `part "${part.id}": no question feeds "${dimension}"` });
        }
      }
      for (const question of part.questions) {
        for (const option of question.options) {
          const where = `part "${part.id}": question "${question.id}", option "${option.id}"`;
          if (option.signals && part.id !== 'need') {
            ctx.addIssue({
              code: 'custom',
              message: `${where}: only the questions about the company have signals`,
            });
          }
          if (option.signals && option.lean === 'unsure') {
            ctx.addIssue({ code: 'custom', message: `${where}: "not sure" has no signals` });
          }
        }
      }
      for (const lean of ['cso', 'cro'] as const) {
        if (!part.questions.some((question) => question.options.some((option) => option.lean === lean))) {
          ctx.addIssue({ code: 'custom', message: `part "${part.id}": no answer leans towards ${lean}` });
        }
      }
    });

  const statement = createStatementSchema(sources);

  /** What the articles say of one need × fit outcome, and their advice. */
  const OutcomeSchema = z.object({
    /** A short name for the outcome: a match, a mismatch. */
    title: LocalizedTextSchema,
    /** What the outcome is, in the quiz's own terms. */
    text: LocalizedTextSchema,
    /** For a mismatch, what the article says will happen. */
    consequence: statement.optional(),
    /** What the article advises for this outcome. */
    advice: statement,
  });

  return z
    .object({
      /** The quiz's id. */
      id: id(),
      /** Version of the question and option ids; share links carry it, older links are refused. */
      version: z.number().int().positive(),
      /** The two parts, company need first. */
      parts: z.tuple([PartSchema, PartSchema]),
      /** What each outcome of the need × fit match means. */
      outcomes: z.object(
        Object.fromEntries(OUTCOME_IDS.map((outcome) => [outcome, OutcomeSchema])) as Record<
          OutcomeId,
          typeof OutcomeSchema
        >,
      ),
    })
    .superRefine((quiz, ctx) => {
      if (quiz.parts[0].id !== 'need' || quiz.parts[1].id !== 'fit') {
        ctx.addIssue({ code: 'custom', message: 'the parts must be "need" then "fit"' });
      }
      for (const outcome of ['cro-in-cso-seat', 'cso-in-cro-seat'] as const) {
        if (!quiz.outcomes[outcome].consequence) {
          ctx.addIssue({ code: 'custom', message: `the mismatch "${outcome}" needs its consequence` });
        }
      }
    });
}

/** The quiz definition, as validated. */
export type Quiz = z.infer<ReturnType<typeof createQuizSchema>>;

/** One part of the quiz, as validated. */
export type Part = Quiz['parts'][number];

/** One question, as validated. */
export type Question = Part['questions'][number];

/** One answer option, as validated. */
export type Option = Question['options'][number];

/** What each step of the quiz renders from: the definition, in the page's language. */
export interface QuizStepProps {
  quiz: Quiz;
  lang: Language;
}
