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

describe('the note’s signature', () => {
  const email = draftOptOutEmail(
    'Slack',
    slackEmail,
    { scope: 'workspace', url: 'https://acme.slack.com/' },
    translate,
  );
  const note = (sender?: { name?: string; org?: string }) =>
    done(
      ownerNote(
        {
          vendorName: 'Slack',
          headline: 'Slack trains.',
          who: 'Workspace Owners',
          email,
          ...(sender ? { sender } : {}),
        },
        translate,
      ),
    );

  it('is signed under "Thanks." with the sender’s name and organisation, as the opt-out email is', () => {
    const signed = note({ name: 'Ana Ruiz', org: 'Acme & Co' });
    expect(signed.body).toMatch(/\r\nThanks\.\r\nAna Ruiz\r\nAcme & Co$/);
    expect(decoded(signed.mailto).params[1]?.[1]).toBe(signed.body);
    // The email quoted inside is the owner's to send: the member's name never signs it.
    expect(signed.body.split('Ana Ruiz')).toHaveLength(2);
  });

  it('without a name or organisation ends at "Thanks.", and signs with what there is', () => {
    expect(note().body).toMatch(/\r\nThanks\.$/);
    expect(note({ org: 'Acme' }).body).toMatch(/\r\nThanks\.\r\nAcme$/);
  });

  it('cleans the lines like the email’s: a stored line break or Bcc header stays one line of text', () => {
    const signed = note({ name: 'Ana\r\nBcc: evil@example.com', org: 'Acme\u202E' });
    const lines = signed.body.split('\r\n');
    expect(lines.slice(-2)).toEqual(['Ana Bcc: evil@example.com', 'Acme']);
    expect(decoded(signed.mailto).params.map(([k]) => k)).toEqual(['subject', 'body']);
  });

  it('a long signature never pushes the mailto past what mail handlers take', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 400 }), (name, org) => {
        expect(note({ name, org }).mailto.length).toBeLessThanOrEqual(MAX_MAILTO_LENGTH);
      }),
      { numRuns: 100 },
    );
  });
});
