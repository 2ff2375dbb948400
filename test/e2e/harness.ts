/**
 * Drives the built extension (dist/chrome) in Debian's headless Chromium, with
 * vendor hosts served from loopback so the address bar shows the real host
 * names. How each piece works, and why: README's "Tests" section.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { CHROMIUM, QUIET_FLAGS } from '../support/chromium.ts';
import { selfSignedCert } from '../support/self-signed.ts';
import { settingsFixtures } from '../support/settings-fixtures.ts';
import { requestLog } from './request-log.ts';
import { isPrerenderedPopup } from '../../src/core/popup-page.ts';

export const EXTENSION_DIR = resolve('dist/chrome');
const PAGES_DIR = resolve('test/fixtures/pages');
// Settings fixtures live beside the pages: test/fixtures/settings/.

/**
 * Which fixture page a request gets: a settings fixture by its URL, else by
 * host, else a plain page. `redirect:<url>` answers 302 to that URL, as a
 * workspace address does when it sends a signed-in user to the web client.
 */
export type Route = (host: string, path: string, search: string) => string;

const settingsPages = new Map(
  settingsFixtures.map((f) => {
    const url = new URL(f.url);
    return [`${url.host}${url.pathname}${url.search}`, `../settings/${f.file}`];
  }),
);

export const defaultRoute: Route = (host, path, search) => {
  const settings = settingsPages.get(`${host}${path}${search}`);
  if (settings) return settings;
  if (host === 'app.slack.com' && path.startsWith('/client/')) return 'slack-client.html';
  if (host.endsWith('.slack.com') && host !== 'app.slack.com' && host !== 'www.slack.com')
    return 'slack-workspace.html';
  if (host === 'slack.com' || host === 'www.slack.com') return 'slack-marketing.html';
  return 'plain.html';
};

export interface Harness {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  /** The browser's remote-debugging port: `chromium.connectOverCDP` for browser-level sessions (the benchmark's traces). */
  debugPort: number;
  open(url: string): Promise<Page>;
  /**
   * Every request that reached the loopback server, as `host/path`. All host
   * names resolve to it, so a request the extension made on its own would land
   * here too.
   */
  serverRequests: string[];
  /** Requests that reached the server for anything but a page the test opened (and its favicon). */
  unexpectedRequests(): string[];
  /** Counts a page the test reaches without opening it (the target of a redirect) as opened. */
  expectPage(url: string): void;
  /** The toolbar badge text and tooltip of the focused tab. */
  badgeOfActiveTab(): Promise<{ text: string; title: string }>;
  /**
   * Opens the real toolbar popup, bound to `tab`, and returns its page. By
   * default NoTrain's; `of` names another loaded extension's worker and popup.
   */
  openPopup(tab: Page, of?: { worker: Worker; popupUrl: string }, options?: PopupOptions): Promise<Page>;
  close(): Promise<void>;
}

export interface PopupOptions {
  /**
   * Connect to the popup only this long after asking for it, so that no
   * debugging client attaches while it loads (the benchmark's timings).
   */
  quietMs?: number;
}

export interface LaunchOptions {
  route?: Route;
  /** Load NoTrain (default) or run the same browser without it, as a baseline. */
  withExtension?: boolean;
  /** NoTrain as built (`dist/chrome`, the default), or a copy of it (the benchmark's, whose popup page it swaps). */
  extensionDir?: string;
  /** Further unpacked extensions to load beside NoTrain (the benchmark's reference popup). */
  extraExtensions?: string[];
  /** The browser's UI language, as Chromium on Linux reads it (LANGUAGE): the extension's catalogs follow it. */
  language?: string;
}

export async function launch({
  route = defaultRoute,
  withExtension = true,
  extensionDir = EXTENSION_DIR,
  extraExtensions = [],
  language,
}: LaunchOptions = {}): Promise<Harness> {
  if (withExtension && !existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`${extensionDir} is missing: run \`npm run build\` first`);
  }
  const extensions = [...(withExtension ? [extensionDir] : []), ...extraExtensions].join(',');
  const workDir = mkdtempSync(join(tmpdir(), 'notrain-e2e-'));
  const log = requestLog();
  const { serverRequests } = log;
  const server = await startVendorServer(workDir, route, serverRequests);
  const serverPort = (server.address() as AddressInfo).port;
  const debugPort = 9300 + Math.floor(Math.random() * 500);
  const context = await chromium.launchPersistentContext(join(workDir, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 700 },
    ...(language ? { env: { ...process.env, LANGUAGE: language, LANG: `${language}.UTF-8` }, locale: language } : {}),
    args: [
      '--headless=new',
      ...QUIET_FLAGS,
      ...(extensions ? [`--disable-extensions-except=${extensions}`, `--load-extension=${extensions}`] : []),
      `--host-resolver-rules=MAP * 127.0.0.1:${serverPort}, EXCLUDE localhost`,
      `--remote-debugging-port=${debugPort}`,
    ],
  });
  // The popup's Copy button writes the clipboard; the test reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const serviceWorker = withExtension ? await workerOf(context, extensionDir) : (undefined as unknown as Worker);
  const extensionId = withExtension ? new URL(serviceWorker.url()).host : '';
  // NoTrain opens its welcome page on install. Wait for it here: on a loaded machine it can otherwise open
  // after a test's own tab, become the active tab, and leave the popup reading the welcome page instead.
  const welcome = `chrome-extension://${extensionId}/src/welcome/index.html`;
  for (let i = 0; withExtension && i < 100 && !context.pages().some((p) => p.url() === welcome); i++)
    await new Promise((r) => setTimeout(r, 50));
  let cdp: Browser | undefined;

  return {
    context,
    extensionId,
    serviceWorker,
    debugPort,
    serverRequests,
    unexpectedRequests: log.unexpectedRequests,
    expectPage: (url) => log.opening(url),
    async open(url) {
      log.opening(url);
      const page = await context.newPage();
      await page.goto(url);
      return page;
    },
    badgeOfActiveTab() {
      return serviceWorker.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
        const [active] = await c.tabs.query({ active: true, lastFocusedWindow: true });
        const tabId = active?.id ?? -1;
        return { text: await c.action.getBadgeText({ tabId }), title: await c.action.getTitle({ tabId }) };
      });
    },
    async openPopup(tab, of, options = {}) {
      const worker = of?.worker ?? serviceWorker;
      // NoTrain's default popup (src/popup/), or a vendor's prerendered one (generated/popups/<id>.html).
      const origin = `chrome-extension://${extensionId}/`;
      const isPopup = (url: string) =>
        of
          ? url.startsWith(of.popupUrl)
          : url.startsWith(origin) &&
            (url.startsWith(`${origin}src/popup/`) || isPrerenderedPopup(new URL(url).pathname));
      // Connect over CDP only after the popup exists: a popup opened later is
      // not reliably announced to an existing connection.
      const connect = async () => {
        await cdp?.close().catch(() => {});
        cdp = await chromium.connectOverCDP(`http://127.0.0.1:${debugPort}`);
        return cdp
          .contexts()
          .flatMap((c) => c.pages())
          .filter((p) => isPopup(p.url()));
      };
      for (const stale of await connect()) await stale.close();
      await tab.bringToFront();
      if (options.quietMs !== undefined) {
        await cdp?.close().catch(() => {});
        cdp = undefined;
      }
      // Chrome 127+ lets the extension open its own popup; it binds to the focused tab.
      await worker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
      );
      if (options.quietMs !== undefined) await new Promise((r) => setTimeout(r, options.quietMs));
      for (let attempt = 0; attempt < 20; attempt++) {
        const [popup] = await connect();
        if (popup) {
          await popup.waitForLoadState('load');
          // The interactive popup is rendered once the tab is read: its email link says whether the tab is known.
          if (!of) await popup.waitForFunction(() => performance.getEntriesByName('notrain:rendered').length > 0);
          return popup;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error('the toolbar popup did not open');
    },
    async close() {
      await cdp?.close().catch(() => {});
      await context.close();
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** The service worker of the unpacked extension in `dir` (its manifest names the worker's file). */
export async function workerOf(context: BrowserContext, dir: string): Promise<Worker> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
  };
  const file = `/${manifest.background.service_worker}`;
  const find = () =>
    context
      .serviceWorkers()
      .find((w) => new URL(w.url()).pathname === file && w.url().startsWith('chrome-extension://'));
  for (let attempt = 0; attempt < 100; attempt++) {
    const worker = find();
    if (worker) return worker;
    await context.waitForEvent('serviceworker', { timeout: 5000 }).catch(() => undefined);
  }
  throw new Error(`no service worker for ${dir}`);
}

/** An https server on 127.0.0.1 with a throwaway self-signed certificate (on `port`, or any free one). */
export async function startVendorServer(
  workDir: string,
  route: Route,
  log: string[],
  port = 0,
  address = '127.0.0.1',
): Promise<Server> {
  const { key, cert } = selfSignedCert(workDir);
  const server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const { pathname: path, search } = new URL(req.url ?? '/', 'https://x');
    log.push(`${host}${path}`);
    if (path === '/favicon.ico') {
      res.writeHead(404).end();
      return;
    }
    const page = route(host, path, search);
    if (page.startsWith('redirect:')) {
      res.writeHead(302, { location: page.slice('redirect:'.length) }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    // resolve(): a route may also name an absolute path (the benchmark's generated pages).
    res.end(readFileSync(resolve(PAGES_DIR, page)));
  });
  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, address, resolveListen);
  });
  return server;
}
