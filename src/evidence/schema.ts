import { z } from 'astro/zod';
import { LocalizedTextSchema } from '../site/localized.ts';
import { findEvidenceProblem, type SourceIndex } from './citation.ts';

const quote = () => z.string().trim().min(1);

/**
 * Builds the schema of a quoted citation, checked against the articles' text: the build fails,
 * naming the entry and the quote, when a quote is not in its section in either language.
 */
export function createCitationSchema(sources: SourceIndex) {
  return z
    .strictObject({
      /** The passage, as `article#section` (`#_top` for an article's opening). */
      at: z.string(),
      /** The Spanish original's exact words that carry the statement. */
      es: quote(),
      /** The corresponding words of the site's English translation. */
      en: quote(),
    })
    .superRefine((citation, ctx) => {
      const problem = findEvidenceProblem(citation, sources);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });
}

/** Builds the schema of the evidence of a statement: one or more quoted citations. */
export function createEvidenceSchema(sources: SourceIndex) {
  return z.array(createCitationSchema(sources)).min(1);
}

/**
 * The points on which the articles pull apart that a statement takes one article's side of, by
 * their ids in `content/comparison/disagreements.yaml`: the page links each, where both sides are
 * shown. The statement itself names whose view it states.
 */
export const DisputedSchema = z
  .array(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'the id of a point in disagreements.yaml'))
  .min(1);

/**
 * Builds the schema of a statement about the roles, in both languages, with its evidence. A
 * statement that is the site's own inference says so (`reading: true`) and is shown as such.
 */
export function createStatementSchema(sources: SourceIndex) {
  return LocalizedTextSchema.extend({
    /** The quotes that carry the statement. */
    cite: createEvidenceSchema(sources),
    /** The statement is the site's reading of the quotes, not something an article says outright. */
    reading: z.literal(true).optional(),
    /** The disputed points on which the statement states one article's view. */
    disputed: DisputedSchema.optional(),
  });
}

/**
 * Builds the schema of a claim about the roles: a cited statement, or a silence, where the site
 * says that the articles say nothing on the point (and there is nothing to quote).
 */
export function createClaimSchema(sources: SourceIndex) {
  const SilenceSchema = LocalizedTextSchema.extend({
    /** The articles are silent on this point. */
    silent: z.literal(true),
  });
  return z.union([createStatementSchema(sources).strict(), SilenceSchema.strict()]);
}

/** A claim, as validated: a cited statement or a silence. */
export type Claim = z.infer<ReturnType<typeof createClaimSchema>>;

/** One quoted citation, as validated. */
export type Citation = z.infer<ReturnType<typeof createCitationSchema>>;

/** The evidence of a statement, as validated. */
export type Evidence = Citation[];

/** A statement with its evidence, as validated. */
export type Statement = z.infer<ReturnType<typeof createStatementSchema>>;
