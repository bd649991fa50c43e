/**
 * The role-fit quiz island. The server renders every question (readable and scorable on paper
 * without JavaScript) and every sentence of the result, hidden; this element shows one step at a
 * time and reveals the sentences that the pure engine picks. It writes no HTML, only toggles,
 * text and positions.
 */
import {
  matchOutcome,
  scaleOf,
  scorePart,
  verdictKey,
  type ScoredPart,
  type Tally,
  type Verdict,
} from './engine.ts';
import type { PartId } from './ids.ts';
import type { QuizModel } from './payload.ts';
import { isComplete, parseProgress, serializeProgress, START, type Progress, type Step } from './progress.ts';
import { createSafeStorage } from '../site/safe-storage.ts';
import { decodeAnswers, encodeAnswers } from './share-link.ts';

const STORAGE_KEY = 'cso-vs-cro.role-fit-quiz';
const HISTORY_KEY = 'roleFitQuiz';

/** Shows, among the elements with the attribute, those whose value is the given one. */
function reveal(root: ParentNode, attribute: string, value: string | undefined) {
  for (const element of root.querySelectorAll<HTMLElement>(`[${attribute}]`)) {
    element.hidden = element.getAttribute(attribute) !== value;
  }
}

/** Places the marker of a CSO ↔ CRO scale. */
function place(scale: Element | null, tally: Tally) {
  if (scale instanceof HTMLElement) scale.style.setProperty('--position', `${(scaleOf(tally) + 1) * 50}%`);
}

class RoleFitQuiz extends HTMLElement {
  #model!: QuizModel;
  #state: Progress = START;
  #editing = false;
  #storage = createSafeStorage(() => localStorage);

  connectedCallback() {
    const json = this.querySelector('script')?.textContent;
    if (!json || this.#model) return;
    this.#model = JSON.parse(json) as QuizModel;
    this.classList.add('is-ready');
    this.#$('[data-nav]').hidden = false;
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    // Enter on an answer moves on, as it would submit a form; there is no form to submit.
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && event.target instanceof HTMLInputElement) {
        event.preventDefault();
        this.#next();
      }
    });
    addEventListener('popstate', (event) => this.#onPopState(event));

    const link = decodeAnswers(this.#model, location.search);
    this.#state =
      link.kind === 'ok'
        ? {
            plan: this.#model.parts.flatMap(({ id }) => (link.answers[id] ? [id] : [])),
            answers: link.answers,
            step: { kind: 'result' },
          }
        : (link.kind === 'none' && parseProgress(this.#model, this.#storage.read(STORAGE_KEY))) || START;
    if (link.kind === 'invalid') {
      this.#showAddress('');
      reveal(this, 'data-notice', link.problem);
      this.#announce(this.#$(`[data-notice=${link.problem}]`).textContent);
    }
    for (const [part, answers] of Object.entries(this.#state.answers)) {
      for (const [question, option] of Object.entries(answers)) {
        const radio = this.#$<HTMLInputElement>(`[name="${part}-${question}"][value="${option}"]`);
        if (radio) radio.checked = true;
      }
    }
    history.replaceState(this.#historyEntry(), '');
    this.#render(false);
  }

  #$<T extends HTMLElement = HTMLElement>(selector: string, root: ParentNode = this): T {
    return root.querySelector<T>(selector) as T;
  }

  #part(id: PartId) {
    // Every part id in the state was checked against the model when it was read.
    return this.#model.parts.find((part) => part.id === id) as ScoredPart;
  }

  #announce(message: string | null) {
    const live = this.#$('[data-live]');
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message));
  }

  /** What a history entry keeps: the step, not the answers, so Back never undoes an answer. */
  #historyEntry() {
    return { [HISTORY_KEY]: { plan: this.#state.plan, step: this.#state.step } };
  }

  /**
   * Puts a query in the address bar, in place (Back still steps through the quiz): the result's
   * answers, so that a bookmark, the browser's own Share and the language link carry the result
   * with no storage; nothing on every other step.
   */
  #showAddress(search: string) {
    if (location.search !== search) history.replaceState(history.state, '', `${location.pathname}${search}`);
  }

  #save() {
    if (this.#state.plan.length > 0)
      this.#storage.write(STORAGE_KEY, serializeProgress(this.#model, this.#state));
    else this.#storage.remove(STORAGE_KEY);
  }

  #go(step: Step) {
    this.#state = { ...this.#state, step };
    this.#save();
    history.pushState(this.#historyEntry(), '');
    this.#render(true);
  }

  #onPopState({ state }: PopStateEvent) {
    const entry: Progress | undefined = state?.[HISTORY_KEY];
    if (!entry) return;
    const { plan, step } = entry;
    const { answers } = this.#state;
    this.#state = parseProgress(this.#model, serializeProgress(this.#model, { plan, step, answers })) ?? {
      ...START,
      answers,
    };
    this.#editing = false;
    this.#render(true);
  }

  #onChange({ target }: Event) {
    if (!(target instanceof HTMLInputElement)) return;
    const [part, question] = target.name.split(/-(.*)/) as [PartId, string];
    const { answers } = this.#state;
    this.#state = {
      ...this.#state,
      answers: { ...answers, [part]: { ...answers[part], [question]: target.value } },
    };
    this.#$('[data-error]').hidden = true;
    this.#save();
  }

  #onClick({ target }: Event) {
    const button = (target as Element).closest('button');
    const { plan, action, targetPart, targetIndex } = button?.dataset ?? {};
    if (plan) {
      const parts = plan.split(' ') as PartId[];
      const answers: Progress['answers'] = {};
      for (const { id } of this.#model.parts) {
        const kept = this.#state.answers[id];
        if (kept && parts.includes(id)) answers[id] = kept;
        else this.#uncheck(id);
      }
      this.#state = { plan: parts, answers, step: START.step };
      reveal(this, 'data-notice', undefined);
      this.#go({ kind: 'question', part: parts[0] as PartId, index: 0 });
    } else if (action === 'next') this.#next();
    else if (action === 'back') this.#back();
    else if (action === 'change') {
      this.#editing = true;
      this.#go({ kind: 'question', part: targetPart as PartId, index: Number(targetIndex) });
    } else if (action === 'result' || action === 'summary') this.#go({ kind: action });
    else if (action === 'restart') {
      this.#uncheck();
      this.#state = START;
      this.#showAddress('');
      this.#go(START.step);
    } else if (action === 'print') print();
    else if (action === 'copy' && button) void this.#copy(button);
  }

  /** Clears the answers shown for one part, or for all parts. */
  #uncheck(part?: PartId) {
    const selector = part ? `[name^="${part}-"]` : '[type=radio]';
    for (const input of this.querySelectorAll<HTMLInputElement>(selector)) input.checked = false;
  }

  /** When editing one answer from the summary, Next and Back both return to it. */
  #returning() {
    return this.#editing && isComplete(this.#model, this.#state.plan, this.#state.answers);
  }

  #next() {
    const { step, plan, answers } = this.#state;
    if (step.kind !== 'question') return;
    const question = this.#part(step.part).questions[step.index];
    if (!question || !answers[step.part]?.[question.id]) {
      const error = this.#$('[data-error]');
      error.hidden = false;
      this.#$(`#${step.part}-${question?.id} + fieldset`).setAttribute('aria-describedby', error.id);
      this.#announce(error.textContent);
      return;
    }
    const nextPart = plan[plan.indexOf(step.part) + 1];
    if (this.#returning()) this.#go({ kind: 'summary' });
    else if (step.index + 1 < this.#part(step.part).questions.length)
      this.#go({ ...step, index: step.index + 1 });
    else this.#go(nextPart ? { kind: 'question', part: nextPart, index: 0 } : { kind: 'summary' });
  }

  #back() {
    const { step, plan } = this.#state;
    if (step.kind !== 'question') return;
    const previousPart = plan[plan.indexOf(step.part) - 1];
    if (this.#returning()) this.#go({ kind: 'summary' });
    else if (step.index > 0) this.#go({ ...step, index: step.index - 1 });
    else if (previousPart) {
      this.#go({
        kind: 'question',
        part: previousPart,
        index: this.#part(previousPart).questions.length - 1,
      });
    } else this.#go(START.step);
  }

  async #copy(button: HTMLElement) {
    const input = this.#$<HTMLInputElement>('[data-share]');
    try {
      await navigator.clipboard.writeText(input.value);
      this.#announce(button.dataset.copied ?? '');
    } catch {
      input.select();
      this.#announce(button.dataset.failed ?? '');
    }
  }

  #render(moveFocus: boolean) {
    const { step } = this.#state;
    if (step.kind !== 'question') this.#editing = false;
    this.dataset.step = step.kind;
    reveal(this, 'data-panel', step.kind);
    this.#$('[data-error]').hidden = true;
    if (step.kind === 'question') this.#showQuestion(step);
    if (step.kind === 'summary') this.#renderSummary();
    if (step.kind === 'result') this.#renderResult();
    else this.#showAddress('');
    const question = step.kind === 'question' && this.#part(step.part).questions[step.index];
    if (moveFocus)
      this.#$(
        question ? `#${step.kind === 'question' && step.part}-${question.id}` : `#quiz-${step.kind}`,
      ).focus();
  }

  #showQuestion({ part, index }: Step & { kind: 'question' }) {
    const { plan } = this.#state;
    const questions = this.#part(part).questions;
    reveal(this, 'data-part', part);
    reveal(this, 'data-question', questions[index]?.id);
    for (const fieldset of this.querySelectorAll('fieldset')) fieldset.removeAttribute('aria-describedby');
    // The page's styles show the part's introduction on its first question, and the Next label.
    this.dataset.index = String(index);
    this.dataset.next = this.#returning()
      ? 'return'
      : index === questions.length - 1 && part === plan.at(-1)
        ? 'review'
        : 'next';
  }

  #renderSummary() {
    const { plan, answers } = this.#state;
    // The page's styles show the parts of the plan (data-plan).
    this.dataset.plan = plan.join(' ');
    for (const section of this.querySelectorAll<HTMLElement>('[data-summary-part]')) {
      const part = section.dataset.summaryPart as PartId;
      for (const row of section.querySelectorAll<HTMLElement>('[data-summary-question]')) {
        reveal(row, 'data-answer', answers[part]?.[row.dataset.summaryQuestion ?? '']);
      }
    }
  }

  #renderResult() {
    const { plan, answers } = this.#state;
    const verdicts: Partial<Record<PartId, Verdict>> = {};
    const spoken: (string | null)[] = [];
    for (const section of this.querySelectorAll<HTMLElement>('[data-result-part]')) {
      const part = section.dataset.resultPart as PartId;
      const result = plan.includes(part) ? scorePart(this.#part(part), answers[part] ?? {}) : undefined;
      section.hidden = !result;
      if (!result) continue;
      verdicts[part] = result.verdict;
      const key = verdictKey(result.verdict);
      reveal(section, 'data-verdict', key);
      reveal(this.#$(`[data-bottom-part=${part}]`), 'data-bottom-verdict', key);
      spoken.push(this.#$(`[data-verdict="${key}"]`, section).textContent);
      place(section.querySelector('.quiz-scale'), result.tally);
      reveal(section, 'data-scale', String(result.tally.points));
      for (const { id, tally, verdict } of result.dimensions) {
        const row = this.#$(`[data-dimension="${id}"]`, section);
        place(row.querySelector('.quiz-scale'), tally);
        reveal(row, 'data-lean', verdict.kind);
      }
      const reasons = this.#$('.quiz-reasons', section);
      reveal(reasons, 'data-reason', undefined);
      for (const { question, option } of result.reasons) {
        const item = this.#$(`[data-reason="${question}_${option}"]`, reasons);
        item.hidden = false;
        reasons.append(item);
      }
    }
    // With both parts, the bottom line (and the match's details after it) says whether they match.
    const bottomLine = this.#$('[data-bottom-line]');
    this.#$('[data-match]').hidden = bottomLine.hidden = !(verdicts.need && verdicts.fit);
    if (verdicts.need && verdicts.fit) {
      const outcome = matchOutcome(verdicts.need, verdicts.fit);
      reveal(this, 'data-outcome', outcome);
      reveal(bottomLine, 'data-bottom-outcome', outcome);
      spoken.unshift(bottomLine.innerText);
    }
    const shared = Object.fromEntries(plan.map((part) => [part, answers[part]]));
    const query = `?${encodeAnswers(this.#model, shared)}`;
    this.#showAddress(query);
    this.#$<HTMLInputElement>('[data-share]').value = `${location.origin}${location.pathname}${query}`;
    // The brief of the role the answers point to (or both, as the page's styles show), with them.
    const lean = (verdicts.need ?? verdicts.fit)?.kind ?? '';
    this.#$('[data-briefs]').dataset.lean = /^c[rs]o$/.test(lean) ? lean : 'both';
    for (const link of this.querySelectorAll<HTMLAnchorElement>('[data-briefs] a')) link.search = query;
    this.#announce(spoken.join(' '));
  }
}

customElements.define('role-fit-quiz', RoleFitQuiz);
