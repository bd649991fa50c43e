import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file } from 'astro/loaders';
import { docsLoader, i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { ArticleSourceSchema } from './src/articles/source-schema.ts';
import { createComparisonSchema } from './src/comparison/schema.ts';
import { createQuizSchema } from './src/quiz/schema.ts';
import { createFigureSchema } from './src/diagrams/figures.ts';
import { createGlossarySchema } from './src/glossary/schema.ts';
import { createCheckedWordingSchema } from './src/glossary/machine-wordings.ts';
import { createArticleWordsTest, readSiteTexts } from './src/glossary/site-texts.ts';
import { createBriefSchema, createTraitSchema } from './src/brief/schema.ts';
import { createDisagreementsSchema, createStatementGroupSchema } from './src/comparison/statements-schema.ts';
import { readSourceIndex } from './src/evidence/source-index.ts';
import { UiStringsSchema } from './src/site/ui-strings.ts';
import { createReaderSchema } from './src/job-description/schema.ts';

// Quoted citations are checked against the words of the articles' sections, in both languages.
const sources = readSourceIndex(new URL('./content/docs/', import.meta.url));
// The site's own Spanish is checked against the machine translation's wordings, quotes excepted.
const siteTexts = readSiteTexts(new URL('./content/', import.meta.url));

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
    schema: createComparisonSchema(sources),
  }),
  statements: defineCollection({
    loader: file('./content/comparison/statements.yaml'),
    schema: createStatementGroupSchema(sources),
  }),
  disagreements: defineCollection({
    loader: file('./content/comparison/disagreements.yaml'),
    schema: createDisagreementsSchema(sources),
  }),
  figures: defineCollection({
    loader: file('./content/diagrams/figures.yaml'),
    schema: createFigureSchema(sources),
  }),
  briefs: defineCollection({
    loader: file('./content/briefs/briefs.yaml'),
    schema: createBriefSchema(sources),
  }),
  interview: defineCollection({
    loader: file('./content/briefs/interview.yaml'),
    schema: createTraitSchema(sources),
  }),
  glossary: defineCollection({
    loader: file('./content/glossary/terms.yaml'),
    schema: createGlossarySchema(sources),
  }),
  machineTranslation: defineCollection({
    loader: file('./content/glossary/machine-translation.yaml'),
    schema: createCheckedWordingSchema(siteTexts, createArticleWordsTest(sources)),
  }),
  quiz: defineCollection({
    loader: file('./content/quiz/role-fit.yaml'),
    schema: createQuizSchema(sources),
  }),
  jobDescription: defineCollection({
    loader: file('./content/job-description/reader.yaml'),
    schema: createReaderSchema(sources),
  }),
};
