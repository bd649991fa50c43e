import { z } from 'astro/zod';
import type { SourceIndex } from '../evidence/citation.ts';
import { createStatementSchema } from '../evidence/schema.ts';
import { PhrasesSchema } from '../quiz/schema.ts';

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const phrases = () => z.array(z.string().trim().min(1));

/** Builds the schema of the reader's own data (`content/job-description/reader.yaml`). */
export function createReaderSchema(sources: SourceIndex) {
  return z.strictObject({
    /** The entry's id. */
    id: z.literal('reader'),
    /** The job titles that name each role: the site's reading of the articles' names for the roles. */
    titles: z.strictObject({ cso: PhrasesSchema, cro: PhrasesSchema }),
    /**
     * What the articles tell a company to decide, and what a job description may leave open: each
     * with the statement the page shows, quoted from the articles.
     */
    undecided: z
      .array(
        z.strictObject({
          /** Stable id. */
          id: id(),
          /** Only when the job description's content or title points to this role. */
          role: z.enum(['cso', 'cro']).optional(),
          /** Open while this quiz question about the company gets no single answer from the text. */
          question: id().optional(),
          /** Open while none of these phrases is in the text. */
          phrases: PhrasesSchema.optional(),
          /** The point as the page states it, with its quotes. */
          point: createStatementSchema(sources).strict(),
        }),
      )
      .min(1),
    /**
     * Common short words of Spanish, of English, and of the other languages a job description
     * here may be in: how the reader tells a text it cannot read.
     */
    commonWords: z.strictObject({ es: phrases().min(10), en: phrases().min(10), other: phrases().min(10) }),
  });
}

/** The reader's own data, as validated. */
export type ReaderData = z.infer<ReturnType<typeof createReaderSchema>>;
