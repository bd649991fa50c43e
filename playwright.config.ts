import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/** Debian's Chromium: these machines cannot download Playwright's own browsers. */
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `No Chromium at ${executablePath}: the browser tests cannot run. Install it with ` +
      '`apt-get install chromium` (as root), or point CHROMIUM_PATH at a Chromium binary.',
  );
}

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  reporter: [['list']],
  // axe over the pages that hold every quote takes a while on two cores.
  timeout: 90_000,
  use: {
    baseURL: `http://localhost:${port}`,
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node src/serve/serve.ts ${port}`,
    url: `http://localhost:${port}/es/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
