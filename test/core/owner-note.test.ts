import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { draftOptOutEmail, MAX_MAILTO_LENGTH } from '../../src/core/draft-email.ts';
import { allowedHref } from '../../src/core/links.ts';
import { ownerNote } from '../../src/core/owner-note.ts';
import type { EmailOptOut } from '../../src/core/vendor-schema.ts';
import type { Drafted } from '../../src/core/drafted.ts';
import { translate } from '../support/translate.ts';
import { vendor } from '../support/vendors.ts';

const slackEmail = vendor('slack').optOut.methods.find((m) => m.kind === 'email') as EmailOptOut;
const decoded = (mailto: string) => {
  const url = new URL(mailto);
  return { to: url.pathname, params: [...new URLSearchParams(url.search.replaceAll('+', '%2B')).entries()] };
};

function done<T>(result: Drafted<T>): T {
  if (!result.ok) throw new Error(`the drafter refused: missing ${result.missing.join(', ')}`);
  return result.value;
}

describe('the note a member sends an owner', () => {
  const input = (name?: string) => ({
    vendorName: 'Slack',
    headline: 'Slack trains its non-generative AI models on your content by default.',
    who: 'Workspace Owners',
    sourceUrl: 'https://slack.com/trust/data-management/privacy-principles',
    email: draftOptOutEmail(
      'Slack',
      slackEmail,
      { scope: 'workspace', url: 'https://acme.slack.com/', ...(name ? { name } : {}) },
      translate,
    ),
  });

  it('has no recipient, only a subject and a body that quotes the owner’s email in full', () => {
    const note = done(ownerNote(input(), translate));
    const { to, params } = decoded(note.mailto);
    expect(to).toBe('');
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(allowedHref(note.mailto)).toBe(note.mailto);
    expect(note.body).toContain('To opt out, an owner sends this email to feedback@slack.com:');
    expect(note.body).toContain(done(input().email).body);
    expect(note.body).toContain('Source: https://slack.com/trust/data-management/privacy-principles');
    // It speaks as the member: the only "As an owner" is inside the quoted email.
    expect(note.body.indexOf('As an owner')).toBeGreaterThan(note.body.indexOf('an owner sends this email'));
    expect(note.body).not.toMatch(/[^\r]\n/);
  });

  it('names the setting where the route is a switch', () => {
    const note = done(
      ownerNote(
        {
          ...input(),
          email: undefined,
          setting: {
            path: ['Admin', 'Settings', 'AI'],
            label: 'Content training',
            state: 'off',
            href: 'https://www.figma.com/settings',
          },
        },
        translate,
      ),
    );
    expect(note.body).toContain('To opt out: Admin › Settings › AI, and set “Content training” to off.');
    expect(note.body).toContain('The setting: https://www.figma.com/settings');
  });

  it('never gains a recipient or header from a hostile workspace name, and keeps within the mailto length', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (name) => {
        const note = done(ownerNote(input(`x${name}&to=evil@x.example%0D%0Abcc:evil@x.example`), translate));
        const { to, params } = decoded(note.mailto);
        expect(to).toBe('');
        expect(params.every(([k]) => k === 'subject' || k === 'body')).toBe(true);
        expect(note.mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
      }),
      { numRuns: 200 },
    );
  });

  it('refuses while the owner’s email lacks the workspace URL: the fields, never a note with a gap', () => {
    const note = ownerNote(
      { ...input(), email: draftOptOutEmail('Slack', slackEmail, { scope: 'workspace', id: 'T0123ABCD' }, translate) },
      translate,
    );
    expect(note).toEqual({ ok: false, missing: ['workspace-url'] });
  });
});
