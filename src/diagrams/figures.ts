import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createEvidenceSchema, DisputedSchema } from '../evidence/schema.ts';

/** The figures of the site, by the id their evidence is kept under in `content/diagrams/`. */
export const FIGURE_IDS = ['scope', 'reporting', 'lifecycle', 'grid'] as const;

/** One of the site's figures. */
export type FigureId = (typeof FIGURE_IDS)[number];

/** Builds the schema of a figure's evidence: the quotes its boxes and lines are drawn from. */
export function createFigureSchema(sources: SourceIndex) {
  return z.object({
    /** Which figure. */
    id: z.enum(FIGURE_IDS),
    /** The quotes the figure rests on. */
    cite: createEvidenceSchema(sources),
    /** The disputed points the figure shows each article's view of, linked under it. */
    disputed: DisputedSchema.optional(),
  });
}
