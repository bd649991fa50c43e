import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersForPath, parseHeadersFile } from '../build/headers-file.ts';
import { createStaticServer } from './static-server.ts';

// Serves the built site the way a static host would: gzip, and the headers of `dist/_headers`.
// Usage: node src/serve/serve.ts [port]
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = fileURLToPath(new URL('../../dist/', import.meta.url));
let rules: ReturnType<typeof parseHeadersFile> = [];
try {
  rules = parseHeadersFile(readFileSync(new URL('_headers', `file://${root}`), 'utf8'));
} catch {
  console.warn('No dist/_headers: serving without the security headers. Run `npm run build` first.');
}
const server = createStaticServer({ root, headersFor: (pathname) => headersForPath(rules, pathname) });
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}/`);
});
