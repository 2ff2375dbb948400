import { describe, expect, it } from 'vitest';
import { newEntry, policyChangesSince, type Step, withStep } from '../../../src/core/tracker.ts';
import { vendor } from '../../support/vendors.ts';

const entryWith = (...steps: Step[]) =>
  steps.reduce((entry, step) => withStep(entry, step) ?? entry, newEntry('linkedin'));

describe('policyChangesSince, on the real records', () => {
  it('says nothing before the user did anything', () => {
    expect(policyChangesSince(vendor('linkedin'), undefined)).toEqual([]);
    expect(policyChangesSince(vendor('linkedin'), newEntry('linkedin'))).toEqual([]);
  });

  it('lists the changes dated after the opt-out step, newest first, with their sources', () => {
    const anthropic = vendor('anthropic-claude');
    const [first] = anthropic.history;
    if (!first) throw new Error('Anthropic has no history');
    const before = entryWith({ kind: 'settings-opened', at: '2025-01-10T12:00:00.000Z' });
    const changes = policyChangesSince(anthropic, before);
    expect(changes.map((c) => c.date)).toEqual(
      anthropic.history
        .map((h) => h.date)
        .filter((d) => d > '2025-01-10')
        .sort()
        .reverse(),
    );
    const change = changes.find((c) => c.date === first.date);
    expect(change?.change).toBe(first.change);
    expect(change?.sources).toEqual(
      [...new Set(first.evidence.map((e) => e.source))].map((id) => ({
        url: anthropic.sources[id]?.url,
        title: anthropic.sources[id]?.title,
      })),
    );
  });

  it('says nothing of a change on or before the opt-out day, or before the user last looked', () => {
    const github = vendor('github-copilot');
    const last =
      github.history
        .map((h) => h.date)
        .sort()
        .at(-1) ?? '';
    expect(policyChangesSince(github, entryWith({ kind: 'email-drafted', at: `${last}T23:00:00.000Z` }))).toEqual([]);
    const looked = entryWith(
      { kind: 'email-drafted', at: '2020-01-01T00:00:00.000Z' },
      { kind: 'changes-seen', at: `${last}T08:00:00.000Z` },
    );
    expect(policyChangesSince(github, looked)).toEqual([]);
  });

  it('counts a control seen opted out as the opt-out step', () => {
    const linkedin = vendor('linkedin');
    const entry = entryWith({
      kind: 'control-seen',
      at: '2024-09-20T00:00:00.000Z',
      label: 'Data for Generative AI Improvement',
      state: 'opted-out',
    });
    const dates = policyChangesSince(linkedin, entry).map((c) => c.date);
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d > '2024-09-20')).toBe(true);
    expect(dates).not.toContain('2024-09-18');
  });
});
