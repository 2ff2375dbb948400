/**
 * What the stores and a hostile page see of NoTrain: the built manifest asks
 * for nothing new, and a page cannot talk NoTrain into recording anything.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { hostPermissions } from '../../build/manifest-from-data.ts';
import { settingsPageMatches } from '../../build/vendor-views.ts';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { registry } from '../support/vendors.ts';
import { EXTENSION_DIR } from './harness.ts';
import { getStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

describe('the built manifest (dist/chrome/manifest.json)', () => {
  const built = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8')) as Record<string, unknown> & {
    permissions: string[];
    host_permissions: string[];
    content_scripts: { matches: string[]; js: string[]; all_frames?: boolean; run_at?: string }[];
  };

  it('has exactly these keys: a new one (web_accessible_resources, a CSP, externally_connectable…) fails here', () => {
    expect(Object.keys(built).sort()).toEqual(
      [
        'action',
        'background',
        'content_scripts',
        'default_locale',
        'description',
        'host_permissions',
        'icons',
        'manifest_version',
        'name',
        'optional_permissions',
        'permissions',
        'storage',
        'version',
      ].sort(),
    );
  });

  it('asks for storage and scripting only, and the vendors’ hosts only; alarms and notifications only when the user turns reminders on', () => {
    expect(built.permissions).toEqual(['scripting', 'storage']);
    expect(built.optional_permissions).toEqual(['alarms', 'notifications']);
    // The managed-settings schema ships inside the package, where the manifest points.
    expect(built.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.parse(readFileSync(`${EXTENSION_DIR}/managed-schema.json`, 'utf8'))).toMatchObject({ type: 'object' });
    expect([...built.host_permissions].sort()).toEqual(hostPermissions(registry.vendors));
  });

  it('has one self-contained content script, top frame only, on the declared settings pages only', () => {
    expect(built.content_scripts).toHaveLength(1);
    const [script] = built.content_scripts;
    expect(script?.all_frames ?? false).toBe(false);
    expect(script?.matches).toEqual(settingsPageMatches(registry.vendors));
    const code = readFileSync(`${EXTENSION_DIR}/${script?.js[0]}`, 'utf8');
    // No loader that imports other files: those would need web_accessible_resources.
    expect(code).not.toMatch(/\bimport\s*\(|chrome\.runtime\.getURL/);
  });
});

describe('a page that tries to forge NoTrain’s messages', () => {
  const browser = useHarness();

  it('cannot reach the background or the content script, so nothing is recorded', async () => {
    const page = await browser().open(settingsFixture('linkedin.html').url);
    await page.waitForSelector('[data-notrain="mark"]', { state: 'attached' });
    const forged = {
      type: 'control-seen',
      vendorId: 'linkedin',
      label: 'Use my data for training content creation AI models',
      state: 'opted-out',
    };
    const reachable = await page.evaluate((message) => {
      window.postMessage(message, '*');
      window.dispatchEvent(new MessageEvent('message', { data: message }));
      window.dispatchEvent(new PopStateEvent('popstate'));
      document.dispatchEvent(new CustomEvent('notrain', { detail: message }));
      const chromeApi = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return typeof chromeApi?.runtime?.sendMessage;
    }, forged);
    // Without externally_connectable the page has no way to message the extension.
    expect(reachable).toBe('undefined');
    await page.waitForTimeout(500);
    const tracker = await getStored(browser().serviceWorker, 'tracker');
    // The content script itself reported "training" (the real state): the forged opt-out never landed.
    expect(JSON.stringify(tracker)).not.toContain('opted-out');
    await page.close();
  });
});
