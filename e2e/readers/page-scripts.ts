/** Scripts each driver runs in every page before the page's own, as source text. */

/** Puts every CSP violation on the console, where each driver collects the page's errors. */
export const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (event) => {
  console.error('CSP violation: ' + event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline code') + ' in ' + location.pathname);
});`;

/** Makes every use of `localStorage` throw, as a browser with storage blocked does. */
export const BLOCK_STORAGE = `Object.defineProperty(window, 'localStorage', {
  get() { throw new DOMException('Storage is disabled', 'SecurityError'); },
});`;

/** The scripts a session's pages start with. */
export function listInitScripts(options: { storage?: boolean; initScripts?: readonly string[] }): string[] {
  return [
    REPORT_CSP_VIOLATIONS,
    ...(options.storage === false ? [BLOCK_STORAGE] : []),
    ...(options.initScripts ?? []),
  ];
}
