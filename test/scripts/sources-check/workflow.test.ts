/**
 * The scheduled source watch is the only place the watch meets the internet:
 * it must stay out of `npm test` and .ci/run, pin what it runs, and ask for
 * no more than it needs.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const workflow = readFileSync('.github/workflows/sources-watch.yml', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };

describe('.github/workflows/sources-watch.yml', () => {
  it('runs the watch weekly and on demand, on Node 20', () => {
    expect(workflow).toMatch(/^ {2}schedule:\n {4}- cron: '\d+ \d+ \* \* \d'/m);
    expect(workflow).toMatch(/^ {2}workflow_dispatch:/m);
    expect(workflow).toContain('node-version: 20');
    expect(workflow).toContain('npm run sources:check');
  });

  it('pins every action to a full commit, with its version beside it', () => {
    const uses = [...workflow.matchAll(/uses: (\S+)(.*)/g)];
    expect(uses.length).toBeGreaterThan(0);
    for (const [, action, comment] of uses) {
      expect(action).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
      expect(comment).toMatch(/^ # v\d/);
    }
  });

  it('can read the code and write issues, nothing else', () => {
    const grants = [...workflow.matchAll(/^ +(\w[\w-]*): (read|write)\b/gm)].map(
      ([, scope, level]) => `${scope}: ${level}`,
    );
    expect(new Set(grants)).toEqual(new Set(['contents: read', 'issues: write']));
  });

  it('is not part of npm test or CI', () => {
    expect(pkg.scripts['sources:check']).toBe('tsx scripts/sources-check.ts');
    const testScripts = Object.entries(pkg.scripts).filter(([name]) => name.startsWith('test'));
    for (const [, command] of testScripts) expect(command).not.toContain('sources');
    expect(readFileSync('.ci/run', 'utf8')).not.toContain('sources');
  });
});
