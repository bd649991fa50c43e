/**
 * The address the site is served at: canonical links, hreflang alternates, the sitemap and social
 * card URLs use it. Set `SITE_URL` when deploying; by default it is where `npm start` serves.
 */
export const SITE_URL = process.env['SITE_URL'] ?? 'http://localhost:4321';
