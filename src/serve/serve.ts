import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersLookup, parseHeadersFile } from '../site/security-headers.ts';
import { BASE_PATH, OUT_DIR } from '../site/site-url.ts';
import { createStaticServer } from './static-server.ts';

// Serves the build the way a static host would: its precompressed files, the headers of its
// `_headers`, under `BASE_PATH` when the build was made for one.
// Usage: node src/serve/serve.ts [port]   (PORT, BASE_PATH and OUT_DIR from the environment)
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = fileURLToPath(new URL(`../../${OUT_DIR}/`, import.meta.url));
let rules: ReturnType<typeof parseHeadersFile> = [];
try {
  rules = parseHeadersFile(readFileSync(new URL('_headers', `file://${root}`), 'utf8'));
} catch {
  console.error(`No ${OUT_DIR}/_headers: run \`npm run build\` first.`);
  process.exit(1);
}
const server = createStaticServer({
  root,
  base: BASE_PATH,
  headersFor: headersLookup(rules),
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}${BASE_PATH}`);
});
