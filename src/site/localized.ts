import { z } from 'astro/zod';
import type { Language } from './languages.ts';

const text = () => z.string().trim().min(1);

/** A piece of text written in every language of the site. */
export const LocalizedTextSchema = z.strictObject({
  /** The Spanish text. */
  es: text(),
  /** The English text. */
  en: text(),
} satisfies Record<Language, z.ZodType<string>>);

/** A piece of text written in every language of the site. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
