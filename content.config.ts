import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ArticleSourceSchema } from './src/articles/source-schema.ts';
import { createComparisonSchema } from './src/comparison/schema.ts';
import { createQuizSchema } from './src/quiz/schema.ts';
import { readAnchorIndex } from './src/content/anchor-index.ts';
import { UiStringsSchema } from './src/i18n/ui-strings.ts';

// Citations may only point at heading anchors that every language of an article declares.
const anchors = readAnchorIndex(new URL('./content/docs/', import.meta.url));

export const collections = {
  docs: defineCollection({
    loader: docsLoader(),
    schema: docsSchema({
      extend: z.object({
        /** Where a source article comes from; present on the article pages only. */
        source: ArticleSourceSchema.optional(),
      }),
    }),
  }),
  i18n: defineCollection({
    loader: i18nLoader(),
    schema: i18nSchema({ extend: UiStringsSchema }),
  }),
  comparison: defineCollection({
    loader: file('./content/comparison/dimensions.yaml'),
    schema: createComparisonSchema(anchors),
  }),
  quiz: defineCollection({
    loader: file('./content/quiz/role-fit.yaml'),
    schema: createQuizSchema(anchors),
  }),
};
