/**
 * The worker classifies a tab once per `tabs.onUpdated` event and passes the
 * match down (the badge, the team-address learning and the settings-script
 * check used to classify the same URL up to three times), and not at all
 * for changes that cannot change the badge (titles, favicons).
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadWorker } from '../support/worker.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));
const classified = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../src/core/classify-tab.ts', async (original) => {
  const real = await original<typeof import('../../src/core/classify-tab.ts')>();
  return {
    ...real,
    classifyTab: (...args: Parameters<typeof real.classifyTab>) => {
      classified.count++;
      return real.classifyTab(...args);
    },
  };
});

type Tab = Parameters<Parameters<typeof fakeBrowser.tabs.onUpdated.addListener>[0]>[2];
const tab = (id: number, url: string, title = '') =>
  ({ id, url, title, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Tab;
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('background: one classification per tab event', () => {
  beforeEach(async () => {
    await loadWorker([{ result: true }]);
    await settle();
    classified.count = 0;
  });

  it.each([
    ['a non-vendor URL change', { url: 'https://example.com/a' }, 'https://example.com/a'],
    ['a vendor page starting to load', { status: 'loading' }, 'https://acme.slack.com/x'],
    [
      'a settings page finishing its load (the script check reads the match)',
      { status: 'complete' },
      'https://acme.slack.com/admin/settings',
    ],
  ] as const)('%s: once', async (_, change, url) => {
    await fakeBrowser.tabs.onUpdated.trigger(4, change, tab(4, url));
    await settle();
    expect(classified.count).toBe(1);
  });

  it('a workspace URL change: once, for the badge and the address learning both', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(
      4,
      { url: 'https://acme.slack.com/x' },
      tab(4, 'https://acme.slack.com/x'),
    );
    await settle();
    expect(classified.count).toBe(1);
  });

  it('a title change (every Slack message): not at all', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(4, { title: '(3) acme - Slack' }, tab(4, 'https://acme.slack.com/x'));
    await settle();
    expect(classified.count).toBe(0);
  });

  it('still brings the settings script after a settings page loads, and still badges the vendor tab', async () => {
    await fakeBrowser.tabs.onUpdated.trigger(
      4,
      { status: 'complete' },
      tab(4, 'https://acme.slack.com/admin/settings'),
    );
    await settle();
    expect(fakeBrowser.scripting.executeScript).toHaveBeenCalledTimes(1);
    await fakeBrowser.tabs.onUpdated.trigger(
      4,
      { url: 'https://acme.slack.com/x' },
      tab(4, 'https://acme.slack.com/x'),
    );
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).not.toBe(''));
  });
});
