import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { parse } from 'yaml';

/** The parts of a GitHub Actions workflow this test reads. */
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  permissions: Record<string, string>;
  jobs: Record<
    string,
    {
      needs?: string;
      env?: Record<string, string>;
      environment?: { name: string };
      steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
    }
  >;
}

const workflow = parse(
  readFileSync(new URL('../../.github/workflows/deploy.yml', import.meta.url), 'utf8'),
) as Workflow;

test('the Pages workflow runs on a push to main and by hand, with the rights a Pages deployment needs', () => {
  expect(workflow.on.push?.branches).toEqual(['main']);
  expect(workflow.on).toHaveProperty('workflow_dispatch');
  expect(workflow.permissions).toEqual({ contents: 'read', pages: 'write', 'id-token': 'write' });
});

test("it builds on the Node the site needs, for the repository's address and path, and uploads dist/", () => {
  const build = workflow.jobs['build'];
  const node = build?.steps.find((step) => step.uses?.startsWith('actions/setup-node@'));
  expect(Number(node?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
  expect(build?.steps.map((step) => step.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
  const upload = build?.steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact@'));
  expect(upload?.with?.['path']).toBe('dist');
  expect(build?.env?.['SITE_URL']).toContain("format('https://{0}.github.io', github.repository_owner)");
  expect(build?.env?.['BASE_PATH']).toContain("format('/{0}/', github.event.repository.name)");
  expect(build?.env?.['BASE_PATH']).toContain('vars.BASE_PATH');
});

test("it keeps Astro's cache folder between deploys: restored after the install, before the build", () => {
  const steps = workflow.jobs['build']?.steps ?? [];
  const at = (find: (step: (typeof steps)[number]) => boolean) => steps.findIndex(find);
  const cache = steps.find((step) => step.uses?.startsWith('actions/cache@'));
  expect(cache?.with?.['path']).toBe('node_modules/.astro');
  // A key of its own each run, so that every deploy saves what it built; the newest is restored.
  expect(cache?.with?.['key']).toMatch(/^astro-cache-\$\{\{ github\.run_id \}\}$/);
  expect(cache?.with?.['restore-keys']).toBe('astro-cache-');
  const restore = at((step) => step === cache);
  expect(at((step) => step.run === 'npm ci')).toBeLessThan(restore);
  expect(at((step) => step.run === 'npm run build')).toBeGreaterThan(restore);
});

test('it deploys what the build uploaded, to the github-pages environment', () => {
  const deploy = workflow.jobs['deploy'];
  expect(deploy?.needs).toBe('build');
  expect(deploy?.environment?.name).toBe('github-pages');
  expect(deploy?.steps.map((step) => step.uses)).toEqual([
    expect.stringMatching(/^actions\/deploy-pages@v\d+$/),
  ]);
});
