import { defineConfig } from '@playwright/test';
import config from './playwright.config.ts';
import { BASE_PATH } from './src/site/site-url.ts';

// The browser smoke test of a build under a sub-path (`npm run test:base`): the deploy tests, which
// write no path from the root, against the preview server serving `OUT_DIR` under `BASE_PATH`.
if (BASE_PATH === '/') {
  throw new Error(
    'Set BASE_PATH (e.g. /cso-vs-cro/) and OUT_DIR to the build made for it: see `npm run test:base`.',
  );
}
const port = Number(process.env.E2E_PORT ?? 4399);

export default defineConfig({
  ...config,
  testMatch: 'deploy.spec.ts',
  use: { ...config.use, baseURL: `http://localhost:${port}${BASE_PATH}` },
  webServer: {
    command: `node src/serve/serve.ts ${port}`,
    url: `http://localhost:${port}${BASE_PATH}es/`,
    reuseExistingServer: false,
    stdout: 'ignore',
  },
});
