/**
 * Pagefind's search UI, mounted in the site's search dialog the first time it opens: a result opens
 * at the section that answers the query, and a search that finds nothing says where to look, and
 * which of the articles' silences the reader ran into.
 */
import { PagefindUI } from '@pagefind/default-ui';
import { openAtLanding } from './landing.ts';
import { findSilences, saysNoResults } from './no-results.ts';

// Pagefind's own English for "no results", which Starlight leaves untranslated in English.
const ZERO_RESULTS = 'No results for [SEARCH_TERM]';

/** Mounts the UI in the dialog's `#starlight__search`, with Pagefind's strings in the page's language. */
export function mountSearchUi(root: HTMLElement, translations: Record<string, string>) {
  const query = () => root.querySelector<HTMLInputElement>('.pagefind-ui__search-input')?.value.trim() ?? '';
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  new PagefindUI({
    element: '#starlight__search',
    baseUrl: import.meta.env.BASE_URL,
    bundlePath: `${base}/pagefind/`,
    showImages: false,
    showSubResults: true,
    translations,
    processResult: (result) => openAtLanding(result, query()),
  });
  // Pagefind names its input only by `title` and `placeholder`, which vanish as you type.
  const input = root.querySelector('.pagefind-ui__search-input');
  if (input && translations['placeholder']) input.setAttribute('aria-label', translations['placeholder']);

  const hint = root.querySelector<HTMLElement>('[data-no-results]');
  const ui = root.querySelector('.search-ui');
  if (!hint || !ui) return;
  const silences = [...hint.querySelectorAll<HTMLElement>('[data-silence]')];
  const words = Object.fromEntries(
    silences.map((item) => [item.dataset.silence ?? '', (item.dataset.words ?? '').split('|')]),
  );
  // Under Pagefind's own message, once it says that nothing was found for the query typed.
  new MutationObserver(() => {
    const message = ui.querySelector('.pagefind-ui__message')?.textContent?.trim() ?? '';
    hint.hidden = !query() || !saysNoResults(translations['zero_results'] ?? ZERO_RESULTS, message);
    if (hint.hidden) return;
    const asked = findSilences(words, query());
    for (const item of silences) item.hidden = !asked.includes(item.dataset.silence ?? '');
  }).observe(ui, { childList: true, subtree: true, characterData: true });
}
