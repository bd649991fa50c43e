/**
 * Serves the build in `OUT_DIR` (built under `BASE_PATH`) with Debian's nginx, run as an ordinary
 * process on a loopback port with the build's own header include, runs the host checks against
 * it, and stops it. Exits non-zero when nginx is missing or a check fails.
 * Usage: node src/quality/check-nginx.ts [port]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NGINX_INCLUDE } from '../site/security-headers.ts';
import { BASE_PATH, OUT_DIR } from '../site/site-url.ts';
import { renderNginxConfig } from '../serve/nginx-config.ts';
import { askOver, checkHost } from './host-checks.ts';

const port = Number(process.argv[2] ?? 4480);
const build = fileURLToPath(new URL(`../../${OUT_DIR}/`, import.meta.url));
if (!existsSync(join(build, NGINX_INCLUDE))) {
  console.error(`No ${OUT_DIR}/${NGINX_INCLUDE}: build the site first (npm run build).`);
  process.exit(1);
}
if (spawnSync('nginx', ['-v']).error) {
  console.error("No nginx: install Debian's package (apt-get install nginx-light).");
  process.exit(1);
}

// nginx serves `root` + the URL path: the build goes where the base path says, in a folder of its own.
const prefix = await mkdtemp(join(tmpdir(), 'cso-vs-cro-nginx-'));
// Run as root, nginx's workers drop to an unprivileged user, who must be able to walk in.
await chmod(prefix, 0o755);
const root = join(prefix, 'site');
const mount = join(root, BASE_PATH);
await mkdir(dirname(mount.replace(/\/$/, '')), { recursive: true });
if (BASE_PATH === '/') await symlink(build, root);
else await symlink(build, mount.replace(/\/$/, ''));
const config = join(prefix, 'nginx.conf');
await writeFile(
  config,
  renderNginxConfig({
    port,
    prefix,
    root,
    include: join(build, NGINX_INCLUDE),
    mimeTypes: '/etc/nginx/mime.types',
  }),
);

const nginx = spawn('nginx', ['-c', config, '-p', prefix], { stdio: ['ignore', 'inherit', 'inherit'] });
let failed = true;
try {
  await waitForPort(port);
  const origin = `http://127.0.0.1:${port}`;
  const { checks, problems } = await checkHost(askOver(origin), BASE_PATH);
  console.log(
    `nginx (${OUT_DIR}/ at ${origin}${BASE_PATH}): ${checks} host checks, ${problems.length} problems.`,
  );
  for (const problem of problems) console.error(`  ${problem}`);
  failed = problems.length > 0;
} finally {
  nginx.kill('SIGQUIT');
  await new Promise((resolve) => nginx.once('exit', resolve));
  await rm(prefix, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

/** Waits until something listens on a loopback port, for at most ten seconds. */
async function waitForPort(portNumber: number): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (nginx.exitCode !== null)
      throw new Error(`nginx stopped at once (exit ${nginx.exitCode}): see its messages above`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(portNumber, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on 127.0.0.1:${portNumber} within ten seconds`);
}
