import { z } from 'astro/zod';
import { findCitationProblem, type AnchorIndex } from '../content/citations.ts';
import { LocalizedTextSchema } from '../i18n/localized.ts';

/** Builds the schema of a citation, `article#section`, checked against the anchors that exist. */
export function createCitationSchema(anchors: AnchorIndex) {
  return z.string().superRefine((value, ctx) => {
    const problem = findCitationProblem(value, anchors);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
}

/** Builds the schema of one dimension of the CSO–CRO comparison, with its cited claims. */
export function createDimensionSchema(anchors: AnchorIndex) {
  /** One thing an article says of a role, in both languages, with the passage it comes from. */
  const ClaimSchema = LocalizedTextSchema.extend({
    /** The passage the claim comes from, as `article#section`. */
    cite: createCitationSchema(anchors),
  });
  return z.object({
    /** Stable id of the dimension, used as its anchor on the comparison page. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The dimension's name, e.g. "Focus". */
    label: LocalizedTextSchema,
    /** What the articles say of the Chief Sales Officer on this dimension. */
    cso: z.array(ClaimSchema).min(1),
    /** What the articles say of the Chief Revenue Officer on this dimension. */
    cro: z.array(ClaimSchema).min(1),
  });
}

/** Builds the schema of the whole comparison: its dimensions, in the order the site shows them. */
export function createComparisonSchema(anchors: AnchorIndex) {
  return z.object({
    /** The dimensions, each with a unique id. */
    dimensions: z
      .array(createDimensionSchema(anchors))
      .min(1)
      .superRefine((dimensions, ctx) => {
        const seen = new Set<string>();
        for (const { id } of dimensions) {
          if (seen.has(id))
            ctx.addIssue({ code: 'custom', message: `The dimension id "${id}" is used twice` });
          seen.add(id);
        }
      }),
  });
}

/** One dimension of the comparison, as validated. */
export type Dimension = z.infer<ReturnType<typeof createDimensionSchema>>;

/** One cited claim about a role, as validated. */
export type Claim = Dimension['cso'][number];

/** The two roles compared, in the order the site always shows them. */
export const ROLES = ['cso', 'cro'] as const;

/** One of the two roles compared. */
export type Role = (typeof ROLES)[number];
