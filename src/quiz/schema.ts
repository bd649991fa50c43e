import { z } from 'astro/zod';
import type { AnchorIndex } from '../content/citations.ts';
import { createCitationSchema } from '../comparison/schema.ts';
import { LocalizedTextSchema } from '../i18n/localized.ts';
import { OUTCOME_IDS, PART_IDS, type OutcomeId } from './ids.ts';

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

function reportDuplicates(ids: readonly string[], what: string, ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const value of ids) {
    if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `${what} "${value}" is used twice` });
    seen.add(value);
  }
}

/** Builds the schema of the quiz definition, with citations checked against the existing anchors. */
export function createQuizSchema(anchors: AnchorIndex) {
  const cite = createCitationSchema(anchors);

  /** One answer to a question. */
  const OptionSchema = z
    .object({
      /** Stable id, used in share links: changing it needs a new quiz version. */
      id: id(),
      /** How far the answer points to a CSO (negative) or a CRO (positive); 0 is neutral. */
      weight: z.number().int().min(-2).max(2),
      /** The answer as the person reads it. */
      label: LocalizedTextSchema,
      /** One sentence on why the answer leans the way it does; required unless neutral. */
      explanation: LocalizedTextSchema.optional(),
      /** The passage the explanation comes from, as `article#section`; required unless neutral. */
      cite: cite.optional(),
    })
    .superRefine((option, ctx) => {
      if (option.weight !== 0 && (!option.explanation || !option.cite)) {
        ctx.addIssue({
          code: 'custom',
          message: `option "${option.id}" leans (weight ${option.weight}) but has no explanation and citation`,
        });
      }
    });

  /** One single-choice question. */
  const QuestionSchema = z
    .object({
      /** Stable id, used in share links. */
      id: id(),
      /** The dimension of the part's breakdown that this question feeds. */
      dimension: id(),
      /** The question as the person reads it. */
      prompt: LocalizedTextSchema,
      /** The answers, at least two: exactly one neutral, and balanced between the roles. */
      options: z.array(OptionSchema).min(2),
    })
    .superRefine((question, ctx) => {
      const where = `question "${question.id}"`;
      reportDuplicates(
        question.options.map((option) => option.id),
        `${where}: the option id`,
        ctx,
      );
      const weights = question.options.map((option) => option.weight);
      reportDuplicates(weights.map(String), `${where}: the weight`, ctx);
      if (weights.filter((weight) => weight === 0).length !== 1) {
        ctx.addIssue({ code: 'custom', message: `${where} needs exactly one neutral option (weight 0)` });
      }
      for (const weight of weights) {
        if (!weights.includes(-weight)) {
          ctx.addIssue({
            code: 'custom',
            message: `${where} is unbalanced: weight ${weight} has no counterpart ${-weight}`,
          });
        }
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
    });

  /** What the articles say of one need × fit outcome, and their advice. */
  const OutcomeSchema = z.object({
    title: LocalizedTextSchema,
    text: LocalizedTextSchema,
    advice: LocalizedTextSchema,
    /** The passage the outcome comes from, as `article#section`. */
    cite,
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
