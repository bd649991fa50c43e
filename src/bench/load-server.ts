/**
 * One server of the load benchmark, in a process of its own so that it does not share a thread with
 * the load it answers: `site` is the preview server as `npm start` runs it, `sirv` is sirv alone,
 * serving the same build with its precompressed files and ETags, and the same headers of `_headers`
 * through its own `setHeaders`: both answers carry the same bytes, so the comparison weighs what
 * the preview server does, not the size of the security headers. Prints `ready <port>` once listening.
 * Usage: node src/bench/load-server.ts site|sirv <build folder> <base path>
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import sirv from 'sirv';
import { headersLookup, parseHeadersFile } from '../site/security-headers.ts';
import { joinBase } from '../site/base-path.ts';
import { createStaticServer } from '../serve/static-server.ts';

const [kind, root = '', base = '/'] = process.argv.slice(2);
let server: Server;
const headersFor = headersLookup(parseHeadersFile(readFileSync(join(root, '_headers'), 'utf8')));
if (kind === 'site') {
  server = createStaticServer({ root, base, headersFor });
} else if (kind === 'sirv') {
  const serve = sirv(root, {
    etag: true,
    gzip: true,
    brotli: true,
    setHeaders: (response, pathname) => {
      response.setHeader('Cache-Control', 'no-cache');
      for (const [name, value] of Object.entries(headersFor(joinBase(base, pathname.slice(1))))) {
        response.setHeader(name, value);
      }
    },
  });
  // sirv serves from `/`: the base is taken off first, as a host mounting it there would.
  server = createServer((request, response) => {
    request.url = joinBase('/', (request.url ?? '/').slice(base.length - 1));
    serve(request, response);
  });
} else {
  console.error('Usage: node src/bench/load-server.ts site|sirv <build folder> <base path>');
  process.exit(2);
}
server.listen(0, '127.0.0.1', () => {
  console.log(`ready ${(server.address() as AddressInfo).port}`);
});
