/**
 * Site search in a dialog. Pagefind's UI and index load the first time the dialog opens (see
 * search-ui.ts), so a reader who never searches downloads none of it.
 */
const APPLE = /Mac|iPhone|iPod|iPad/i;

class SiteSearch extends HTMLElement {
  #ready: Promise<void> | undefined;

  connectedCallback() {
    const open = this.querySelector<HTMLButtonElement>('[data-open]');
    const dialog = this.querySelector('dialog');
    if (!open || !dialog) return;
    const shortcut = open.querySelector<HTMLElement>('.search-shortcut');
    if (shortcut) {
      // `navigator.platform` is deprecated but, unlike the user agent, not spoofed by devtools.
      if (APPLE.test(navigator.platform)) {
        const modifier = shortcut.querySelector('kbd');
        if (modifier) modifier.textContent = '⌘';
        open.setAttribute('aria-keyshortcuts', 'Meta+K');
      }
      shortcut.hidden = false;
    }
    open.hidden = false;
    open.addEventListener('click', () => this.#open(dialog));
    this.querySelector('[data-close]')?.addEventListener('click', () => dialog.close());
    // A click on the backdrop (the dialog itself) or on a result closes the dialog.
    dialog.addEventListener('click', ({ target }) => {
      if (target === dialog || (target instanceof Element && target.closest('a'))) dialog.close();
    });
    dialog.addEventListener('close', () => document.body.removeAttribute('data-search-open'));
    addEventListener('keydown', (event) => {
      if ((event.metaKey || event.ctrlKey) && event.key.toLowerCase() === 'k') {
        event.preventDefault();
        if (dialog.open) dialog.close();
        else this.#open(dialog);
      }
    });
  }

  async #open(dialog: HTMLDialogElement) {
    dialog.showModal();
    document.body.setAttribute('data-search-open', '');
    this.#ready ??= this.#loadUi();
    await this.#ready;
    this.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.focus();
  }

  async #loadUi() {
    let translations: Record<string, string> = {};
    try {
      translations = JSON.parse(this.dataset.translations ?? '{}') as Record<string, string>;
    } catch {
      // Untranslated search strings are better than no search.
    }
    // Loaded on first use: a reader who never searches downloads none of it.
    const { mountSearchUi } = await import('./search-ui.ts');
    mountSearchUi(this, translations);
  }
}

customElements.define('site-search', SiteSearch);
