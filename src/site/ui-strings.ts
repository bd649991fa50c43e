import { z } from 'astro/zod';

const text = () => z.string().trim().min(1);

/**
 * The site's own UI strings, on top of Starlight's. Every key is required, so a language file
 * that misses one fails the build. Values may use `{{name}}` placeholders.
 */
export const UiStringsSchema = z.object({
  /** Starlight's own name for the top of a page in the table of contents, overridden. */
  'tableOfContents.overview': text(),
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
  /** Said in the source box of an article that appears to translate an earlier one; `{{publisher}}`. */
  'source.appearsToTranslate': text(),
  /** The text of the link to that earlier article. */
  'source.appearsToTranslateLink': text(),
  /** Says that the site's English is its own translation, not the earlier original's text. */
  'source.ownTranslation': text(),
  /** Heading of an article's summary of what it says about each role. */
  'glance.title': text(),
  /** Caption of that summary's table. */
  'glance.caption': text(),
  /** The control that unfolds an article's summary table. */
  'glance.show': text(),
  /** Shown in a summary cell when the article says nothing of that role on that dimension. */
  'glance.notCovered': text(),
  /** Link from an article's summary to the full comparison. */
  'glance.fullComparison': text(),
  /** The marker of a statement's evidence, one passage: opens the quote. */
  'evidence.source': text(),
  /** The same marker when a statement rests on several quotes. */
  'evidence.sources': text(),
  /** Label of a statement that is the site's own reading of the quotes. */
  'evidence.reading': text(),
  /** Label of a statement that says the articles are silent on a point. */
  'evidence.silent': text(),
  /** The name of an article's opening, before its first heading, in a citation. */
  'evidence.opening': text(),
  /** Said before the links from a statement on a disputed point to where both sides are shown. */
  'evidence.disputed': text(),
  /** Label of a disputed point where the two articles stress different things rather than disagree. */
  'disagreement.kind.emphasis': text(),
  /** Label of a disputed point where one article says two things that contradict each other. */
  'disagreement.kind.contradiction': text(),
  /** Caption of the full comparison table. */
  'comparison.caption': text(),
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
  // The role-fit quiz: its page, the island and the paper guide. See content/quiz/role-fit.yaml.
  'quiz.part': text(),
  'quiz.progress': text(),
  'quiz.points.cso_one': text(),
  'quiz.points.cso_other': text(),
  'quiz.points.cro_one': text(),
  'quiz.points.cro_other': text(),
  'quiz.points.none': text(),
  'quiz.guide.title': text(),
  'quiz.guide.intro': text(),
  'quiz.guide.step1': text(),
  'quiz.guide.step2': text(),
  'quiz.guide.step3': text(),
  'quiz.guide.caption': text(),
  'quiz.guide.total': text(),
  'quiz.guide.verdict': text(),
  'quiz.guide.range': text(),
  'quiz.guide.atLeast': text(),
  'quiz.guide.atMost': text(),
  'quiz.guide.neutrals': text(),
  'quiz.guide.match': text(),
  'quiz.short.cso.clear': text(),
  'quiz.short.cso.leaning': text(),
  'quiz.short.both': text(),
  'quiz.short.cro.leaning': text(),
  'quiz.short.cro.clear': text(),
  'quiz.short.unclear': text(),
  'quiz.start.title': text(),
  'quiz.start.text': text(),
  'quiz.start.both': text(),
  'quiz.back': text(),
  'quiz.next': text(),
  'quiz.review': text(),
  'quiz.backToSummary': text(),
  'quiz.required': text(),
  /** Said before the links from a question to the glossary entries of the jargon it first uses. */
  'quiz.terms': text(),
  'quiz.summary.title': text(),
  'quiz.summary.change': text(),
  'quiz.summary.changeWhich': text(),
  'quiz.seeResult': text(),
  'quiz.restart': text(),
  'quiz.result.title': text(),
  'quiz.result.dimensions': text(),
  'quiz.result.reasons': text(),
  'quiz.result.match': text(),
  // The result's bottom line: `{{need}}`, `{{fit}}` and `{{match}}` are the three phrases below.
  'quiz.bottomLine.sentence': text(),
  'quiz.bottomLine.need.cso.clear': text(),
  'quiz.bottomLine.need.cso.leaning': text(),
  'quiz.bottomLine.need.both': text(),
  'quiz.bottomLine.need.cro.leaning': text(),
  'quiz.bottomLine.need.cro.clear': text(),
  'quiz.bottomLine.need.unclear': text(),
  'quiz.bottomLine.fit.cso.clear': text(),
  'quiz.bottomLine.fit.cso.leaning': text(),
  'quiz.bottomLine.fit.both': text(),
  'quiz.bottomLine.fit.cro.leaning': text(),
  'quiz.bottomLine.fit.cro.clear': text(),
  'quiz.bottomLine.fit.unclear': text(),
  'quiz.bottomLine.match.match-cso': text(),
  'quiz.bottomLine.match.match-cro': text(),
  'quiz.bottomLine.match.cro-in-cso-seat': text(),
  'quiz.bottomLine.match.cso-in-cro-seat': text(),
  'quiz.bottomLine.match.undetermined': text(),
  'quiz.scale.label': text(),
  'quiz.scale.position': text(),
  'quiz.scale.middle': text(),
  'quiz.lean.cso': text(),
  'quiz.lean.cro': text(),
  'quiz.lean.both': text(),
  'quiz.lean.unclear': text(),
  'quiz.verdict.need.cso.clear': text(),
  'quiz.verdict.need.cso.leaning': text(),
  'quiz.verdict.need.cro.clear': text(),
  'quiz.verdict.need.cro.leaning': text(),
  'quiz.verdict.need.both': text(),
  'quiz.verdict.need.unclear': text(),
  'quiz.verdict.fit.cso.clear': text(),
  'quiz.verdict.fit.cso.leaning': text(),
  'quiz.verdict.fit.cro.clear': text(),
  'quiz.verdict.fit.cro.leaning': text(),
  'quiz.verdict.fit.both': text(),
  'quiz.verdict.fit.unclear': text(),
  'quiz.share.label': text(),
  'quiz.share.copy': text(),
  'quiz.share.copied': text(),
  'quiz.share.failed': text(),
  'quiz.print': text(),
  'quiz.link.outdated': text(),
  'quiz.link.malformed': text(),
  'quiz.link.incomplete': text(),
  // The diagrams: each one's title, text description and labels.
  'diagram.scope.title': text(),
  'diagram.scope.desc': text(),
  'diagram.scope.managers': text(),
  'diagram.scope.sellers': text(),
  'diagram.scope.newBusiness': text(),
  'diagram.scope.marketing': text(),
  'diagram.scope.salesOps': text(),
  'diagram.scope.marketingOps': text(),
  'diagram.scope.renewals': text(),
  'diagram.scope.sdrs': text(),
  'diagram.reporting.title': text(),
  'diagram.reporting.desc': text(),
  // The reporting figure: one chart per article, headed by the article's name.
  'diagram.reporting.first': text(),
  'diagram.reporting.second': text(),
  'diagram.reporting.marketingSuccess': text(),
  'diagram.reporting.vps': text(),
  'diagram.reporting.probably': text(),
  'diagram.reporting.usually': text(),
  'diagram.reporting.consider': text(),
  'diagram.reporting.reading': text(),
  'diagram.lifecycle.title': text(),
  'diagram.lifecycle.desc': text(),
  'diagram.lifecycle.awareness': text(),
  'diagram.lifecycle.leads': text(),
  'diagram.lifecycle.opportunities': text(),
  'diagram.lifecycle.success': text(),
  'diagram.grid.title': text(),
  'diagram.grid.desc': text(),
  'diagram.grid.seatCso': text(),
  'diagram.grid.seatCro': text(),
  'diagram.grid.personCso': text(),
  'diagram.grid.personCro': text(),
  'diagram.grid.match': text(),
  'diagram.grid.strategy': text(),
  'diagram.grid.execution': text(),
  // The side-by-side view of an article's original and translation.
  'parallel.title': text(),
  'parallel.description': text(),
  'parallel.intro': text(),
  'parallel.back': text(),
  'parallel.open': text(),
  // The role briefs: see content/briefs/.
  /** Label of the sidebar group that lists the two role briefs. */
  'nav.briefs': text(),
  'brief.intro': text(),
  'brief.copy': text(),
  'brief.print': text(),
  'brief.copied': text(),
  'brief.copyFailed': text(),
  'brief.personal.title': text(),
  'brief.toQuiz': text(),
  'brief.otherRole': text(),
  /** Before the link from a role brief to the job-description reader. */
  'brief.jobDescription': text(),
  /** That link's text. */
  'brief.jobDescriptionLink': text(),
  /** Label of an interview prompt: the site's own wording. */
  'brief.prompt': text(),
  'brief.listenFor.cso': text(),
  'brief.listenFor.cro': text(),
  /** Links to the briefs from the home page, the comparison and the articles. */
  'brief.links.title': text(),
  'brief.links.cso': text(),
  'brief.links.cro': text(),
  /** The quiz result's links to the briefs. */
  'quiz.brief.title': text(),
  'quiz.brief.one': text(),
  'quiz.brief.both': text(),
  // The glossary page and the search's hints when nothing is found.
  /** Label of the list of a term's uses, quoted from each article in each language. */
  'glossary.inArticles': text(),
  /** Label of the usual Spanish term: the site's own words. */
  'glossary.usual': text(),
  /** Label of a term's one-line definition: the site's own words. */
  'glossary.definition': text(),
  /** Says that a quote is the Spanish original's. */
  'glossary.lang.es': text(),
  /** Says that a quote is the site's English translation's. */
  'glossary.lang.en': text(),
  /** Link from a silence to the page that says more; `{{page}}` is its title. */
  'glossary.seeMore': text(),
  /** Said before the words a reader may search for an entry with. */
  'glossary.words': text(),
  /** Says that the words after it are Spanish ones. */
  'glossary.wordsIn.es': text(),
  /** Says that the words after it are English ones. */
  'glossary.wordsIn.en': text(),
  /** Job-description reader: Said without JavaScript: what the reader does, and that it needs JavaScript to run in the browser. */
  'jd.noScript': text(),
  /** Job-description reader: Link to the quiz from the reader. */
  'jd.toQuiz': text(),
  /** Job-description reader: Heading of the reader's form. */
  'jd.input.title': text(),
  /** Job-description reader: What happens to the text: nothing sent, nothing stored. */
  'jd.privacy': text(),
  /** Job-description reader: Label of the text box. */
  'jd.input.label': text(),
  /** Job-description reader: Under the text box; {{count}} is the most characters read. */
  'jd.input.hint': text(),
  /** Job-description reader: Label of the file picker. */
  'jd.file.label': text(),
  /** Job-description reader: Button that reads the text. */
  'jd.read': text(),
  /** Job-description reader: Button that clears the text and the reading. */
  'jd.clear': text(),
  /** Job-description reader: Said when there is no text to read. */
  'jd.notice.empty': text(),
  /** Job-description reader: Said when the text is in neither language read. */
  'jd.notice.other-language': text(),
  /** Job-description reader: Said when nothing in the text is something the articles speak of. */
  'jd.notice.no-signal': text(),
  /** Job-description reader: Said when the file opened is not plain text. */
  'jd.notice.not-text': text(),
  /** Job-description reader: Said when the file could not be read. */
  'jd.notice.file-error': text(),
  /** Job-description reader: Said when the text was too long; {{count}} is how many characters were read. */
  'jd.notice.truncated': text(),
  /** Job-description reader: Said when the text was pasted as HTML. */
  'jd.notice.markup': text(),
  /** Job-description reader: Heading of the reading. */
  'jd.result.title': text(),
  /** Job-description reader: Under the reading's heading, after the "site's reading" label: what the reading is and is not. */
  'jd.result.note': text(),
  /** Job-description reader: Said first when the title names a CRO and the content points to a CSO; {{title}} is the title. */
  'jd.mismatch.cso': text(),
  /** Job-description reader: Said first when the title names a CSO and the content points to a CRO; {{title}} is the title. */
  'jd.mismatch.cro': text(),
  /** Job-description reader: Heading of the answers found. */
  'jd.answers.title': text(),
  /** Job-description reader: Under that heading: what to do with the answers. */
  'jd.answers.intro': text(),
  /** Job-description reader: Said for a question the text says nothing about. */
  'jd.state.silent': text(),
  /** Job-description reader: Said for a question the text answers both ways. */
  'jd.state.conflict': text(),
  /** Job-description reader: Said before the sentences that gave an answer. */
  'jd.state.found': text(),
  /** Job-description reader: Heading of the verdict. */
  'jd.verdict.title': text(),
  /** Job-description reader: Heading of the points the text leaves open. */
  'jd.undecided.title': text(),
  /** Job-description reader: Said when the text leaves none of them open. */
  'jd.undecided.none': text(),
  /** Job-description reader: Heading of the links onwards. */
  'jd.next.title': text(),
  /** Job-description reader: Link to the quiz's result for the answers kept. */
  'jd.next.quiz': text(),
  /** Job-description reader: Link to the CSO brief with the answers kept. */
  'jd.next.briefCso': text(),
  /** Job-description reader: Link to the CRO brief with the answers kept. */
  'jd.next.briefCro': text(),
  /** Job-description reader: Button that copies the findings as text. */
  'jd.copy': text(),
  /** Job-description reader: Announced when the findings were copied. */
  'jd.copied': text(),
  /** Job-description reader: Announced when copying failed. */
  'jd.copyFailed': text(),
  /** Job-description reader: Heading of the text as read. */
  'jd.text.title': text(),
  /** Job-description reader: Under that heading. */
  'jd.text.intro': text(),
  /** Said under the search's "no results", with a link to the glossary. */
  'search.noResults.hint': text(),
  /** The text of that link. */
  'search.noResults.glossary': text(),
  /** Said when the search was for something the articles do not cover, before what the site says. */
  'search.noResults.silent': text(),
  /** The line under the title on every social card. */
  'social.tagline': text(),
});

/** The site's own UI strings in one language. */
export type UiStrings = z.infer<typeof UiStringsSchema>;

/** A key of the site's own UI strings. */
export type UiKey = keyof UiStrings;
