import { fakeBrowser } from '@webext-core/fake-browser';
import { vi } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { stubPermissionEvents } from './permission-events.ts';
import { translate } from './translate.ts';

/**
 * A fresh in-memory browser (the test file mocks src/platform/browser.ts with
 * it) with the real messages, a manifest whose settings script covers Slack's
 * admin pages, and the service worker loaded into it. `injected`: what
 * `scripting.executeScript` answers.
 */
export async function loadWorker(injected: unknown[] = []) {
  fakeBrowser.reset();
  fakeBrowser.i18n.getMessage = ((key: Parameters<typeof translate>[0], subs?: string[]) =>
    translate(key, subs)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.runtime.getManifest = () =>
    ({ ...manifest, content_scripts: [{ matches: ['https://*.slack.com/admin*'], js: ['settings.js'] }] }) as never;
  fakeBrowser.scripting.executeScript = vi.fn(() => Promise.resolve(injected)) as never;
  fakeBrowser.action.setPopup = vi.fn(async () => {});
  // Not in the in-memory browser; the worker listens to them for reminders.
  stubPermissionEvents();
  vi.resetModules();
  await import('../../src/background/index.ts');
}
