import { fileURLToPath } from 'node:url';
import { createStaticServer } from './static-server.ts';

// Serves the built site the way a static host would. Usage: node src/serve/serve.ts [port]
const port = Number(process.argv[2] ?? process.env.PORT ?? 4321);
const root = fileURLToPath(new URL('../../dist/', import.meta.url));
const server = createStaticServer({ root });
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://localhost:${port}/`);
});
