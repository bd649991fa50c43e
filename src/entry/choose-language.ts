import { pickLanguage } from './pick-language.ts';

// The entry page at `/` sends a visitor on to the home page in their browser's language. Without
// JavaScript, the page's two links do the same job.
// The 404 page shares the layout but must stay where it is.
if (document.body.dataset.redirect === 'language') {
  const preferred = navigator.languages.length > 0 ? navigator.languages : [navigator.language];
  const target = document.querySelector<HTMLAnchorElement>(`a[data-entry-lang="${pickLanguage(preferred)}"]`);
  if (target) location.replace(target.href);
}
