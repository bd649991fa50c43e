/**
 * Keeps the site's own Spanish free of the machine translation's wordings. Pure: the site's texts,
 * the wordings to avoid (from `content/glossary/machine-translation.yaml`) and a test of what the
 * articles really say in; the problems out, each naming the file, the entry, the field and the
 * wording. A wording may still appear inside quotation marks around the articles' own words (a
 * quote), or where the list allows it for one entry and field, with the reason.
 */
import { z } from 'astro/zod';

const id = () => z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are lower-case words joined by hyphens');
const text = () => z.string().trim().min(1);

/** Where one piece of the site's own text is: the file, the entry in it, and the field. */
export const TextPlaceSchema = z.strictObject({
  /** The file, relative to `content/` (`quiz/role-fit.yaml`, `i18n/es.json`, `docs/es/index.mdx`). */
  file: text(),
  /**
   * The entry: the ids of the entries that hold the field, outermost first, joined by `/`
   * (`role-fit/need/goal/hit-target`); empty for a file of strings or a page.
   */
  entry: z.string(),
  /** The field within the entry (`explanation.es`, a UI string's key, or a page's `line 12`). */
  field: text(),
});

/** Where one piece of the site's own text is. */
export type TextPlace = z.infer<typeof TextPlaceSchema>;

/** Builds the schema of one wording of the machine translation that the site's own text avoids. */
export function createWordingSchema() {
  return z.strictObject({
    /** Stable id of the wording. */
    id: id(),
    /** The wording, as the machine translation writes it (any one of these forms), in Spanish. */
    phrases: z.array(text()).min(1),
    /** Match the case as written: for a word that is only the machine translation's when capitalised. */
    caseSensitive: z.boolean().default(false),
    /** What the site writes instead: the usual professional term. */
    instead: text(),
    /** Why the wording is avoided, for whoever edits the site. */
    why: text(),
    /** The glossary entry that explains the wording to readers, where there is one. */
    glossary: id().optional(),
    /** Entries and fields that may use the wording anyway, each with the reason. */
    allowed: z
      .array(
        TextPlaceSchema.extend({
          /** Why this entry needs the wording. */
          why: text(),
        }).strict(),
      )
      .default([]),
  });
}

/** A wording of the machine translation that the site's own text avoids, as validated. */
export type Wording = z.infer<ReturnType<typeof createWordingSchema>>;

/**
 * Builds the schema of a wording that checks the site's own text as it validates: the build fails,
 * naming the file, the entry, the field and the wording, wherever the site uses it unquoted and
 * unallowed.
 */
export function createCheckedWordingSchema(
  texts: readonly SiteText[],
  isArticleWords: (words: string) => boolean,
) {
  // Each wording of the list is checked on its own: the texts' quotes are blanked once for all.
  let own: readonly SiteText[] | undefined;
  return createWordingSchema().superRefine((wording, ctx) => {
    own ??= blankAllQuotes(texts, isArticleWords);
    for (const { message } of findInOwnText(own, [wording])) {
      ctx.addIssue({ code: 'custom', message });
    }
  });
}

/** The texts with their quotes of the articles blanked out (`blankQuotes`), each in its place. */
function blankAllQuotes(texts: readonly SiteText[], isArticleWords: (words: string) => boolean): SiteText[] {
  return texts.map((place) => ({ ...place, text: blankQuotes(place.text, isArticleWords) }));
}

/** One piece of the site's own text, where it is and its words. */
export interface SiteText extends TextPlace {
  text: string;
}

/** A wording found in the site's own text, or an allowance that no longer allows anything. */
export interface WordingProblem {
  place: TextPlace;
  phrase: string;
  message: string;
}

/** Says where a text is, as the problems name it. */
export function describePlace({ file, entry, field }: TextPlace): string {
  return `content/${file}${entry ? `, entry "${entry}"` : ''}, field "${field}"`;
}

const samePlace = (a: TextPlace, b: TextPlace) =>
  a.file === b.file && a.entry === b.entry && a.field === b.field;

// Quotation marks the site puts around the articles' words, Spanish and English.
const QUOTED = /«([^«»]+)»|“([^“”]+)”/g;

/**
 * Blanks out what stands between quotation marks when it is the articles' own words (a quote, which
 * the site leaves as the articles wrote it); other quoted words stay, and are checked.
 */
export function blankQuotes(text: string, isArticleWords: (words: string) => boolean): string {
  return text.replace(QUOTED, (whole, spanish?: string, english?: string) =>
    isArticleWords(spanish ?? english ?? '') ? ' '.repeat(whole.length) : whole,
  );
}

const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The test of whether a text holds a phrase as whole words, as the wording says (case or not). */
function matchPhrase(phrase: string, caseSensitive: boolean): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`,
    caseSensitive ? 'u' : 'iu',
  );
}

/**
 * Lists every use of a wording in the site's own text that neither quotes the articles nor is
 * allowed, and every allowance that allows nothing (a stale one hides the next real use).
 */
export function findWordings(
  texts: readonly SiteText[],
  wordings: readonly Wording[],
  isArticleWords: (words: string) => boolean,
): WordingProblem[] {
  return findInOwnText(blankAllQuotes(texts, isArticleWords), wordings);
}

/** `findWordings` over texts whose quotes are already blanked out. */
function findInOwnText(own: readonly SiteText[], wordings: readonly Wording[]): WordingProblem[] {
  const problems: WordingProblem[] = [];
  for (const wording of wordings) {
    const used = new Set<TextPlace>();
    const patterns = wording.phrases.map((phrase) => ({
      phrase,
      pattern: matchPhrase(phrase, wording.caseSensitive),
    }));
    for (const place of own) {
      const phrase = patterns.find(({ pattern }) => pattern.test(place.text))?.phrase;
      if (phrase === undefined) continue;
      const allowance = wording.allowed.find((allowed) => samePlace(allowed, place));
      if (allowance) {
        used.add(allowance);
        continue;
      }
      const where = wording.glossary ? ` (the glossary explains it under #${wording.glossary})` : '';
      problems.push({
        place,
        phrase,
        message:
          `${describePlace(place)} uses «${phrase}», the machine translation's wording${where}: ` +
          `write «${wording.instead}», quote the article's words between «», or allow it in ` +
          `content/glossary/machine-translation.yaml with the reason`,
      });
    }
    for (const allowed of wording.allowed) {
      if (used.has(allowed)) continue;
      problems.push({
        place: allowed,
        phrase: wording.phrases[0] ?? '',
        message: `${describePlace(allowed)} is allowed «${wording.phrases[0] ?? ''}» but does not use it: remove the allowance`,
      });
    }
  }
  return problems;
}

/** What of a data file is the site's own Spanish: the fields named `es`, and the usual terms. */
const SPANISH_KEYS = new Set(['es', 'usual']);
/** What is not the site's own text: quotes of the articles, and words only used to find terms. */
const SKIPPED_KEYS = new Set(['cite', 'uses', 'forms']);

/**
 * Lists the site's own Spanish in a data file (YAML or JSON, parsed): each string under an `es`
 * or `usual` key, outside the quotes (`cite`, `uses`) and the link words (`forms`). The entry is
 * named by the ids of the objects around the field; the field, by the keys below the innermost one.
 */
export function listDataTexts(file: string, data: unknown): SiteText[] {
  const found: SiteText[] = [];
  const visit = (value: unknown, entry: readonly string[], field: readonly string[], spanish: boolean) => {
    if (typeof value === 'string') {
      if (spanish) found.push({ file, entry: entry.join('/'), field: field.join('.'), text: value });
      return;
    }
    if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, entry, [...field, String(index)], spanish));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const record = value as Record<string, unknown>;
    const ownId = typeof record['id'] === 'string' ? record['id'] : undefined;
    const [inner, below] = ownId === undefined ? [entry, field] : [[...entry, ownId], []];
    for (const [key, child] of Object.entries(record)) {
      if (SKIPPED_KEYS.has(key) || key === 'id') continue;
      visit(child, inner, [...below, key], spanish || SPANISH_KEYS.has(key));
    }
  };
  visit(data, [], [], false);
  return found;
}

/** Lists a file of UI strings (`{ "key": "text" }`) as the site's own text, one field per key. */
export function listStringTexts(file: string, strings: Readonly<Record<string, string>>): SiteText[] {
  return Object.entries(strings).map(([key, value]) => ({ file, entry: '', field: key, text: value }));
}

const QUOTE_TAG = /(<Quote\b[^>]*\btext=)"[^"]*"/g;

/**
 * Lists the site's own text of a page, line by line: everything but its imports and the words of
 * its `<Quote>` tags. Of an article's page (`articleNotesOnly`), only the front matter and the
 * site's editorial notes (`:::note` … `:::`) are the site's: the rest is the article.
 */
export function listPageTexts(file: string, source: string, { articleNotesOnly = false } = {}): SiteText[] {
  const found: SiteText[] = [];
  let inFrontMatter = false;
  let inNote = false;
  source.split(/\r?\n/).forEach((line, index) => {
    const trimmed = line.trim();
    if (index === 0 && trimmed === '---') {
      inFrontMatter = true;
      return;
    }
    if (inFrontMatter && trimmed === '---') {
      inFrontMatter = false;
      return;
    }
    if (!inFrontMatter && trimmed.startsWith(':::')) inNote = trimmed !== ':::';
    if (/^(import|export)\s/.test(trimmed) || trimmed === ':::') return;
    if (articleNotesOnly && !inFrontMatter && !inNote) return;
    // An article's own title, in its front matter, is the article's words.
    if (articleNotesOnly && inFrontMatter && /^title:/.test(trimmed)) return;
    const text = line.replace(QUOTE_TAG, '$1""');
    if (text.trim()) found.push({ file, entry: '', field: `line ${index + 1}`, text });
  });
  return found;
}
