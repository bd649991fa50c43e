import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createStatementSchema } from '../evidence/schema.ts';
import { LocalizedTextSchema } from '../site/localized.ts';

/** Builds the schema of a group of cited statements that a page places with `<Statements>`. */
export function createStatementGroupSchema(sources: SourceIndex) {
  return z.object({
    /** The group's id, as the page names it. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The statements, in the order shown. */
    items: z.array(createStatementSchema(sources).strict()).min(1),
  });
}

/** Builds the schema of a point on which the two articles pull against each other. */
export function createDisagreementSchema(sources: SourceIndex) {
  return z.object({
    /** Stable id of the point. */
    id: z.string().regex(/^[a-z0-9-]+$/),
    /** The point, as a question. */
    topic: LocalizedTextSchema,
    /** What each side says, quoted: two statements or more. */
    sides: z.array(createStatementSchema(sources).strict()).min(2),
  });
}
