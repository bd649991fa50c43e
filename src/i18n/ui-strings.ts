import { z } from 'astro/zod';

const text = () => z.string().trim().min(1);

/**
 * The site's own UI strings, on top of Starlight's. Every key is required, so a language file
 * that misses one fails the build. Values may use `{{name}}` placeholders.
 */
export const UiStringsSchema = z.object({
  /** Label of the sidebar group that lists the two articles. */
  'nav.articles': text(),
  /** Full name of the Chief Sales Officer role, as a column header. */
  'role.cso': text(),
  /** Full name of the Chief Revenue Officer role, as a column header. */
  'role.cro': text(),
  /** Heading of the box that says where an article comes from. */
  'source.title': text(),
  /** Label of the author's name in the source box. */
  'source.author': text(),
  /** Label of the publisher in the source box. */
  'source.publisher': text(),
  /** Label of the date of the last update in the source box. */
  'source.updated': text(),
  /** Label of the publisher's category in the source box. */
  'source.category': text(),
  /** Shown in the source box where the original gives no author, date or publisher. */
  'source.notGiven': text(),
  /** Said on the original-language page, before the link to the translation. */
  'source.isOriginal': text(),
  /** Said on a translated page, before the link to the original. */
  'source.isTranslation': text(),
  /** Heading of an article's summary of what it says about each role. */
  'glance.title': text(),
  /** Caption of that summary's table. */
  'glance.caption': text(),
  /** Shown in a summary cell when the article says nothing of that role on that dimension. */
  'glance.notCovered': text(),
  /** Link from an article's summary to the full comparison. */
  'glance.fullComparison': text(),
  /** Caption of the full comparison table. */
  'comparison.caption': text(),
  /** Visually hidden label before each citation link, e.g. "Source:". */
  'comparison.source': text(),
  /** Title of the language entry page at the site's root. */
  'entry.title': text(),
  /** Description of the site on the language entry page. */
  'entry.lead': text(),
  /** Link from the language entry page to the home page in this language. */
  'entry.enter': text(),
  /** Title of the page shown for an address that does not exist. */
  'notFound.title': text(),
  /** Explanation on that page. */
  'notFound.text': text(),
  /** Link from that page back to the home page. */
  'notFound.home': text(),
});

/** The site's own UI strings in one language. */
export type UiStrings = z.infer<typeof UiStringsSchema>;

/** A key of the site's own UI strings. */
export type UiKey = keyof UiStrings;
