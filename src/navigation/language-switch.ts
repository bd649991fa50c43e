/**
 * The language link, upgraded: just before it is followed, copied or opened in a new tab, it takes
 * the reader's place along (a quiz result's answers, the anchor, or the section being read). The
 * server's link (the same page, at its top) is what works without JavaScript.
 */
import { buildSwitchHref, findReadingSection } from './switch-target.ts';

// Sections of the page's own prose: an island's headings (the quiz's steps) are its own business.
const HEADINGS = '.sl-markdown-content :is(h2, h3, h4)[id]:not(.not-content *)';

/** The section at the top of the viewport, by the heading above the line under the fixed header. */
function readingSection(): string | undefined {
  const line = parseFloat(getComputedStyle(document.documentElement).scrollPaddingTop) || 0;
  const headings = [...document.querySelectorAll<HTMLElement>(HEADINGS)]
    .filter((heading) => heading.getClientRects().length > 0)
    .map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top }));
  return findReadingSection(headings, line + 1);
}

class LanguageSwitch extends HTMLElement {
  connectedCallback() {
    for (const link of this.querySelectorAll('a')) {
      const serverHref = link.getAttribute('href') ?? '';
      const update = () => {
        const { search, hash } = location;
        link.href = buildSwitchHref(serverHref, {
          search,
          hash,
          section: hash ? undefined : readingSection(),
        });
      };
      // Pointer and focus come before a click, a middle click, a context menu or Enter.
      for (const type of ['pointerdown', 'focus', 'click']) link.addEventListener(type, update);
    }
  }
}

customElements.define('language-switch', LanguageSwitch);
