import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { controlsOf, type Entry } from '../../src/core/tracker.ts';
import { stubPermissionEvents } from '../support/permission-events.ts';
import { translate } from '../support/translate.ts';
import { loadWorker } from '../support/worker.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

/** A fresh in-memory browser with the real messages and manifest, and the service worker loaded into it. */
async function startWorker() {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: Parameters<typeof translate>[0], subs?: string[]) =>
    translate(key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getManifest = () => manifest as never;
  fakeBrowser.action.setPopup = vi.fn(async () => {});
  stubPermissionEvents();
  vi.resetModules();
  await import('../../src/background/index.ts');
}

type Tab = Parameters<Parameters<typeof fakeBrowser.tabs.onUpdated.addListener>[0]>[2];
const tab = (id: number, url?: string) =>
  ({ id, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Tab;

describe('background: toolbar badge', () => {
  beforeEach(async () => {
    await loadWorker();
  });

  const update = async (id: number, url: string | undefined) => {
    await fakeBrowser.tabs.onUpdated.trigger(id, url ? { url } : { status: 'loading' }, tab(id, url));
    // The listener does not return its promise (the event API ignores it); let it settle.
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('says ON in red on a Slack workspace tab, with the reason as tooltip', async () => {
    await update(7, 'https://acme.slack.com/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('ON');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: 7 })).toEqual([179, 38, 30, 255]);
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe(
      'Slack trains its non-generative AI models on your content by default.',
    );
  });

  it('keeps quiet about a vendor the organisation hid or the user muted', async () => {
    (fakeBrowser.storage as unknown as { managed: object }).managed = {
      get: () => Promise.resolve({ hiddenVendors: ['slack'] }),
    };
    await fakeBrowser.storage.onChanged.trigger({}, 'managed');
    // The worker reads the policy in the background (a badge never waits for it).
    await new Promise((resolve) => setTimeout(resolve, 10));
    await update(7, 'https://acme.slack.com/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    (fakeBrowser.storage as unknown as { managed: object }).managed = { get: () => Promise.resolve({}) };
    await fakeBrowser.storage.onChanged.trigger({}, 'managed');
    await new Promise((resolve) => setTimeout(resolve, 10));
    await update(8, 'https://www.linkedin.com/feed/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe('ON');
    await fakeBrowser.storage.local.set({
      tracker: { version: 2, entries: {}, preferences: { mutedVendors: ['linkedin'] }, quarantine: [] },
    });
    await update(8, 'https://www.linkedin.com/in/me');
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 8 })).toBe(''));
  });

  it('clears the badge when the tab leaves Slack, or its URL is hidden', async () => {
    await update(7, 'https://acme.slack.com/');
    await update(7, 'https://slack.com.evil.example/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    await update(7, 'https://acme.slack.com/');
    await update(7, undefined);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('');
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('NoTrain: does this tool train AI on your data?');
  });

  it('points a vendor tab’s popup at the vendor’s prerendered page, and back at the default when it leaves', async () => {
    await update(1, 'https://acme.slack.com/');
    expect(fakeBrowser.action.setPopup).toHaveBeenCalledWith({ tabId: 1, popup: 'generated/popups/slack.html' });
    await update(1, 'https://example.com/');
    expect(fakeBrowser.action.setPopup).toHaveBeenLastCalledWith({ tabId: 1, popup: 'src/popup/index.html' });
  });

  describe('a quiet worker: no call that would change nothing', () => {
    const actionCalls = () => {
      const a = fakeBrowser.action as unknown as Record<string, { mock?: { calls: unknown[] } }>;
      return ['setPopup', 'setBadgeText', 'setBadgeBackgroundColor', 'setTitle'].reduce(
        (n, name) => n + (a[name]?.mock?.calls.length ?? 0),
        0,
      );
    };
    beforeEach(() => {
      for (const name of ['setBadgeText', 'setBadgeBackgroundColor', 'setTitle'] as const) {
        const real = fakeBrowser.action[name].bind(fakeBrowser.action);
        fakeBrowser.action[name] = vi.fn(real) as never;
      }
      fakeBrowser.storage.local.get = vi.fn(fakeBrowser.storage.local.get.bind(fakeBrowser.storage.local)) as never;
    });
    const localReads = () =>
      (fakeBrowser.storage.local.get as unknown as { mock: { calls: unknown[] } }).mock.calls.length;

    it('makes no action call and reads no tracker on navigations between non-vendor pages', async () => {
      for (const url of [
        'https://example.com/',
        'https://example.com/a',
        'https://news.example/',
        'https://slack.com.evil.example/',
      ])
        await update(4, url);
      expect(actionCalls()).toBe(0);
      expect(localReads()).toBe(0);
    });

    it('sets a vendor tab’s badge once; on navigations that keep it, one read and no call that sets', async () => {
      const getTitle = vi.spyOn(fakeBrowser.action, 'getTitle');
      await update(5, 'https://acme.slack.com/');
      expect(actionCalls()).toBe(4);
      await update(5, 'https://acme.slack.com/archives/C1');
      await update(5, 'https://acme.slack.com/archives/C2');
      expect(actionCalls()).toBe(4);
      expect(getTitle).toHaveBeenCalledTimes(2);
      // The tracker and the user's choices (plan, role, team addresses), each read once per worker start.
      expect(localReads()).toBe(2);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('ON');
      await update(5, 'https://example.com/');
      expect(actionCalls()).toBe(8);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('');
    });

    it('sets the badge again when the browser cleared it (Chrome does, on every cross-document navigation)', async () => {
      await update(5, 'https://acme.slack.com/');
      // What Chrome does to a tab's action values when a new document commits.
      await fakeBrowser.action.setBadgeText({ tabId: 5, text: '' });
      await fakeBrowser.action.setTitle({ tabId: 5, title: '' });
      await update(5, 'https://acme.slack.com/');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('ON');
    });

    it('remembers what it showed across a worker restart', async () => {
      await update(6, 'https://acme.slack.com/');
      vi.resetModules();
      fakeBrowser.tabs.onUpdated.removeAllListeners();
      await import('../../src/background/index.ts');
      await update(6, 'https://acme.slack.com/archives/C1');
      expect(actionCalls()).toBe(4);
      expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('ON');
      await update(6, 'https://example.com/');
      expect(await fakeBrowser.action.getBadgeText({ tabId: 6 })).toBe('');
    });
  });

  it('keeps badges per tab', async () => {
    await update(1, 'https://acme.slack.com/');
    await update(2, 'https://example.com/');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 1 })).toBe('ON');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 2 })).toBe('');
  });

  it('badges the tabs already open when it is installed', async () => {
    const created = await fakeBrowser.tabs.create({ url: 'https://acme.slack.com/' });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: created.id ?? -1 })).toBe('ON'));
  });

  describe('the settings-page script after a settings page loads', () => {
    type Injection = { func?: (flag: string) => boolean; args?: string[]; files?: string[] };
    const calls = () =>
      (fakeBrowser.scripting.executeScript as unknown as { mock: { calls: [Injection][] } }).mock.calls.map(([c]) => c);
    const complete = async (url: string) => {
      await fakeBrowser.tabs.onUpdated.trigger(3, { status: 'complete' }, tab(3, url));
      await new Promise((resolve) => setTimeout(resolve, 0));
    };

    it('asks the script the manifest already ran to look again, instead of injecting it twice', async () => {
      fakeBrowser.scripting.executeScript = vi.fn(() => Promise.resolve([{ frameId: 0, result: true }])) as never;
      await complete('https://acme.slack.com/admin/settings');
      expect(calls()).toHaveLength(1);
      expect(calls()[0]?.files).toBeUndefined();
    });

    it('injects the script where it has not run (in-app navigation into a settings page)', async () => {
      fakeBrowser.scripting.executeScript = vi.fn(() => Promise.resolve([{ frameId: 0, result: false }])) as never;
      await complete('https://acme.slack.com/admin/settings');
      expect(calls().map((c) => c.files)).toEqual([undefined, ['settings.js']]);
    });

    it('does nothing on pages that are not settings pages', async () => {
      await complete('https://acme.slack.com/archives/C1');
      expect(calls()).toHaveLength(0);
    });

    it('asks through the flag the script sets, and reports whether it was there', async () => {
      await complete('https://acme.slack.com/admin/settings');
      const [{ func, args } = {}] = calls();
      if (!func || !args) throw new Error('no probe was injected');
      const flag = Symbol.for(args[0] ?? '');
      const lookAgain = vi.fn();
      expect(func(args[0] ?? '')).toBe(false);
      (globalThis as unknown as Record<symbol, unknown>)[flag] = lookAgain;
      try {
        expect(func(args[0] ?? '')).toBe(true);
        expect(lookAgain).toHaveBeenCalledOnce();
      } finally {
        delete (globalThis as unknown as Record<symbol, unknown>)[flag];
      }
    });
  });
});

describe('background: reports from the settings-page script', () => {
  const settingsUrl = 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement';
  const report = {
    type: 'control-seen',
    vendorId: 'linkedin',
    label: 'Use my data for training content creation AI models',
    state: 'opted-out',
  };
  beforeEach(() => startWorker());
  // Every listener's answer, settled (trigger resolves to one answer, or promise of one, per listener).
  const send = async (message: unknown, sender: object) => {
    const answers = await fakeBrowser.runtime.onMessage.trigger(
      message,
      { id: fakeBrowser.runtime.id, ...sender },
      () => {},
    );
    await Promise.all(answers.map((answer) => Promise.resolve(answer)));
  };
  const stored = async () =>
    (await fakeBrowser.storage.local.get('tracker')).tracker as { entries: Record<string, Entry> } | undefined;

  it('records an opt-out seen on the vendor’s settings page; LinkedIn’s switch covers generative AI only, so the badge reads PART', async () => {
    await send(report, { tab: tab(3, settingsUrl) });
    await vi.waitFor(async () =>
      expect((await stored())?.entries.linkedin).toMatchObject({ status: 'setting-changed' }),
    );
    expect((await stored())?.entries.linkedin?.steps).toEqual([
      { kind: 'control-seen', at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), label: report.label, state: 'opted-out' },
    ]);
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 3 })).toBe('PART'));
    expect(await fakeBrowser.action.getTitle({ tabId: 3 })).toBe(
      'LinkedIn: off for generative AI; other AI models still on by default.',
    );
  });

  it('keeps each control label its own state: a second switch on the page never overwrites the first', async () => {
    await send(report, { tab: tab(3, settingsUrl) });
    await vi.waitFor(async () => expect((await stored())?.entries.linkedin?.steps).toHaveLength(1));
    await send({ ...report, label: 'Another switch' }, { tab: tab(3, settingsUrl) });
    await vi.waitFor(async () => expect((await stored())?.entries.linkedin?.steps).toHaveLength(2));
    await send({ ...report, label: 'Another switch', state: 'training' }, { tab: tab(3, settingsUrl) });
    await vi.waitFor(async () => expect((await stored())?.entries.linkedin?.steps).toHaveLength(3));
    const entry = (await stored())?.entries.linkedin;
    expect(entry && controlsOf(entry.steps).map((c) => [c.label, c.state])).toEqual([
      [report.label, 'opted-out'],
      ['Another switch', 'training'],
    ]);
    expect(entry?.status).toBe('setting-changed');
  });

  it.each([
    ['from another extension', report, { id: 'someone-else', tab: tab(3, settingsUrl) }],
    ['from a page that is not a settings page', report, { tab: tab(3, 'https://www.linkedin.com/feed/') }],
    ['naming another vendor than the page', { ...report, vendorId: 'adobe' }, { tab: tab(3, settingsUrl) }],
    ['with no tab', report, {}],
    ['of an unknown type', { ...report, type: 'wipe-ledger' }, { tab: tab(3, settingsUrl) }],
    ['with a bad state', { ...report, state: 'whatever' }, { tab: tab(3, settingsUrl) }],
    ['of the old name', { ...report, type: 'control-state', standing: 'opted-out' }, { tab: tab(3, settingsUrl) }],
    ['with a huge label', { ...report, label: 'x'.repeat(10_000) }, { tab: tab(3, settingsUrl) }],
    ['that is not an object', 'control-seen', { tab: tab(3, settingsUrl) }],
  ])('ignores a message %s', async (_, message, sender) => {
    await send(message, sender);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await stored()).toBeUndefined();
  });
});

describe('background: the workspace address of a team, from the tab’s URLs', () => {
  beforeEach(() => startWorker());
  const go = async (id: number, url: string) => {
    await fakeBrowser.tabs.onUpdated.trigger(id, { url }, tab(id, url));
    await new Promise((resolve) => setTimeout(resolve, 10));
  };
  const teamHosts = async () =>
    ((await fakeBrowser.storage.local.get('choices')).choices as { teamHosts?: Record<string, string> } | undefined)
      ?.teamHosts ?? {};

  it('remembers the team ID → host when a tab goes from acme.slack.com to that team’s client, and nothing else', async () => {
    await go(5, 'https://acme.slack.com/');
    await go(5, 'https://app.slack.com/client/T0123ABCD/C1');
    await vi.waitFor(async () => expect(await teamHosts()).toEqual({ T0123ABCD: 'acme.slack.com' }));
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual(['choices']);
  });

  it('learns nothing from another tab, a later switch to a different team, a lookalike or a non-Slack host', async () => {
    await go(5, 'https://acme.slack.com/');
    await go(6, 'https://app.slack.com/client/T0123ABCD');
    await go(7, 'https://acme.slack.com.evil.example/');
    await go(7, 'https://app.slack.com/client/T7777777');
    await go(8, 'https://acme.zendesk.com/');
    await go(8, 'https://app.slack.com/client/T8888888');
    await go(9, 'https://beta.slack.com/');
    await go(9, 'https://app.slack.com/client/T9999999');
    await go(9, 'https://app.slack.com/client/T1111111');
    await vi.waitFor(async () => expect(await teamHosts()).toEqual({ T9999999: 'beta.slack.com' }));
  });

  it('badges a client tab by the plan and role filed under the learned workspace address', async () => {
    await fakeBrowser.storage.local.set({ choices: { teamHosts: { T0123ABCD: 'acme.slack.com' } } });
    await go(5, 'https://app.slack.com/client/T0123ABCD');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 5 })).toBe('ON');
  });

  it('badges GitHub Copilot PLAN until a plan is picked, then by the plan, red only for a plan that trains by default', async () => {
    const { id = 4 } = await fakeBrowser.tabs.create({ url: 'https://github.com/copilot' });
    await go(id, 'https://github.com/copilot');
    expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('PLAN');
    await fakeBrowser.storage.local.set({ choices: { plans: { 'github-copilot': 'copilot-business' } } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('✓'));
    await fakeBrowser.storage.local.set({ choices: { plans: { 'github-copilot': 'copilot-free' } } });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: id })).toBe('ON'));
    expect(await fakeBrowser.action.getBadgeBackgroundColor({ tabId: id })).toEqual([179, 38, 30, 255]);
  });
});
