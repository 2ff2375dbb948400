import { describe, expect, it } from 'vitest';
import {
  choiceKeys,
  type TabVisit,
  learnFromVisit,
  MAX_ENTRIES,
  planFor,
  readChoices,
  REDIRECT_WINDOW_MS,
  roleFor,
  withChoice,
  withTeamHost,
  workspaceHostOf,
  emailLanguageFor,
} from '../../src/core/choices.ts';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { registry } from '../support/vendors.ts';

const T0 = 1_000_000;
/** The worker classifies the tab once and passes the match in. */
const learn = (previous: TabVisit | undefined, url: string, now: number, reg: typeof registry) =>
  learnFromVisit(previous, classifyTab({ url }, reg), now, reg);
const at = (url: string, now = T0) => learn(undefined, url, now, registry).visit;

describe('learning a team’s workspace address from the tab’s URLs', () => {
  it('links acme.slack.com to the team ID it redirects to', () => {
    const visit = at('https://acme.slack.com/');
    expect(visit).toEqual({ host: 'acme.slack.com', vendorId: 'slack', at: T0 });
    expect(learn(visit, 'https://app.slack.com/client/T0123ABCD', T0 + 800, registry)).toEqual({
      learned: { teamId: 'T0123ABCD', host: 'acme.slack.com' },
    });
  });

  it.each([
    ['a lookalike host before the client', 'https://acme.slack.com.evil.example/'],
    ['a non-Slack host before the client', 'https://acme.zendesk.com/'],
    ['Slack’s own services before the client', 'https://app.slack.com/client/T9999999'],
    ['the marketing site before the client', 'https://slack.com/'],
  ])('learns nothing from %s', (_, before) => {
    const visit = at(before);
    expect(learn(visit, 'https://app.slack.com/client/T0123ABCD', T0 + 800, registry).learned).toBeUndefined();
  });

  it('learns nothing when the client comes later than a redirect would', () => {
    expect(
      learn(
        at('https://acme.slack.com/'),
        'https://app.slack.com/client/T0123ABCD',
        T0 + REDIRECT_WINDOW_MS + 1,
        registry,
      ).learned,
    ).toBeUndefined();
    expect(
      learn(at('https://acme.slack.com/'), 'https://app.slack.com/client/T0123ABCD', T0 - 1, registry).learned,
    ).toBeUndefined();
  });

  it('links only the first client URL after the workspace: switching to a different team later learns nothing', () => {
    const first = learn(at('https://acme.slack.com/'), 'https://app.slack.com/client/T0123ABCD', T0 + 500, registry);
    expect(first.visit).toBeUndefined();
    expect(learn(first.visit, 'https://app.slack.com/client/T7777777', T0 + 900, registry).learned).toBeUndefined();
  });

  it('learns nothing from a client URL of another host, a forged team ID, or a forged stored visit', () => {
    const visit = at('https://acme.slack.com/');
    expect(
      learn(visit, 'https://app.slack.com.evil.example/client/T0123ABCD', T0 + 1, registry).learned,
    ).toBeUndefined();
    expect(learn(visit, 'https://app.slack.com/client/t0123abcd', T0 + 1, registry).learned).toBeUndefined();
    expect(learn(visit, 'https://app.slack.com/client/T01<script>', T0 + 1, registry).learned).toBeUndefined();
    for (const forged of [
      { host: 'evil.example', vendorId: 'slack', at: T0 },
      { host: 'acme.slack.com.evil.example', vendorId: 'slack', at: T0 },
      { host: 'app.slack.com', vendorId: 'slack', at: T0 },
      { host: 'acme.slack.com', vendorId: 'zendesk', at: T0 },
      { host: 'acme.slack.com', vendorId: 'slack', at: 'now' },
    ]) {
      expect(
        learn(forged as never, 'https://app.slack.com/client/T0123ABCD', T0 + 1, registry).learned,
      ).toBeUndefined();
    }
  });
});

describe('typed workspace addresses', () => {
  it.each([
    ['acme', 'acme.slack.com'],
    ['acme.slack.com', 'acme.slack.com'],
    ['  https://Acme.slack.com/messages/C1 ', 'acme.slack.com'],
    ['acme.enterprise.slack.com', 'acme.enterprise.slack.com'],
  ])('%s → %s', (input, host) => expect(workspaceHostOf(input, 'slack', registry)).toBe(host));

  it.each([
    '',
    'app.slack.com',
    'slack.com',
    'acme.slack.com.evil.example',
    'acme.notslack.com',
    'http://acme.slack.com/',
    'https://acme.slack.com:8443/',
    'https://x@acme.slack.com/',
    'acme.zendesk.com',
    'a'.repeat(300),
  ])('refuses %s', (input) => expect(workspaceHostOf(input, 'slack', registry)).toBeUndefined());
});

describe('stored choices, read as untrusted data', () => {
  it('keeps only keys and values of known shapes, in null-prototype maps', () => {
    const choices = readChoices({
      plans: {
        'github-copilot': 'copilot-business',
        figma: '(other)',
        'bad key': 'x',
        atlassian: 'Not An Id',
        ['__proto__']: 'free',
      },
      roles: {
        'slack@https://acme.slack.com/': 'owner',
        'slack@T0123ABCD': 'member',
        slack: 'admin',
        'zendesk@javascript:': 'owner',
      },
      teamHosts: { T0123ABCD: 'acme.slack.com', t0123abcd: 'acme.slack.com', T7777777: 'evil host', E0123ABCD: 42 },
    });
    expect({ ...choices.plans }).toEqual({ 'github-copilot': 'copilot-business', figma: '(other)' });
    expect({ ...choices.roles }).toEqual({ 'slack@https://acme.slack.com/': 'owner', 'slack@T0123ABCD': 'member' });
    expect({ ...choices.teamHosts }).toEqual({ T0123ABCD: 'acme.slack.com' });
    expect(Object.getPrototypeOf(choices.plans)).toBeNull();
    for (const raw of [undefined, null, 'x', 42, [], { plans: [], roles: 'x', teamHosts: null }]) {
      expect(readChoices(raw)).toEqual({ plans: {}, roles: {}, teamHosts: {}, emailLanguages: {} });
    }
  });

  it('caps each map, dropping the oldest', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_ENTRIES + 20 }, (_, i) => [`T${String(i).padStart(7, '0')}`, `w${i}.slack.com`]),
    );
    const { teamHosts } = readChoices({ teamHosts: many });
    expect(Object.keys(teamHosts)).toHaveLength(MAX_ENTRIES);
    expect(teamHosts.T0000000).toBeUndefined();
    const next = withChoice(readChoices({ teamHosts: many }), 'teamHosts', 'TNEW0000', 'new.slack.com');
    expect(Object.keys(next?.teamHosts ?? {})).toHaveLength(MAX_ENTRIES);
    expect(next?.teamHosts.TNEW0000).toBe('new.slack.com');
  });

  it('sets one entry, refuses invalid ones, and gives a host to one team only', () => {
    const empty = readChoices(undefined);
    expect(withChoice(empty, 'roles', 'slack@https://acme.slack.com/', 'owner')?.roles).toEqual({
      'slack@https://acme.slack.com/': 'owner',
    });
    expect(withChoice(empty, 'roles', 'slack', 'admin' as never)).toBeUndefined();
    expect(withChoice(empty, 'plans', '__proto__', 'free')).toBeUndefined();
    expect(withChoice(empty, 'teamHosts', 'T0123ABCD', 'acme.slack.com/evil')).toBeUndefined();
    const one = withChoice(empty, 'teamHosts', 'T0123ABCD', 'acme.slack.com');
    expect(one && withChoice(one, 'teamHosts', 'T0123ABCD', 'acme.slack.com')).toBeUndefined();
    const moved = one && withChoice(one, 'teamHosts', 'T7777777', 'acme.slack.com');
    expect({ ...moved?.teamHosts }).toEqual({ T7777777: 'acme.slack.com' });
  });

  it('keeps the email language per vendor, only `vendor` or `ui`, defaulting to the vendor’s', () => {
    const choices = readChoices({
      emailLanguages: {
        slack: 'ui',
        zendesk: 'vendor',
        atlassian: 'de',
        'slack@https://acme.slack.com/': 'ui',
        'Bad Id': 'ui',
        ['__proto__']: 'ui',
        webex: { toString: () => 'ui' },
      },
    });
    expect({ ...choices.emailLanguages }).toEqual({ slack: 'ui', zendesk: 'vendor' });
    expect(Object.getPrototypeOf(choices.emailLanguages)).toBeNull();
    expect(emailLanguageFor(choices, 'slack')).toBe('ui');
    expect(emailLanguageFor(choices, 'zendesk')).toBe('vendor');
    expect(emailLanguageFor(choices, 'webex')).toBe('vendor');
    expect(emailLanguageFor(readChoices(undefined), 'constructor')).toBe('vendor');

    const empty = readChoices(undefined);
    expect({ ...withChoice(empty, 'emailLanguages', 'slack', 'ui')?.emailLanguages }).toEqual({ slack: 'ui' });
    expect(withChoice(empty, 'emailLanguages', 'slack', 'fr' as never)).toBeUndefined();
    expect(withChoice(empty, 'emailLanguages', 'slack@T0123ABCD', 'ui')).toBeUndefined();
    expect(withChoice(empty, 'emailLanguages', '__proto__', 'ui')).toBeUndefined();
  });

  it('fills a client tab’s workspace address only from its own team ID', () => {
    const hosts = { T0123ABCD: 'acme.slack.com' };
    expect(withTeamHost({ scope: 'workspace', id: 'T0123ABCD' }, hosts)).toEqual({
      scope: 'workspace',
      id: 'T0123ABCD',
      url: 'https://acme.slack.com/',
    });
    expect(withTeamHost({ scope: 'workspace', id: 'T7777777' }, hosts)).toEqual({ scope: 'workspace', id: 'T7777777' });
    expect(withTeamHost({ scope: 'workspace', url: 'https://other.slack.com/' }, hosts)).toEqual({
      scope: 'workspace',
      url: 'https://other.slack.com/',
    });
  });
});

describe('where a choice is filed', () => {
  const acme = { scope: 'workspace' as const, url: 'https://acme.slack.com/', id: 'T0123ABCD' };
  const choices = readChoices({
    plans: { 'github-copilot': 'copilot-business', 'slack@T0123ABCD': 'pro' },
    roles: { 'slack@T0123ABCD': 'owner', slack: 'owner' },
  });

  it('reads the role for this workspace only, by its address or its team ID, never from another workspace or the vendor', () => {
    expect(choiceKeys('slack', acme)).toEqual(['slack@https://acme.slack.com/', 'slack@T0123ABCD']);
    expect(roleFor(choices, 'slack', acme)).toBe('owner');
    expect(roleFor(choices, 'slack', { scope: 'workspace', url: 'https://beta.slack.com/' })).toBeUndefined();
    expect(roleFor(choices, 'slack', undefined)).toBe('owner');
  });

  it('reads the plan for this workspace, else for the vendor', () => {
    expect(planFor(choices, 'slack', acme)).toBe('pro');
    expect(planFor(choices, 'github-copilot', undefined)).toBe('copilot-business');
    expect(planFor(choices, 'github-copilot', { scope: 'org', id: 'acme-org' })).toBe('copilot-business');
  });
});
