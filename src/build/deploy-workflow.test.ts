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
      steps: { uses?: string; with?: Record<string, unknown> }[];
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

test("it builds with Astro's action, on the Node the site needs, for the repository's address and path", () => {
  const build = workflow.jobs['build'];
  const action = build?.steps.find((step) => step.uses?.startsWith('withastro/action@'));
  expect(action?.uses).toMatch(/^withastro\/action@v\d+$/);
  expect(Number(action?.with?.['node-version'])).toBeGreaterThanOrEqual(22);
  expect(build?.env?.['SITE_URL']).toContain("format('https://{0}.github.io', github.repository_owner)");
  expect(build?.env?.['BASE_PATH']).toContain("format('/{0}/', github.event.repository.name)");
  expect(build?.env?.['BASE_PATH']).toContain('vars.BASE_PATH');
});

test('it deploys what the build uploaded, to the github-pages environment', () => {
  const deploy = workflow.jobs['deploy'];
  expect(deploy?.needs).toBe('build');
  expect(deploy?.environment?.name).toBe('github-pages');
  expect(deploy?.steps.map((step) => step.uses)).toEqual([
    expect.stringMatching(/^actions\/deploy-pages@v\d+$/),
  ]);
});
