/**
 * Drives the Firefox build (dist/firefox) in Debian's Firefox ESR over
 * WebDriver BiDi with puppeteer-core (see docs/real-browser-testing.md,
 * "Firefox"). Vendor host names resolve to a loopback TLS server on port 443:
 * Firefox cannot map a port as Chromium's --host-resolver-rules do, and
 * NoTrain refuses URLs with a port, by design. Binding 443 needs root (CI runs
 * as root) or CAP_NET_BIND_SERVICE.
 *
 * No driver reaches Firefox's toolbar popup (it lives in the browser's own
 * window, not in a tab BiDi lists), so `popupFor` opens the very page the
 * service worker set as that tab's popup (`action.getPopup`) in a tab of its
 * own, naming the vendor tab with `?tab=<id>` (src/platform/tabs.ts). The
 * page, the scripts and the data are the toolbar popup's; only the frame
 * around it differs.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../build/firefox-manifest.ts';
import { FIREFOX, FIREFOX_ENV, firefoxPrefs } from '../support/firefox.ts';
import { defaultRoute, startVendorServer } from './harness.ts';
import { requestLog } from './request-log.ts';

export const FIREFOX_DIR = resolve('dist/firefox');
const UUID = '0b7e1c2a-5d3f-4e8a-9c61-7f2d4a9b3e10';
export const EXTENSION_ORIGIN = `moz-extension://${UUID}`;

export interface FirefoxHarness {
  browser: Browser;
  /** A tab showing one of NoTrain's pages, with the extension's API: for asking the browser things. */
  extension: Page;
  open(url: string): Promise<Page>;
  /** The browser's id of the tab `open` opened at `url`. */
  tabId(url: string): number;
  /** NoTrain's popup for the tab showing `url`, rendered and ready. */
  popupFor(url: string): Promise<Page>;
  badgeOf(url: string): Promise<{ text: string; title: string }>;
  serverRequests: string[];
  unexpectedRequests(): string[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Sends an already open page to an extension URL. Firefox does not report
 * navigations to moz-extension: pages over BiDi (puppeteer's `goto` never
 * settles and `page.url()` stays stale), so this asks the page itself where
 * it is until it has arrived and rendered.
 */
export async function goExtension(page: Page, path: string, { rendered = false } = {}): Promise<void> {
  const url = `${EXTENSION_ORIGIN}${path}`;
  if ((await page.evaluate(() => location.protocol).catch(() => '')) === 'moz-extension:') {
    await page.evaluate((u) => void (location.href = u), url);
  } else {
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 1500 }).catch(() => undefined);
  }
  for (let attempt = 0; attempt < 100; attempt++) {
    const arrived = await page
      .evaluate(
        (u, popup) =>
          location.href === u &&
          document.readyState === 'complete' &&
          // The popup has rendered once it has read the tab (src/popup/main.tsx).
          (!popup || performance.getEntriesByName('notrain:rendered').length > 0),
        url,
        rendered,
      )
      .catch(() => false);
    if (arrived) return;
    await sleep(100);
  }
  throw new Error(`Firefox did not open ${url}`);
}

export interface FirefoxLaunchOptions {
  /**
   * An organisation's managed settings for NoTrain (`storage.managed`). Firefox reads them from a managed-storage
   * manifest in the user's `~/.mozilla/managed-storage/`; the test gives Firefox a home of its own that holds one.
   */
  managedStorage?: Record<string, unknown>;
}

/** A home directory for Firefox with NoTrain's managed-storage manifest in it. */
function homeWithManagedStorage(workDir: string, data: Record<string, unknown>): string {
  const home = join(workDir, 'home');
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, `${GECKO_ID}.json`),
    JSON.stringify({ name: GECKO_ID, description: 'NoTrain test policy', type: 'storage', data }),
  );
  return home;
}

export async function launchFirefox({ managedStorage }: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(join(FIREFOX_DIR, 'manifest.json')))
    throw new Error('dist/firefox is missing: run `npm run build` first');
  if (!existsSync(FIREFOX))
    throw new Error(`no Firefox at ${FIREFOX}: apt-get install firefox-esr (or set FIREFOX_PATH)`);
  const workDir = mkdtempSync(join(tmpdir(), 'notrain-firefox-'));
  const log = requestLog();
  const { serverRequests } = log;
  let server: Server;
  try {
    server = await startVendorServer(workDir, defaultRoute, serverRequests, 443);
  } catch (error) {
    throw new Error('the Firefox tests serve vendor hosts on 127.0.0.1:443, which needs root or CAP_NET_BIND_SERVICE', {
      cause: error,
    });
  }
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: join(workDir, 'profile'),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(GECKO_ID, UUID),
    env: {
      ...process.env,
      ...FIREFOX_ENV,
      ...(managedStorage ? { HOME: homeWithManagedStorage(workDir, managedStorage) } : {}),
    },
  });
  await firefox.installExtension(FIREFOX_DIR);
  const extension = await firefox.newPage();
  await goExtension(extension, '/src/popup/index.html');

  const allTabIds = () => extension.evaluate(async () => (await browser.tabs.query({})).map((t) => t.id ?? -1));
  // Tabs by the URL they were opened at: the browser hides the URL of tabs outside the vendors' hosts.
  const tabIds = new Map<string, number>();
  const tabId = (url: string) => {
    const id = tabIds.get(url);
    if (id === undefined) throw new Error(`no tab was opened at ${url}`);
    return id;
  };

  return {
    browser: firefox,
    extension,
    serverRequests,
    unexpectedRequests: log.unexpectedRequests,
    async open(url) {
      log.opening(url);
      const before = new Set(await allTabIds());
      const page = await firefox.newPage();
      const [id] = (await allTabIds()).filter((tab) => !before.has(tab));
      if (id === undefined) throw new Error('the new tab did not appear');
      tabIds.set(url, id);
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    tabId,
    async popupFor(url) {
      const id = tabId(url);
      // The page the service worker chose for this tab's toolbar button: a vendor's prerendered popup, or the default one.
      const popup = await extension.evaluate((tab) => browser.action.getPopup({ tabId: tab }), id);
      const page = await firefox.newPage();
      await goExtension(page, `${new URL(popup).pathname}?tab=${id}`, { rendered: true });
      return page;
    },
    async badgeOf(url) {
      const id = tabId(url);
      return extension.evaluate(
        async (tab) => ({
          text: await browser.action.getBadgeText({ tabId: tab }),
          title: await browser.action.getTitle({ tabId: tab }),
        }),
        id,
      );
    },
    async close() {
      await firefox.close().catch(() => {});
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

// In extension pages the polyfill's `browser` is Firefox's own global.
declare const browser: import('webextension-polyfill').Browser;
