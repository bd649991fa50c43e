import { defineConfig } from '@playwright/test';
import { findBrowser } from './src/browser/find-browser.ts';

// Throws, naming every browser tried, when none starts: the browser tests fail, they never skip.
const { path: executablePath } = findBrowser();

const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  testDir: 'e2e',
  // `*.test.ts` under e2e/ are the harness's unit tests (Vitest).
  testMatch: '**/*.spec.ts',
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
