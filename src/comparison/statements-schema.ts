import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createStatementSchema } from '../evidence/schema.ts';
import { LocalizedTextSchema } from '../site/localized.ts';
import { DISAGREEMENT_KINDS, findSideProblems } from './disagreement-sides.ts';

/** Builds the schema of a group of cited statements that a page places with `<Statements>`. */
export function createStatementGroupSchema(sources: SourceIndex) {
  return z.object({
    /** The group's id, as the page names it. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The statements, in the order shown. */
    items: z.array(createStatementSchema(sources).strict()).min(1),
  });
}

/**
 * Builds the schema of a point on which the two articles pull apart: two sides, each quoting its
 * own article, or one article twice where it contradicts itself (and says so, `kind: contradiction`).
 */
export function createDisagreementSchema(sources: SourceIndex) {
  const side = createStatementSchema(sources).omit({ disputed: true }).strict();
  return z
    .object({
      /** Stable id of the point: its anchor on the comparison page, the same in both languages. */
      id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens'),
      /** How the sides differ: they disagree, they stress different things, or one article says both. */
      kind: z.enum(DISAGREEMENT_KINDS),
      /** The point, as a question. */
      topic: LocalizedTextSchema,
      /** What each side says, in its own article's words: exactly two sides. */
      sides: z.tuple([side, side]),
    })
    .superRefine((point, ctx) => {
      for (const problem of findSideProblems(point.kind, point.sides)) {
        ctx.addIssue({ code: 'custom', path: ['sides'], message: `The point "${point.id}": ${problem}` });
      }
    });
}

/** Builds the schema of every point on which the articles pull apart, in the order shown, each id once. */
export function createDisagreementsSchema(sources: SourceIndex) {
  return z.object({
    /** The list's id in its file. */
    id: z.literal('disagreements'),
    /** The points, in the order the comparison page shows them. */
    points: z
      .array(createDisagreementSchema(sources))
      .min(1)
      .superRefine((points, ctx) => {
        const seen = new Set<string>();
        for (const { id } of points) {
          if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `The point id "${id}" is used twice` });
          seen.add(id);
        }
      }),
  });
}

/** A point on which the articles pull apart, as validated. */
export type Disagreement = z.infer<ReturnType<typeof createDisagreementSchema>>;
