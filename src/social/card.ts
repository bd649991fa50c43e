/**
 * Social cards: the 1200×630 image a shared link shows, drawn as SVG from the page's title and the
 * site's look, then rasterised to PNG at build. Pure: text in, SVG out.
 */
import { wrapText } from '../diagrams/wrap-text.ts';

/** The size every social card has. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What a card shows. */
export interface CardContent {
  /** The page title, the card's headline. */
  title: string;
  /** The site's name. */
  site: string;
  /** A short line under the title, e.g. the site's promise in the page's language. */
  tagline: string;
  /** The page's language, written in it (e.g. "Español"). */
  language: string;
  /** The `lang` of the texts, so the SVG says what language it is in. */
  lang: string;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const TITLE_SIZE = 64;
const TITLE_LINES = 4;

/** Fits the title in at most four lines, shortening the last with an ellipsis if it must. */
export function fitTitle(title: string, maxChars: number): string[] {
  const lines = wrapText(title, maxChars);
  if (lines.length <= TITLE_LINES) return lines;
  const kept = lines.slice(0, TITLE_LINES);
  kept[TITLE_LINES - 1] = `${(kept[TITLE_LINES - 1] ?? '').slice(0, maxChars - 1).trimEnd()}…`;
  return kept;
}

/** Draws a card as an SVG document. */
export function renderCardSvg({ title, site, tagline, language, lang }: CardContent): string {
  const { width, height } = CARD_SIZE;
  // Bold sans-serif glyphs average about 0.6 em: this many characters fit across the card.
  const lines = fitTitle(title, Math.floor((width - 160) / (TITLE_SIZE * 0.6)));
  const top = 210;
  const font = "font-family=\"'DejaVu Sans', 'Liberation Sans', Arial, sans-serif\"";
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" lang="${escapeXml(lang)}">
  <rect width="${width}" height="${height}" fill="#17181c"/>
  <rect width="${width}" height="12" fill="#7c7fff"/>
  <text x="80" y="110" ${font} font-size="40" font-weight="700" fill="#b7b9ff">${escapeXml(site)}</text>
  <text x="${width - 80}" y="110" ${font} font-size="28" fill="#c0c2c7" text-anchor="end">${escapeXml(language)}</text>
  <text ${font} font-size="${TITLE_SIZE}" font-weight="700" fill="#ffffff">${lines
    .map((line, index) => `<tspan x="80" y="${top + index * TITLE_SIZE * 1.15}">${escapeXml(line)}</tspan>`)
    .join('')}</text>
  <text x="80" y="520" ${font} font-size="28" fill="#c0c2c7">${escapeXml(tagline)}</text>
  <g ${font} font-size="26" font-weight="700" fill="#ffffff">
    <text x="80" y="580">CSO</text>
    <rect x="160" y="568" width="880" height="6" rx="3" fill="#3a3d45"/>
    <rect x="520" y="568" width="160" height="6" fill="#6a6d75"/>
    <circle cx="600" cy="571" r="12" fill="#7c7fff"/>
    <text x="${width - 80}" y="580" text-anchor="end">CRO</text>
  </g>
</svg>`;
}

/** The path of a page's card: `/es/comparison/` → `/social/es/comparison.png`, `/` → `/social/index.png`. */
export function cardPathFor(pagePath: string): string {
  const slug = pagePath.replace(/^\/+|\/+$/g, '');
  return `/social/${slug || 'index'}.png`;
}

/** Reads the width and height of a PNG from its header; `undefined` when it is not a PNG. */
export function readPngSize(png: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (png.length < 24 || signature.some((byte, i) => png[i] !== byte)) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
