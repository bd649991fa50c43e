/**
 * Checks what the build itself does not check in `dist/` (or `OUT_DIR`, built under `BASE_PATH`):
 * the W3C Nu HTML Checker over every HTML file, every page's social card, and every compressed copy
 * against its file. (The build checks every link, anchor and text fragment, and fails on a broken
 * one; `npm run test:nginx` checks the nginx include against real nginx.) Exits non-zero, listing
 * each problem, when anything is wrong.
 * Usage: node src/quality/check-dist.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import vnuJar from 'vnu-jar';
import { BASE_PATH, OUT_DIR, SITE_URL } from '../site/site-url.ts';
import { shouldPrecompress } from '../integration/precompress.ts';
import { readPngSize, CARD_SIZE } from '../social/card.ts';

const dist = new URL(`../../${OUT_DIR}/`, import.meta.url);
const origin = new URL(SITE_URL).origin;

if (!existsSync(new URL('index.html', dist))) {
  console.error(`No built site in ${OUT_DIR}/: run \`npm run build\` first.`);
  process.exit(1);
}
console.log(`Checking ${OUT_DIR}/, built for ${origin}${BASE_PATH}`);

const files = (await readdir(dist, { recursive: true })).map(String);
const htmlFiles = files.filter((file) => file.endsWith('.html')).sort();
let failed = false;

const fileSet = new Set(files);

// Social cards: every page names a PNG of 1200×630 for Open Graph and Twitter.
const cardProblems: string[] = [];
for (const file of htmlFiles) {
  const html = await readFile(new URL(file, dist), 'utf8');
  for (const name of ['og:image', 'twitter:image']) {
    const url = new RegExp(`<meta (?:property|name)="${name}" content="([^"]+)"`).exec(html)?.[1];
    const pathname = url && new URL(url).origin === origin ? new URL(url).pathname : undefined;
    const path = pathname?.startsWith(BASE_PATH) ? pathname.slice(BASE_PATH.length) : undefined;
    const size = path && fileSet.has(path) ? readPngSize(await readFile(new URL(path, dist))) : undefined;
    if (size?.width !== CARD_SIZE.width || size.height !== CARD_SIZE.height) {
      cardProblems.push(
        `${file}: ${name} ${url ?? '(none)'} is not a ${CARD_SIZE.width}×${CARD_SIZE.height} PNG of the site`,
      );
    }
  }
}
console.log(`Social cards: ${htmlFiles.length} pages checked, ${cardProblems.length} problems.`);
for (const problem of cardProblems) console.error(`  ${problem}`);
failed ||= cardProblems.length > 0;

// Compressed copies: every `.br` and `.gz` beside a file holds that file's bytes as they are now,
// and every text file has at least one (a host sending a stale copy would serve another page).
const copyProblems: string[] = [];
let copyCount = 0;
for (const file of files.filter(shouldPrecompress)) {
  const body = await readFile(new URL(file, dist));
  let copies = 0;
  for (const [suffix, decompress] of [
    ['.br', brotliDecompressSync],
    ['.gz', gunzipSync],
  ] as const) {
    if (!fileSet.has(`${file}${suffix}`)) continue;
    copies++;
    copyCount++;
    let matches = false;
    try {
      matches = decompress(await readFile(new URL(`${file}${suffix}`, dist))).equals(body);
    } catch {
      // Not a valid compressed file: reported below like a stale one.
    }
    if (!matches) copyProblems.push(`${file}${suffix} does not hold the bytes of ${file}`);
  }
  if (copies === 0 && body.length > 1024) copyProblems.push(`${file} has no compressed copy`);
}
console.log(`Compressed copies: ${copyCount} checked against their files, ${copyProblems.length} problems.`);
for (const problem of copyProblems) console.error(`  ${problem}`);
failed ||= copyProblems.length > 0;

// The Nu HTML Checker.
const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.error) {
  console.error(
    'The Nu HTML Checker needs Java, and `java` was not found: install a JRE (apt-get install default-jre-headless).',
  );
  process.exit(1);
}
const vnu = spawnSync(
  'java',
  [
    '-jar',
    vnuJar,
    '--format',
    'json',
    '--skip-non-html',
    ...htmlFiles.map((file) => fileURLToPath(new URL(file, dist))),
  ],
  { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
);
let messages: { type: string; subType?: string; url?: string; message: string; lastLine?: number }[];
try {
  messages = (JSON.parse(vnu.stderr) as { messages: typeof messages }).messages;
} catch {
  console.error(`The Nu HTML Checker gave no report:\n${vnu.stderr}\n${vnu.stdout}`);
  process.exit(1);
}
const errors = messages.filter(({ type, subType }) => type === 'error' || subType === 'fatal');
console.log(`HTML: ${htmlFiles.length} files checked by the Nu HTML Checker, ${errors.length} errors.`);
for (const { url, lastLine, message } of errors) {
  console.error(`  ${url?.replace(fileURLToPath(dist), '')}:${lastLine ?? '?'} ${message}`);
}
failed ||= errors.length > 0;

process.exit(failed ? 1 : 0);
