// Pagefind's default UI ships no types; this is the part of it the site uses.
declare module '@pagefind/default-ui' {
  export interface PagefindUIOptions {
    element: string;
    baseUrl: string;
    bundlePath: string;
    showImages: boolean;
    showSubResults: boolean;
    translations: Record<string, string>;
    processResult?: <T extends import('./landing.ts').ShownResult>(result: T) => T;
  }
  export class PagefindUI {
    constructor(options: PagefindUIOptions);
  }
}
