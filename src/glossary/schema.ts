import { z } from 'astro/zod';
import { findEvidenceProblem, type SourceIndex } from '../evidence/citation.ts';
import { LocalizedTextSchema } from '../site/localized.ts';
import { LANGUAGES } from '../site/languages.ts';

/** The headings of the glossary page that terms sit under, in the page's order. */
export const GLOSSARY_GROUPS = [
  'roles',
  'metrics',
  'lifecycle',
  'domain',
  'strategy',
  'signs',
  'missing',
] as const;

/** One heading of the glossary page. */
export type GlossaryGroup = (typeof GLOSSARY_GROUPS)[number];

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const words = () => z.array(z.string().trim().min(1)).min(1);

/** Words in each language of the site. */
const LocalizedWordsSchema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, words()])) as Record<
    (typeof LANGUAGES)[number],
    ReturnType<typeof words>
  >,
);

/** Builds the schema of one glossary term: its name, its uses quoted from the articles, its definition. */
export function createTermSchema(sources: SourceIndex) {
  return z
    .strictObject({
      /** The term's anchor on the glossary page, the same in both languages. */
      id: id(),
      /** The heading of the glossary page the term sits under. */
      group: z.enum(GLOSSARY_GROUPS),
      /** The term's name as the site writes it, in each language. */
      term: LocalizedTextSchema,
      /**
       * The term as the articles write it: one quote per use, in the Spanish original and the
       * site's English translation, with its passage (`article#section`), checked like every citation.
       */
      uses: z
        .array(z.strictObject({ at: z.string(), es: z.string().trim().min(1), en: z.string().trim().min(1) }))
        .min(1),
      /** The usual Spanish term, where the machine translation's is not: the site's own words. */
      usual: z.string().trim().min(1).optional(),
      /** A one-line definition, in the site's own words. */
      definition: LocalizedTextSchema,
      /** Other words the site's own pages use for the term, linked at their first use. */
      forms: LocalizedWordsSchema.optional(),
      /** Other words a reader may search for the term with; shown under it, so that search finds it. */
      words: LocalizedWordsSchema.optional(),
    })
    .superRefine((term, ctx) => {
      term.uses.forEach((use, index) => {
        const problem = findEvidenceProblem(use, sources);
        if (problem) {
          ctx.addIssue({
            code: 'custom',
            path: ['uses', index],
            message: `Glossary term "${term.id}": ${problem}`,
          });
        }
      });
    });
}

/** The schema of something readers look for that the articles do not cover. */
export const SilenceSchema = LocalizedTextSchema.extend({
  /** Its anchor on the glossary page. */
  id: id(),
  /** The topic, as a short heading, in each language. */
  title: LocalizedTextSchema,
  /**
   * Words a reader would search for it with, in each language: shown under it, so that search finds
   * it, and a search that finds nothing points here.
   */
  words: LocalizedWordsSchema,
  /** Where the site says more, as `page-slug#anchor` (the same in both languages). */
  see: z
    .string()
    .regex(/^[a-z0-9/-]+#[a-z0-9-]+$/, 'a page slug and an anchor, as comparison#reporting')
    .optional(),
}).strict();

/** Builds the schema of the glossary: its terms and its silences, each id used once on the page. */
export function createGlossarySchema(sources: SourceIndex) {
  return z
    .object({
      /** The glossary's id in its file. */
      id: z.literal('glossary'),
      /** The terms, in the order shown under each heading. */
      terms: z.array(createTermSchema(sources)).min(1),
      /** What readers look for and the articles do not cover. */
      silences: z.array(SilenceSchema).min(1),
    })
    .superRefine(({ terms, silences }, ctx) => {
      const seen = new Set<string>([...GLOSSARY_GROUPS, 'not-in-the-articles']);
      for (const { id } of [...terms, ...silences]) {
        if (seen.has(id)) ctx.addIssue({ code: 'custom', message: `The glossary id "${id}" is used twice` });
        seen.add(id);
      }
    });
}

/** The glossary, as validated. */
export type Glossary = z.infer<ReturnType<typeof createGlossarySchema>>;

/** One glossary term, as validated. */
export type GlossaryTerm = Glossary['terms'][number];

/** One silence of the articles, as validated. */
export type Silence = z.infer<typeof SilenceSchema>;
