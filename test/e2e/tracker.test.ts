/**
 * The tracker in the built extension, in Chromium: a Slack opt-out drafted
 * in the real popup, marked sent and confirmed, with the one status line and
 * the toolbar badge following; a record change dated after the user's step;
 * stored states of every earlier version migrating, and corrupt or future
 * ones kept aside, seeded in storage before the popup opens.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { axeInBothSchemes } from '../support/axe.ts';
import { settingsFixture } from '../support/settings-fixtures.ts';
import { clearStored, getStored, setStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

const browser = useHarness();
const WORKSPACE = 'https://acme.slack.com/archives/C0123';
const ACME = 'slack@https://acme.slack.com/';
const LINKEDIN_LABEL = 'Use my data for training content creation AI models';

const opened: Page[] = [];
async function popupFor(url: string) {
  const tab = await browser().open(url);
  const popup = await browser().openPopup(tab);
  opened.push(popup, tab);
  return { tab, popup };
}
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
  await clearStored(browser().serviceWorker);
});

type StoredTracker = { version: number; entries: Record<string, { status: string; steps: { kind: string }[] }> };
/** The toolbar badge of the tab at `url` (asked of the worker by tab: the popup's window may have the focus). */
const badgeOf = (url: string) =>
  browser().serviceWorker.evaluate(async (u) => {
    const c = (globalThis as unknown as { chrome: typeof import('webextension-polyfill') }).chrome;
    const [tab] = await c.tabs.query({ url: u });
    const tabId = tab?.id ?? -1;
    return { text: await c.action.getBadgeText({ tabId }), title: await c.action.getTitle({ tabId }) };
  }, url);

const storedTracker = async () => (await getStored(browser().serviceWorker, 'tracker')) as StoredTracker | null;

describe('a Slack owner follows the opt-out through', () => {
  it('drafts, marks it sent and confirmed; the one line and the toolbar badge follow, and Undo steps back', async () => {
    const { tab, popup } = await popupFor(WORKSPACE);
    await popup.getByTestId('role-owner').click();
    expect(await badgeOf(WORKSPACE)).toMatchObject({ text: 'ON' });
    // Copying the email is drafting it (clicking the mailto: link would hand it to a mail app).
    await popup.getByTestId('copy-email').click();
    const line = popup.getByTestId('tracker-status');
    await expect.poll(() => line.textContent()).toMatch(/^Email drafted \w{3} \d{1,2}, \d{4} — Mark as sent · Undo$/);
    // A draft is not an opt-out: the badge stays red ON.
    expect(await badgeOf(WORKSPACE)).toMatchObject({ text: 'ON' });

    await popup.getByRole('button', { name: 'Mark as sent' }).click();
    await expect
      .poll(() => line.textContent())
      .toMatch(/^Marked sent .+, not confirmed yet — Vendor confirmed · Undo$/);
    await expect.poll(async () => (await badgeOf(WORKSPACE)).text).toBe('✉');
    expect((await badgeOf(WORKSPACE)).title).toMatch(
      /^Slack: you marked your opt-out email sent on \d{4}-\d\d-\d\d; waiting for the vendor to confirm\.$/,
    );
    expect((await storedTracker())?.entries[ACME]).toMatchObject({ status: 'sent' });

    // The popup reopened says the same, from storage.
    await popup.close();
    const again = await browser().openPopup(tab);
    opened.push(again);
    const againLine = again.getByTestId('tracker-status');
    expect(await againLine.textContent()).toMatch(/^Marked sent/);
    await again.getByRole('button', { name: 'Vendor confirmed' }).click();
    await expect.poll(() => againLine.textContent()).toMatch(/^Confirmed by the vendor, marked .+ · Undo$/);
    expect(await again.locator('h1').textContent()).toBe('Off: Slack confirmed your opt-out.');
    await expect.poll(async () => (await badgeOf(WORKSPACE)).text).toBe('OFF');

    await again.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => againLine.textContent()).toMatch(/^Marked sent/);
    await expect.poll(async () => (await badgeOf(WORKSPACE)).text).toBe('✉');
    expect((await storedTracker())?.entries[ACME]?.steps.map((s) => s.kind)).toEqual([
      'email-drafted',
      'marked-sent',
      'marked-confirmed',
      'undone',
    ]);
  });
});

describe('a record change dated after the opt-out', () => {
  it('shows in the popup with its date, what changed and its source', async () => {
    // Slack's record has a change dated 2024-05-17: a draft from before it makes it news.
    await setStored(browser().serviceWorker, {
      tracker: {
        version: 2,
        entries: {
          [ACME]: {
            vendorId: 'slack',
            workspace: { url: 'https://acme.slack.com/' },
            status: 'drafted',
            steps: [{ kind: 'email-drafted', at: '2024-01-02T10:00:00.000Z' }],
          },
        },
      },
    });
    const { popup } = await popupFor(WORKSPACE);
    const notice = popup.getByTestId('policy-changed');
    expect(await notice.textContent()).toMatch(
      /^Slack changed its policy on May 17, 2024, after your opt-out step: After its privacy principles drew criticism/,
    );
    expect(await notice.locator('a').first().getAttribute('href')).toMatch(/^https:\/\/slack\.com\//);
    // The status line, its buttons and the notice pass axe, light and dark, beside a notice of items kept aside.
    expect(await popup.getByTestId('tracker-status').textContent()).toMatch(
      /^Email drafted Jan 2, 2024 — Mark as sent/,
    );
    expect(await axeInBothSchemes(popup)).toEqual({ light: [], dark: [] });
    await popup.getByRole('button', { name: 'Got it' }).click();
    await expect.poll(() => notice.count()).toBe(0);
  });
});

describe('stored states from every earlier version', () => {
  it('nothing stored: no line, and nothing written until the user acts', async () => {
    const { popup } = await popupFor('https://www.linkedin.com/feed/');
    expect(await popup.getByTestId('tracker').count()).toBe(0);
    expect(await popup.getByTestId('kept-aside').count()).toBe(0);
    expect(await storedTracker()).toBeNull();
  });

  it('the ledger (version 1) migrates: the popup and the badge read it, and the next write stores version 2, leaving the ledger as it was', async () => {
    const ledger = {
      version: 1,
      vendors: { linkedin: { standing: 'opted-out', label: LINKEDIN_LABEL, date: '2026-11-30' } },
      quarantine: [],
    };
    await setStored(browser().serviceWorker, { ledger });
    const { popup } = await popupFor('https://www.linkedin.com/feed/');
    expect(await popup.getByTestId('seen').textContent()).toBe(
      `You set “${LINKEDIN_LABEL}” to opt out on Nov 30, 2026 (NoTrain saw it on this device).`,
    );
    expect(await popup.locator('h1').textContent()).toBe('Off for generative AI; other AI models still on by default.');
    expect(await badgeOf('https://www.linkedin.com/feed/')).toMatchObject({ text: 'PART' });
    // The next write (here: opening the settings from the popup) stores version 2 and leaves the ledger as it was.
    await popup
      .getByTestId('open-settings')
      .first()
      .evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await popup.getByTestId('open-settings').first().click();
    await expect.poll(async () => (await storedTracker())?.version).toBe(2);
    expect((await storedTracker())?.entries.linkedin?.steps.map((s) => s.kind)).toEqual([
      'control-seen',
      'settings-opened',
    ]);
    expect(await getStored(browser().serviceWorker, 'ledger')).toEqual(ledger);
  });

  it('a corrupt entry is kept aside untouched, the user is told, and the rest keeps working', async () => {
    const corrupt = { vendorId: 'slack', workspace: { url: 'https://evil.slack.com/' }, status: 'hacked', steps: 'x' };
    await setStored(browser().serviceWorker, {
      tracker: {
        version: 2,
        entries: {
          'slack@https://evil.slack.com/': corrupt,
          [ACME]: {
            vendorId: 'slack',
            workspace: { url: 'https://acme.slack.com/' },
            status: 'sent',
            steps: [{ kind: 'marked-sent', at: '2026-11-30T10:00:00.000Z' }],
          },
        },
        preferences: {},
        quarantine: [],
      },
    });
    const { popup } = await popupFor(WORKSPACE);
    expect(await popup.getByTestId('kept-aside').textContent()).toMatch(/^NoTrain could not read 1 saved item\(s\)/);
    expect(await popup.getByTestId('tracker-status').textContent()).toMatch(/^Marked sent Nov 30, 2026/);
    await popup.getByRole('button', { name: 'Vendor confirmed' }).click();
    await expect.poll(async () => (await storedTracker())?.entries[ACME]?.status).toBe('confirmed');
    const stored = (await storedTracker()) as StoredTracker & { quarantine: unknown[] };
    expect(stored.quarantine).toEqual([
      { key: 'slack@https://evil.slack.com/', value: corrupt, reason: 'status invalid' },
    ]);
  });

  it('a future version is set aside verbatim, never overwritten, and a fresh tracker starts beside it', async () => {
    const future = { version: 3, entries: { slack: { whatever: 'comes next' } }, somethingNew: [1, 2] };
    await setStored(browser().serviceWorker, { tracker: future });
    const { popup } = await popupFor(WORKSPACE);
    expect(await popup.getByTestId('kept-aside').textContent()).toMatch(/could not read 1 saved item\(s\)/);
    await popup.getByTestId('role-owner').click();
    await popup.getByTestId('copy-email').click();
    await expect.poll(async () => (await storedTracker())?.version).toBe(2);
    expect(await getStored(browser().serviceWorker, 'trackerAside')).toEqual([
      { from: 'tracker', reason: 'future-version', value: future },
    ]);
    expect(await popup.getByTestId('kept-aside').textContent()).toMatch(/could not read 1 saved item\(s\)/);
  });
});

describe('writers in two parts of the extension', () => {
  it('the popup and the worker share one lock: a write waits for the other, and neither update is lost', async () => {
    // LinkedIn's settings page first, in the background: its script reports to the worker, which writes the tracker.
    const settings = settingsFixture('linkedin.html');
    const page = await browser().open(settings.url);
    opened.push(page);
    await page.waitForSelector('[data-notrain]', { state: 'attached' });
    const { popup } = await popupFor(WORKSPACE);
    await popup.getByTestId('role-owner').click();
    // The popup holds the tracker's lock, as a slow write would.
    await popup.evaluate(() => {
      void navigator.locks.request(
        'notrain-tracker',
        () => new Promise<void>((release) => Object.assign(window, { releaseTrackerLock: release })),
      );
    });
    // Meanwhile the popup records a draft, and the worker a control switched on LinkedIn (clicked in the page itself,
    // so the popup keeps the focus).
    await popup.getByTestId('copy-email').click();
    await page.evaluate(() => (document.querySelector('[data-fixture="target"]') as HTMLElement).click());
    await new Promise((r) => setTimeout(r, 700));
    // Neither wrote while the lock was held (the worker may have stored the empty tracker before, on the page's first report).
    expect((await storedTracker())?.entries ?? {}).toEqual({});
    await popup.evaluate(() => (window as unknown as { releaseTrackerLock: () => void }).releaseTrackerLock());
    await expect
      .poll(async () => Object.keys((await storedTracker())?.entries ?? {}).sort())
      .toEqual([ACME, 'linkedin'].sort());
    const stored = await storedTracker();
    expect(stored?.entries[ACME]?.status).toBe('drafted');
    expect(stored?.entries.linkedin?.status).toBe('setting-changed');
  });
});
