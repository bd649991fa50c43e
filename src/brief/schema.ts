import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import {
  createClaimSchema,
  createEvidenceSchema,
  createStatementSchema,
  DisputedSchema,
} from '../evidence/schema.ts';
import { LocalizedTextSchema } from '../site/localized.ts';
import { ROLES } from '../comparison/schema.ts';

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');

/** Reports every id used twice in a list, naming it. */
function uniqueIds(what: string) {
  return (items: readonly { id: string }[], ctx: z.RefinementCtx) => {
    const seen = new Set<string>();
    for (const { id: value } of items) {
      if (seen.has(value)) ctx.addIssue({ code: 'custom', message: `${what} "${value}" is used twice` });
      seen.add(value);
    }
  };
}

/** Builds the schema of one role brief, with every statement's quotes checked against the articles. */
export function createBriefSchema(sources: SourceIndex) {
  const claim = createClaimSchema(sources);
  const statement = createStatementSchema(sources).strict();
  return z.object({
    /** The role the brief is for. */
    id: z.enum(ROLES),
    /** "Create the right role": the mandate, what it runs, the reporting line, environment, metrics. */
    role: z
      .array(
        z.object({
          /** Stable id of the point. */
          id: id(),
          /** The point's name, e.g. "Mandate". */
          label: LocalizedTextSchema,
          /** What the articles say (or do not) on it. */
          claims: z.array(claim).min(1),
        }),
      )
      .min(1)
      .superRefine(uniqueIds('the role point')),
    /** "Surround them with complementary skills", and what happens with the other role's strengths. */
    complement: z.array(statement).min(1),
    /** The signs to watch once the person is in the role. */
    signs: z.array(statement).min(1),
    /** The site's own search checklist: every item derived from the articles, and cited. */
    checklist: z
      .array(
        LocalizedTextSchema.extend({
          /** Stable id: the browser remembers ticked items by it. */
          id: id(),
          /** The quotes the item is derived from. */
          cite: createEvidenceSchema(sources),
          /** The disputed points on which the item follows one article's view. */
          disputed: DisputedSchema.optional(),
        }).strict(),
      )
      .min(5)
      .superRefine(uniqueIds('the checklist item')),
  });
}

/** Builds the schema of an interview trait, shared by both briefs. */
export function createTraitSchema(sources: SourceIndex) {
  const claim = createClaimSchema(sources);
  return z.object({
    /** Stable id, the same in both languages. */
    id: id(),
    /** The trait, e.g. "Decision style". */
    label: LocalizedTextSchema,
    /** The question to ask: the site's own wording. */
    prompt: LocalizedTextSchema,
    /** What a CSO-type and a CRO-type answer sounds like, in the articles' words (or their silence). */
    listen: z.object({ cso: claim, cro: claim }),
  });
}

/** A role brief, as validated. */
export type Brief = z.infer<ReturnType<typeof createBriefSchema>>;

/** An interview trait, as validated. */
export type Trait = z.infer<ReturnType<typeof createTraitSchema>>;
