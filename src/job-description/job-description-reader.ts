/**
 * The job-description reader's island. The server renders the form, every question with its
 * answers and their quotes, every verdict and open point, hidden; this element reads the pasted
 * text or the opened file in the browser (nothing is sent, nothing is stored), reveals what the
 * reading found, draws the text with the sentences that gave answers highlighted, and keeps the
 * quiz link and the verdict in step with the answers the reader confirms or changes. It writes no
 * HTML: the reader's text only ever becomes text nodes.
 */
import { scorePart, unsureOption, verdictKey, weighAnswers, type ScoredPart } from '../quiz/engine.ts';
import { encodeAnswers } from '../quiz/share-link.ts';
import { isTextFileName, looksBinary, MAX_CHARACTERS, prepareText } from './input.ts';
import {
  matchesOf,
  readJobDescription,
  sentencesOf,
  type Reading,
  type ReaderModel,
  type Span,
} from './reader.ts';
import { renderFindings } from './report.ts';

/** What the page hands the island, as JSON. */
export interface ReaderPayload {
  reader: ReaderModel;
  /** The quiz's part about the company, as its engine scores it. */
  part: ScoredPart;
  /** The quiz's version, for its share links. */
  version: number;
  /** The quiz page and the role briefs, in the page's language. */
  links: { quiz: string; cso: string; cro: string };
}

/** The notices the island can show, by `data-notice`. */
type Notice = 'empty' | 'truncated' | 'markup' | 'not-text' | 'file-error' | 'other-language' | 'no-signal';

/** Shows, among the elements with the attribute, those whose value is one of the given ones. */
function reveal(root: ParentNode, attribute: string, values: readonly unknown[]) {
  for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    element.hidden = !values.includes(element.getAttribute(attribute) ?? '');
  }
}

class JobDescriptionReader extends HTMLElement {
  #payload!: ReaderPayload;
  #reading: Reading | undefined;
  #text = '';

  connectedCallback() {
    const json = this.querySelector('script[data-model]')?.textContent;
    if (!json || this.#payload) return;
    this.#payload = JSON.parse(json) as ReaderPayload;
    this.addEventListener('click', (event) => {
      const action = (event.target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'read') this.#readPasted();
      if (action === 'clear') this.#clear();
      if (action === 'copy') void this.#copy();
    });
    this.addEventListener('change', ({ target }) => {
      if (!(target instanceof HTMLInputElement)) return;
      if (target.type === 'file') void this.#readFile(target);
      else this.#update();
    });
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
    return root.querySelector<T>(selector) as T;
  }

  #announce(message: string) {
    const live = this.#$('[data-live]');
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  }

  /**
   * Shows the notices (a value that names none, such as `false`, shows nothing), then says at once
   * what is shown of them and, after a reading, of the title against the content and the verdict.
   * One message: a second would cut the first short.
   */
  #notify(notices: readonly (Notice | 'read' | false)[], read?: boolean) {
    reveal(this, 'data-notice', notices);
    this.#announce(
      [
        ...this.querySelectorAll<HTMLElement>(
          read ? '[data-notice],[data-mismatch-sentence],[data-verdict]' : '[data-notice]',
        ),
      ]
        .filter((element) => element.offsetParent)
        .map((element) => element.textContent?.trim())
        .join(' '),
    );
  }

  #clear() {
    const textarea = this.#$<HTMLTextAreaElement>('[data-text]');
    textarea.value = this.#$<HTMLInputElement>('[data-file]').value = '';
    this.#reading = undefined;
    reveal(this, 'data-notice', []);
    reveal(this, 'data-panel', []);
    textarea.focus();
  }

  async #readFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    if (!isTextFileName(file.name, file.type)) return this.#notify(['not-text']);
    let raw: string;
    try {
      // Never more than the reader reads: a file of any size costs the same.
      raw = await file.slice(0, MAX_CHARACTERS * 4).text();
    } catch {
      return this.#notify(['file-error']);
    }
    if (looksBinary(raw)) return this.#notify(['not-text']);
    this.#$<HTMLTextAreaElement>('[data-text]').value = raw;
    this.#readPasted();
  }

  #readPasted() {
    const textarea = this.#$<HTMLTextAreaElement>('[data-text]');
    const { text, truncated, wasMarkup } = prepareText(textarea.value);
    const reading = readJobDescription(text, this.#payload.reader, this.#payload.part);
    this.#reading = reading;
    this.#text = text;
    // A text not read, or read with nothing to say, is said by its kind's own notice, the first one.
    const notices = [reading.kind, truncated && 'truncated', wasMarkup && 'markup'] as const;
    const read = reading.kind === 'read' ? reading : undefined;
    this.#$('[data-panel="result"]').hidden = !read;
    this.#renderText(reading);
    if (!read) {
      if (reading.kind === 'empty') textarea.focus();
      return this.#notify(notices);
    }
    for (const question of read.questions) {
      const fieldset = this.#$(`[data-question="${question.question}"]`);
      reveal(fieldset, 'data-state', [question.kind]);
      const sentences = sentencesOf(matchesOf(question));
      const list = this.#$('[data-sentences]', fieldset);
      list.replaceChildren(...sentences.map((sentence) => this.#sentenceItem(sentence)));
      list.hidden = sentences.length === 0;
      const chosen = read.answers[question.question];
      for (const radio of fieldset.querySelectorAll<HTMLInputElement>('input[type=radio]')) {
        radio.checked = radio.value === chosen;
      }
    }
    this.#renderMismatch(read);
    reveal(this, 'data-undecided', read.undecided);
    this.#$('[data-undecided-none]').hidden = read.undecided.length > 0;
    this.#update();
    this.#$('#jd-result').focus();
    this.#notify(notices, true);
  }

  /** A link to a highlighted sentence, its words as text. */
  #sentenceItem(sentence: number) {
    const span = this.#reading?.kind === 'read' ? this.#reading.sentences[sentence] : undefined;
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#jd-s-${sentence}`;
    link.textContent = `«${this.#text.slice(span?.start, span?.end)}»`;
    item.append(link);
    return item;
  }

  /** Draws the text read, each sentence that gave an answer (or the title) a highlight a link can reach. */
  #renderText(reading: Reading) {
    const panel = this.#$('[data-panel="text"]');
    const target = this.#$('[data-rendered]');
    if (reading.kind !== 'read' && reading.kind !== 'no-signal') {
      panel.hidden = true;
      return;
    }
    const marked = new Set(reading.kind === 'read' ? sentencesOf(reading.questions.flatMap(matchesOf)) : []);
    const titleSentence =
      reading.title?.role && reading.sentences.findIndex(({ start }) => start === reading.title?.line.start);
    if (typeof titleSentence === 'number' && titleSentence >= 0) marked.add(titleSentence);
    const nodes: Node[] = [];
    let at = 0;
    reading.sentences.forEach(({ start, end }: Span, index) => {
      if (!marked.has(index)) return;
      nodes.push(document.createTextNode(this.#text.slice(at, start)));
      const mark = document.createElement('mark');
      mark.id = `jd-s-${index}`;
      mark.tabIndex = -1;
      mark.textContent = this.#text.slice(start, end);
      nodes.push(mark);
      at = end;
    });
    nodes.push(document.createTextNode(this.#text.slice(at)));
    target.replaceChildren(...nodes);
    panel.hidden = false;
  }

  /** The title against the content: said first, with the sentences behind the content's lean and their quotes. */
  #renderMismatch(read: Reading & { kind: 'read' }) {
    const block = this.#$('[data-mismatch]');
    block.hidden = !read.mismatch;
    if (!read.mismatch || !read.title) return;
    const lean = read.result.verdict.kind;
    reveal(block, 'data-mismatch-role', [lean]);
    for (const slot of block.querySelectorAll('[data-title]')) {
      slot.textContent = this.#text.slice(read.title.line.start, read.title.line.end);
    }
    const weighed = weighAnswers(this.#payload.part, read.answers) ?? [];
    const reasons = read.questions.flatMap((question) => {
      const weight = weighed.find((answer) => answer.question === question.question)?.weight ?? 0;
      if (question.kind !== 'found' || !(lean === 'cso' ? weight < 0 : weight > 0)) return [];
      const item = document.createElement('li');
      item.append(
        ...sentencesOf(question.matches).map((sentence) => this.#sentenceItem(sentence).firstChild as Node),
      );
      const explanation = this.#$(
        `[data-question="${question.question}"] [data-explain="${question.option}"]`,
      )?.cloneNode(true) as HTMLElement | undefined;
      if (explanation) {
        explanation.hidden = false;
        explanation.removeAttribute('data-explain');
        item.append(explanation);
      }
      return [item];
    });
    this.#$('[data-mismatch-reasons]', block).replaceChildren(...reasons);
  }

  /** The answers as the radio buttons hold them now. */
  #answers(): Record<string, string> {
    const answers: Record<string, string> = {};
    for (const question of this.#payload.part.questions) {
      const checked = this.#$<HTMLInputElement>(`[name="jd-${question.id}"]:checked`);
      answers[question.id] = checked?.value ?? unsureOption(question);
    }
    return answers;
  }

  /** Keeps the explanations, the verdict and the quiz link in step with the answers kept. */
  #update() {
    const answers = this.#answers();
    for (const question of this.#payload.part.questions) {
      reveal(this.#$(`[data-question="${question.id}"]`), 'data-explain', [answers[question.id] ?? '']);
    }
    const result = scorePart(this.#payload.part, answers);
    if (!result) return;
    reveal(this.#$('[data-verdict-line]'), 'data-verdict', [verdictKey(result.verdict)]);
    const { version, part, links } = this.#payload;
    const query = `?${encodeAnswers({ version, parts: [part] }, { need: answers })}`;
    this.#$<HTMLAnchorElement>('[data-result-link]').href = `${links.quiz}${query}`;
    for (const role of ['cso', 'cro'] as const) {
      this.#$<HTMLAnchorElement>(`[data-brief-link="${role}"]`).href = `${links[role]}${query}`;
    }
  }

  async #copy() {
    const button = this.#$('[data-action="copy"]');
    // The words as written (`innerText` would take the labels' capitals and break around `sr-only`).
    const words = (element: Element | null) => element?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const text = (selector: string, root: ParentNode = this) => words(root.querySelector(selector));
    const link = this.#$<HTMLAnchorElement>('[data-result-link]');
    const sentences = (root: ParentNode) => [...root.querySelectorAll('li a')].map(words);
    // Each statement's words and quotes, as the page wrote them for copying (`data-copy`).
    const copy = (selector: string, root: ParentNode = this) =>
      root.querySelector<HTMLElement>(selector)?.dataset.copy ?? '';
    const findings = renderFindings({
      title: text('#jd-result'),
      note: text('[data-note]'),
      mismatch: this.#$('[data-mismatch]').hidden
        ? undefined
        : {
            sentence: text('[data-mismatch-sentence]:not([hidden])'),
            reasons: [...this.querySelectorAll('[data-mismatch-reasons] > li')].map((reason) => ({
              sentences: [...reason.querySelectorAll(':scope > a')].map(words),
              statement: copy('[data-copy]', reason),
            })),
          },
      answersTitle: text('#jd-answers'),
      answers: [...this.querySelectorAll<HTMLElement>('[data-question]')].map((fieldset) => ({
        prompt: text('legend', fieldset),
        answer: [
          text('input:checked + label', fieldset),
          text('[data-state="silent"]:not([hidden])', fieldset),
        ]
          .filter(Boolean)
          .join('. '),
        sentences: sentences(fieldset.querySelector('[data-sentences]') ?? fieldset),
        statement: copy('[data-explain]:not([hidden])', fieldset),
      })),
      verdictTitle: text('#jd-verdict'),
      verdict: text('[data-verdict]:not([hidden])'),
      undecidedTitle: text('#jd-undecided'),
      undecided: [...this.querySelectorAll<HTMLElement>('[data-undecided]:not([hidden])')].map(
        (point) => point.dataset.copy ?? '',
      ),
      result: { label: text('[data-result-link]'), href: link.href },
    });
    try {
      await navigator.clipboard.writeText(findings);
      this.#announce(button.dataset.copied ?? '');
    } catch {
      this.#announce(button.dataset.failed ?? '');
    }
  }
}

customElements.define('job-description-reader', JobDescriptionReader);
