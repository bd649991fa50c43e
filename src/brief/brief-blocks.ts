/**
 * The text of a role brief, block by block, built from the same data as its page: what "Copy as
 * text" puts on the clipboard. Pure: the names, headings and labels come in as arguments.
 */
import type { Role } from '../comparison/schema.ts';
import { describeEvidence } from '../evidence/describe.ts';
import type { PassageNames } from '../evidence/passage-names.ts';
import type { Claim, Evidence } from '../evidence/schema.ts';
import type { Language } from '../site/languages.ts';
import type { TextBlock } from './brief-text.ts';
import type { Brief, Trait } from './schema.ts';

/** The section headings of a brief page, by anchor, as its MDX declares them. */
export type BriefHeadings = Record<
  'create-the-role' | 'choose-the-person' | 'surround-them' | 'watch-the-signs' | 'search-checklist',
  string
>;

/** The words a brief's text needs beyond its data. */
export interface BriefLabels {
  title: string;
  intro: string;
  reading: string;
  silent: string;
  ask: string;
  listenFor: Record<Role, string>;
}

/** What the text is built for. */
export interface BriefTextContext {
  lang: Language;
  names: PassageNames;
  headings: BriefHeadings;
  labels: BriefLabels;
  /** The site's address, so that every quote's link works outside the site. */
  site: string;
}

function quoteBlocks(cite: Evidence, { lang, names, site }: BriefTextContext): TextBlock[] {
  return describeEvidence(cite, lang, names).map(({ quote, passage, href }) => ({
    kind: 'quote',
    text: quote,
    passage,
    url: new URL(href, site).href,
  }));
}

/** Writes one claim: its label (site's reading, silence), its text and its quotes. */
export function claimBlocks(claim: Claim, context: BriefTextContext, prefix = ''): TextBlock[] {
  const { lang, labels } = context;
  if ('silent' in claim) return [{ kind: 'paragraph', text: `${prefix}[${labels.silent}] ${claim[lang]}` }];
  const label = claim.reading ? `[${labels.reading}] ` : '';
  return [
    { kind: 'paragraph', text: `${prefix}${label}${claim[lang]}` },
    ...quoteBlocks(claim.cite, context),
  ];
}

/** Builds the whole text of a role brief, in the order of its page. */
export function buildBriefBlocks(
  brief: Brief,
  traits: readonly Trait[],
  checklistNote: readonly Claim[],
  context: BriefTextContext,
): TextBlock[] {
  const { lang, headings, labels } = context;
  const heading = (text: string, level: 2 | 3 = 2): TextBlock => ({ kind: 'heading', level, text });
  return [
    { kind: 'heading', level: 1, text: labels.title },
    { kind: 'paragraph', text: labels.intro },
    heading(headings['create-the-role']),
    ...brief.role.flatMap((point) => [
      heading(point.label[lang], 3),
      ...point.claims.flatMap((claim) => claimBlocks(claim, context)),
    ]),
    heading(headings['choose-the-person']),
    ...traits.flatMap((trait) => [
      heading(trait.label[lang], 3),
      { kind: 'paragraph' as const, text: `${labels.ask} ${trait.prompt[lang]}` },
      ...claimBlocks(trait.listen[brief.id], context, `${labels.listenFor[brief.id]} `),
      ...claimBlocks(
        trait.listen[brief.id === 'cso' ? 'cro' : 'cso'],
        context,
        `${labels.listenFor[brief.id === 'cso' ? 'cro' : 'cso']} `,
      ),
    ]),
    heading(headings['surround-them']),
    ...brief.complement.flatMap((claim) => claimBlocks(claim, context)),
    heading(headings['watch-the-signs']),
    ...brief.signs.flatMap((claim) => claimBlocks(claim, context)),
    heading(headings['search-checklist']),
    ...checklistNote.flatMap((claim) => claimBlocks(claim, context)),
    ...brief.checklist.flatMap((item) => [
      { kind: 'item' as const, text: item[lang], checkbox: true },
      ...quoteBlocks(item.cite, context),
    ]),
  ];
}
