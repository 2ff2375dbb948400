import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { translate } from '../support/translate.ts';

vi.mock('../../src/platform/browser.ts', () => ({ default: fakeBrowser }));

type Tab = Parameters<Parameters<typeof fakeBrowser.tabs.onUpdated.addListener>[0]>[2];
const tab = (id: number, url?: string) => ({ id, url, index: 0, highlighted: false, active: true, pinned: false, incognito: false }) as Tab;

describe('background: toolbar badge', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    fakeBrowser.i18n.getMessage = ((key: Parameters<typeof translate>[0], subs?: string[]) => translate(key, subs)) as typeof fakeBrowser.i18n.getMessage;
    vi.resetModules();
    await import('../../src/background/index.ts');
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
    expect(await fakeBrowser.action.getTitle({ tabId: 7 })).toBe('Slack trains its non-generative AI models on your content by default.');
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
});
