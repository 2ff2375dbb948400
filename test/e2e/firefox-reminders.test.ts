/**
 * Reminders in Firefox ESR, end to end: the Firefox build, an email marked
 * sent eight days ago, the reminder switch clicked in the real popup page
 * (the test profile grants optional permissions without the browser's
 * prompt: `extensions.webextOptionalPermissionPrompts` in
 * test/support/firefox.ts; Chromium's prompt cannot be answered by a test,
 * see README "Tests"), the alarm fired from the test, and the notification
 * seen through the `notifications` events any extension page can listen to
 * (headless Firefox closes it again within a second or two, and reports it
 * through `onClosed`).
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useFirefox } from './use-firefox.ts';

const ff = useFirefox();

const WORKSPACE = 'https://acme.slack.com/archives/C0123';
const KEY = 'slack@https://acme.slack.com/';
const DAY = 86_400_000;

describe('Firefox: a reminder for an email marked sent and never confirmed', () => {
  let popup: Page;
  beforeAll(async () => {
    const sentAt = new Date(Date.now() - 8 * DAY).toISOString();
    await ff().extension.evaluate(
      (key, at) =>
        browser.storage.local.set({
          tracker: {
            version: 2,
            entries: {
              [key]: {
                vendorId: 'slack',
                workspace: { url: 'https://acme.slack.com/' },
                status: 'sent',
                steps: [
                  { kind: 'email-drafted', at },
                  { kind: 'marked-sent', at },
                ],
              },
            },
          },
        }),
      KEY,
      sentAt,
    );
    await ff().open(WORKSPACE);
    popup = await ff().popupFor(WORKSPACE);
  });
  afterAll(() => popup?.close());

  it('shows the follow-up line, and no alarm or notification permission before the user asks for reminders', async () => {
    expect(await popup.$eval('[data-testid=follow-up]', (e) => e.textContent)).toBe(
      'No confirmation 8 days after you sent it: send Slack a follow-up.',
    );
    expect(await ff().extension.evaluate(() => browser.permissions.contains({ permissions: ['notifications'] }))).toBe(
      false,
    );
    expect(await ff().badgeOf(WORKSPACE)).toMatchObject({ text: '✉' });
  });

  it('turning reminders on asks for the permission, stores the choice and sets the alarm', async () => {
    await popup.click('[data-testid=reminders]');
    await popup.waitForFunction(() => (document.querySelector('[data-testid=reminders]') as HTMLInputElement).checked);
    expect(await ff().extension.evaluate(() => browser.permissions.contains({ permissions: ['notifications'] }))).toBe(
      true,
    );
    const state = async () =>
      ff().extension.evaluate(async () => ({
        reminders: ((await browser.storage.local.get('tracker')).tracker as { preferences: { reminders: boolean } })
          .preferences.reminders,
        alarm: (await browser.alarms.get('notrain-reminders'))?.periodInMinutes ?? null,
      }));
    for (let i = 0; i < 50 && (await state()).alarm === null; i++) await new Promise((r) => setTimeout(r, 100));
    expect(await state()).toEqual({ reminders: true, alarm: 360 });
  });

  it('the alarm, fired from the test, shows the notification and records the reminder once', async () => {
    // Headless Firefox closes a notification within a second or so: the test listens for it being shown or closed,
    // as any extension page can, rather than hoping to catch it in notifications.getAll().
    await ff().extension.evaluate(() => {
      const seen: string[] = [];
      Object.assign(window, { notificationsSeen: seen });
      browser.notifications.onShown.addListener((id) => void seen.push(`shown ${id}`));
      browser.notifications.onClosed.addListener((id) => void seen.push(`closed ${id}`));
    });
    // The same alarm, due now: the worker's listener runs as it would after six hours.
    await ff().extension.evaluate(() => browser.alarms.create('notrain-reminders', { when: Date.now() + 100 }));
    const seen = () =>
      ff().extension.evaluate(() => (window as unknown as { notificationsSeen: string[] }).notificationsSeen);
    for (let i = 0; i < 100 && (await seen()).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    // Headless Firefox closes it without reporting it shown (onShown never fires there): its id coming back through
    // onClosed says the worker's notification existed.
    expect((await seen()).map((event) => event.replace(/^(shown|closed) /, ''))).toContain(`notrain-reminder:${KEY}`);
    const steps = await ff().extension.evaluate(
      async (key) =>
        (
          (await browser.storage.local.get('tracker')).tracker as {
            entries: Record<string, { steps: { kind: string }[] }>;
          }
        ).entries[key]?.steps.map((s) => s.kind),
      KEY,
    );
    expect(steps).toEqual(['email-drafted', 'marked-sent', 'reminded']);
  });
});

declare const browser: import('webextension-polyfill').Browser;
