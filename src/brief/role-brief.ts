/**
 * A role brief's island: remembers the checklist, copies the brief as text, prints it, and, when
 * the page is opened with a quiz result's answers, reveals the server-rendered verdicts and the
 * match or mismatch. It writes no HTML, only toggles, text and hrefs.
 */
import { matchOutcome, scorePart, verdictKey, type Verdict } from '../quiz/engine.ts';
import type { PartId } from '../quiz/ids.ts';
import type { QuizModel } from '../quiz/payload.ts';
import { decodeAnswers } from '../quiz/share-link.ts';
import { createSafeStorage } from '../site/safe-storage.ts';
import { checklistKey, parseTicked, serializeTicked } from './checklist-state.ts';

class RoleBrief extends HTMLElement {
  connectedCallback() {
    const role = this.dataset.role ?? '';
    const storage = createSafeStorage(() => localStorage);
    const $ = <T extends Element = HTMLElement>(selector: string, root: ParentNode = this) =>
      root.querySelector<T>(selector);

    // The checklist: ticks survive a reload where storage allows; without it they simply don't.
    const inputs = [...document.querySelectorAll<HTMLInputElement>(`[data-checklist="${role}"] input`)];
    const ids = inputs.map(({ value }) => value);
    const ticked = parseTicked(ids, storage.read(checklistKey(role)));
    for (const input of inputs) input.checked = ticked.has(input.value);
    for (const input of inputs) {
      input.addEventListener('change', () => {
        const now = new Set(inputs.filter(({ checked }) => checked).map(({ value }) => value));
        storage.write(checklistKey(role), serializeTicked(ids, now));
      });
    }

    this.addEventListener('click', ({ target }) => {
      const action = (target as Element).closest<HTMLElement>('[data-action]')?.dataset.action;
      if (action === 'print') print();
      if (action === 'copy') void this.#copy();
    });

    const model = JSON.parse($('[data-model]')?.textContent ?? '{}') as QuizModel;
    const link = decodeAnswers(model, location.search);
    const personal = $('[data-personal]');
    if (!personal || link.kind === 'none') return;
    personal.hidden = false;
    if (link.kind === 'invalid') {
      const notice = $(`[data-notice="${link.problem}"]`);
      if (notice) notice.hidden = false;
      this.#announce(notice?.textContent);
      return;
    }
    const verdicts: Partial<Record<PartId, Verdict>> = {};
    for (const part of model.parts) {
      const answers = link.answers[part.id];
      const result = answers && scorePart(part, answers);
      const line = $(`[data-result-part="${part.id}"]`);
      if (!result || !line) continue;
      verdicts[part.id] = result.verdict;
      line.hidden = false;
      for (const strong of line.querySelectorAll<HTMLElement>('[data-verdict]')) {
        strong.hidden = strong.dataset.verdict !== verdictKey(result.verdict);
      }
    }
    if (verdicts.need && verdicts.fit) {
      const outcome = matchOutcome(verdicts.need, verdicts.fit);
      const match = $('[data-match]');
      if (match) match.hidden = false;
      for (const block of this.querySelectorAll<HTMLElement>('[data-outcome]')) {
        block.hidden = block.dataset.outcome !== outcome;
      }
    }
    // Answers that point to the other role lead to its brief, with the same answers.
    const pointsTo = (verdicts.need ?? verdicts.fit)?.kind;
    if ((pointsTo === 'cso' || pointsTo === 'cro') && pointsTo !== role) {
      const other = $('[data-other]');
      const otherLink = $<HTMLAnchorElement>('[data-other-link]');
      if (other && otherLink) {
        other.hidden = false;
        otherLink.search = location.search;
      }
    }
    $('#brief-personal')?.focus();
  }

  #announce(message: string | null | undefined) {
    const live = this.querySelector('[data-live]');
    if (!live) return;
    live.textContent = '';
    requestAnimationFrame(() => (live.textContent = message ?? ''));
  }

  /** The brief as text: its head, the personal part as shown, then the rest. */
  #text(): string {
    const part = (selector: string) => this.querySelector(selector)?.textContent ?? '';
    // The Markdown is JSON in a script element: its text is raw, so JSON carries every character.
    const markdown = (selector: string) => JSON.parse(part(selector) || '""') as string;
    const personal = this.querySelector<HTMLElement>('[data-personal]');
    const lines: string[] = [];
    if (personal && !personal.hidden) {
      lines.push(`## ${part('#brief-personal').trim()}`, '');
      for (const shown of personal.querySelectorAll<HTMLElement>(
        '[data-verdict]:not([hidden]), [data-notice]:not([hidden])',
      )) {
        if (!shown.closest('[hidden]')) lines.push(shown.textContent?.replace(/\s+/g, ' ').trim() ?? '', '');
      }
      const outcome = personal.querySelector<HTMLElement>(
        '[data-match]:not([hidden]) [data-outcome]:not([hidden])',
      );
      // A blank line between the outcome's last quote and the next heading.
      if (outcome) lines.push(markdown(`[data-markdown-outcome="${outcome.dataset.outcome}"]`), '', '');
    }
    return `${markdown('[data-markdown="head"]')}\n${lines.join('\n')}${markdown('[data-markdown="body"]')}`;
  }

  async #copy() {
    try {
      await navigator.clipboard.writeText(this.#text());
      this.#announce(this.dataset.copied);
    } catch {
      this.#announce(this.dataset.failed);
    }
  }
}

customElements.define('role-brief', RoleBrief);
