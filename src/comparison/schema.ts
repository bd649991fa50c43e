import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createClaimSchema } from '../evidence/schema.ts';
import { LocalizedTextSchema } from '../site/localized.ts';

/** Builds the schema of one dimension of the CSO–CRO comparison, with its cited claims. */
export function createDimensionSchema(sources: SourceIndex) {
  const claims = z.array(createClaimSchema(sources)).min(1);
  return z.object({
    /** Stable id of the dimension, used as its anchor on the comparison page. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The dimension's name, e.g. "Focus". */
    label: LocalizedTextSchema,
    /** What the articles say (or do not say) of the Chief Sales Officer on this dimension. */
    cso: claims,
    /** What the articles say (or do not say) of the Chief Revenue Officer on this dimension. */
    cro: claims,
  });
}

/** Builds the schema of the whole comparison: its dimensions, in the order the site shows them. */
export function createComparisonSchema(sources: SourceIndex) {
  return z.object({
    /** The dimensions, each with a unique id. */
    dimensions: z
      .array(createDimensionSchema(sources))
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

/** One claim about a role, as validated: a cited statement or a silence. */
export type Claim = Dimension['cso'][number];

/** The two roles compared, in the order the site always shows them. */
export const ROLES = ['cso', 'cro'] as const;

/** One of the two roles compared. */
export type Role = (typeof ROLES)[number];
