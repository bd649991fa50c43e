import { z } from 'astro/zod';

/** Where a source article comes from, as far as the source says: shown in the page's source box. */
export const ArticleSourceSchema = z.object({
  /** The author's name; absent when the source names none. */
  author: z.string().trim().min(1).optional(),
  /** The publication that published the article. */
  publisher: z.string().trim().min(1).optional(),
  /** The date the publisher gives as the article's last update. */
  updated: z.coerce.date().optional(),
  /** The publisher's category for the article, in the page's language. */
  category: z.string().trim().min(1).optional(),
  /** An earlier text the article appears to be a translation of, where the site found one. */
  appearsToTranslate: z
    .object({
      /** Who published the earlier text. */
      publisher: z.string().trim().min(1),
      /** Where it was published. */
      url: z.url(),
      /** The language it was published in, as a BCP 47 tag. */
      lang: z.string().regex(/^[a-z]{2}(-[A-Z]{2})?$/),
    })
    .optional(),
});

/** Where a source article comes from, as validated. */
export type ArticleSource = z.infer<typeof ArticleSourceSchema>;
