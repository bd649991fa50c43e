/**
 * The site's response headers, written once as rules and rendered twice: the `_headers` file that
 * Netlify and Cloudflare Pages read (a path pattern on its own line, then its headers indented
 * below it), which the preview server applies the same way, and an include for nginx.
 */

/** Headers for the paths a pattern matches; `*` matches anything, slashes included. */
export interface HeaderRule {
  pattern: string;
  headers: Record<string, string>;
}

/** The security headers every response carries, besides the Content-Security-Policy. */
export const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
} as const satisfies Record<string, string>;

/** The file of a build that holds its headers as an nginx include, beside `_headers`. */
export const NGINX_INCLUDE = 'nginx-headers.conf';

/** The caching of a response no rule speaks of: pages are revalidated each time, by their ETag. */
export const DEFAULT_CACHE_CONTROL = 'no-cache';

/** Hashed build assets never change at their URL: cached for a year, never revalidated. */
export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';

/**
 * The site's rules, for a build under a base path (`/` or `/cso-vs-cro/`): the Content-Security-Policy
 * and the security headers on every response, and long caching for the hashed assets of `_astro/`.
 */
export function siteHeaderRules(base: string, contentSecurityPolicy: string): HeaderRule[] {
  return [
    {
      pattern: `${base}*`,
      headers: { 'Content-Security-Policy': contentSecurityPolicy, ...SECURITY_HEADERS },
    },
    { pattern: `${base}_astro/*`, headers: { 'Cache-Control': IMMUTABLE_CACHE_CONTROL } },
  ];
}

/** Writes rules in the `_headers` format. */
export function renderHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map(({ pattern, headers }) =>
      [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'),
    )
    .join('\n\n')
    .concat('\n');
}

/** Reads a `_headers` file; lines it does not understand are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
      continue;
    }
    const colon = line.indexOf(':');
    const rule = rules.at(-1);
    if (rule && colon > 0) rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

/** A pattern as a regular expression: `*` matches anything, slashes included; all else is literal. */
function patternToRegExp(pattern: string): RegExp {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`);
}

/**
 * Makes a lookup of the headers for a path from rules, with every pattern compiled once: what a
 * server calls on each request. Collects the headers of every rule that matches; later rules win
 * on the same name.
 */
export function headersLookup(rules: readonly HeaderRule[]): (pathname: string) => Record<string, string> {
  const compiled = rules.map((rule) => ({ pattern: patternToRegExp(rule.pattern), headers: rule.headers }));
  return (pathname) => {
    const headers: Record<string, string> = {};
    for (const rule of compiled) if (rule.pattern.test(pathname)) Object.assign(headers, rule.headers);
    return headers;
  };
}

/** Collects the headers of every rule that matches a path; later rules win on the same name. */
export function headersForPath(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  return headersLookup(rules)(pathname);
}

// nginx reads `$` in a string as a variable and has no escape for it: such a value is refused.
const nginxString = (value: string) => {
  if (/["$\\\n]/.test(value)) throw new Error(`A header value nginx cannot carry as written: ${value}`);
  return `"${value}"`;
};

/**
 * Writes rules as an nginx include: one `location` per rule and per folder with a 404 page, each
 * carrying every header that applies there, because nginx drops a level's `add_header`s wherever a
 * deeper level has its own. Headers are sent `always` (on 404s too), pages without a Cache-Control
 * rule get `no-cache`, precompressed `.gz` copies are served as they are, and a missing path gets
 * the nearest 404 page. Only `*` at the end of a pattern (a prefix) is understood by nginx here.
 */
export function renderNginxInclude(rules: readonly HeaderRule[], notFoundPages: readonly string[]): string {
  const prefixes = new Set<string>();
  for (const { pattern } of rules) {
    const prefix = pattern.replace(/\*$/, '');
    if (prefix.includes('*') || !prefix.endsWith('/')) {
      throw new Error(`The nginx include only knows patterns like /folder/*, not ${pattern}`);
    }
    prefixes.add(prefix);
  }
  for (const page of notFoundPages) prefixes.add(page.replace(/404\.html$/, ''));
  const nearestNotFound = (prefix: string) =>
    [...notFoundPages]
      .filter((page) => prefix.startsWith(page.replace(/404\.html$/, '')))
      .sort((a, b) => b.length - a.length)[0];
  const blocks = [...prefixes].sort().map((prefix) => {
    const headers = { 'Cache-Control': DEFAULT_CACHE_CONTROL, ...headersForPath(rules, prefix) };
    const notFound = nearestNotFound(prefix);
    return [
      `location ${prefix} {`,
      ...Object.entries(headers).map(([name, value]) => `  add_header ${name} ${nginxString(value)} always;`),
      '  gzip_static on;',
      '  gzip_vary on;',
      '  absolute_redirect off;',
      ...(notFound ? [`  error_page 404 ${notFound};`] : []),
      '}',
    ].join('\n');
  });
  return `# Generated by the build from the same rules as _headers: do not edit.\n${blocks.join('\n\n')}\n`;
}
