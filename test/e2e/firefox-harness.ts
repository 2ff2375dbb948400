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
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import type { Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type KeyInput, type Page } from 'puppeteer-core';
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
  /**
   * The clipboard, as a user would see it: pasted (Ctrl+V) into a text box of
   * a blank tab of the test's. `navigator.clipboard.readText()` would need
   * Firefox's Paste menu, or a testing pref that also lifts the user-gesture
   * check on writes, which would hide a copy that only works in tests.
   */
  clipboardText(): Promise<string>;
  /** Puts `text` on the clipboard as a user does: typed into that text box, selected and copied (Ctrl+C). */
  copyText(text: string): Promise<void>;
  /** Sets keys of NoTrain's storage.local, as the extension (or an earlier version) would have stored them. */
  setStored(items: Record<string, unknown>): Promise<void>;
  /** One key of NoTrain's storage.local, or undefined. */
  getStored(key: string): Promise<unknown>;
  /**
   * The file that `click` makes Firefox download, once it is complete: the
   * profile saves downloads to a folder of the test's without asking
   * (test/support/firefox.ts).
   */
  downloadOf(click: () => Promise<unknown>): Promise<{ name: string; text: string }>;
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
    // Not awaited: it would only end at its timeout. The loop below sees the page arrive.
    void page.goto(url, { waitUntil: 'domcontentloaded', timeout: 1500 }).catch(() => undefined);
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

/**
 * The vendor server on port 443 of a loopback address of its own: all of
 * 127.0.0.0/8 reaches this machine, so Firefox runs started at the same time
 * (other worktrees' tests on a shared machine) do not fight over 127.0.0.1:443.
 */
async function serveOnPort443(workDir: string, log: string[]): Promise<{ server: Server; address: string }> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 20; attempt++) {
    const address = `127.${1 + Math.floor(Math.random() * 254)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;
    try {
      return { server: await startVendorServer(workDir, defaultRoute, log, 443, address), address };
    } catch (error) {
      lastError = error;
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE') break;
    }
  }
  throw new Error('the Firefox tests serve vendor hosts on port 443, which needs root or CAP_NET_BIND_SERVICE', {
    cause: lastError,
  });
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
  const { server, address } = await serveOnPort443(workDir, serverRequests);
  const downloads = join(workDir, 'downloads');
  mkdirSync(downloads);
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    userDataDir: join(workDir, 'profile'),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: firefoxPrefs(GECKO_ID, UUID, address, downloads),
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

  let scratch: ElementHandle<HTMLTextAreaElement> | undefined;
  const scratchBox = async () => {
    if (!scratch) {
      const page = await firefox.newPage();
      await page.setContent('<textarea></textarea>');
      scratch = (await page.$('textarea')) ?? undefined;
      if (!scratch) throw new Error('no text box for the clipboard');
    }
    return scratch;
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
    async clipboardText() {
      const box = await scratchBox();
      await box.evaluate((t) => void (t.value = ''));
      await withControl(box, 'v');
      return box.evaluate((t) => t.value);
    },
    async copyText(text) {
      const box = await scratchBox();
      await box.evaluate((t, value) => void (t.value = value), text);
      await withControl(box, 'a');
      await withControl(box, 'c');
    },
    setStored: (items) => extension.evaluate((i) => browser.storage.local.set(i), items),
    getStored: (key) => extension.evaluate(async (k) => (await browser.storage.local.get(k))[k], key),
    async downloadOf(click) {
      const before = new Set(readdirSync(downloads));
      await click();
      for (let attempt = 0; attempt < 100; attempt++) {
        const names = readdirSync(downloads).filter((name) => !before.has(name));
        // Firefox first creates the file empty, writes into `<name>.part`, and moves that over it once complete.
        const done = names.filter((name) => !name.endsWith('.part'));
        if (done.length > 1) throw new Error(`one click downloaded ${done.length} files: ${done.join(', ')}`);
        const [name] = done;
        if (name !== undefined && !names.includes(`${name}.part`) && statSync(join(downloads, name)).size > 0)
          return { name, text: readFileSync(join(downloads, name), 'utf8') };
        await sleep(100);
      }
      throw new Error('Firefox downloaded nothing');
    },
    async close() {
      await firefox.close().catch(() => {});
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Presses Ctrl+`key` in the text box, focused first: real key events, which the browser trusts. */
async function withControl(box: ElementHandle<HTMLTextAreaElement>, key: KeyInput): Promise<void> {
  await box.focus();
  const { keyboard } = box.frame.page();
  await keyboard.down('Control');
  await keyboard.press(key);
  await keyboard.up('Control');
}

// In extension pages the polyfill's `browser` is Firefox's own global.
declare const browser: import('webextension-polyfill').Browser;
