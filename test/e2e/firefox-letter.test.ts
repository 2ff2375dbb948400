/**
 * Meta's objection letter in Firefox ESR, with the Firefox build, in the
 * popup page the worker set for a Facebook tab: a blank blocks Copy (the
 * button disabled and described by the reason) and a click leaves Firefox's
 * clipboard as it was; filled in, Copy puts the complete letter on the
 * clipboard, read back by pasting it (firefox-harness.ts, `clipboardText`).
 * The same scenario as the Chromium test (letter-scenario.ts).
 */
import type { Page } from 'puppeteer-core';
import { beforeAll, describe, expect, it } from 'vitest';
import * as letter from './letter-scenario.ts';
import { useFirefox } from './use-firefox.ts';

const ff = useFirefox();
let popup: Page;
beforeAll(async () => {
  await ff().open(letter.META_TAB);
  popup = await ff().popupFor(letter.META_TAB);
  await popup.select('[data-testid=region]', letter.REGION);
  await popup.waitForSelector('[data-testid=objection-letter]');
});

/** Announced as unavailable: `aria-disabled`, not `disabled`, so that it keeps its Tab stop and its reason. */
const copyDisabled = () => popup.$eval('[data-testid=letter-copy]', (b) => b.getAttribute('aria-disabled') === 'true');

describe('Firefox: Meta’s objection letter, for a user in the EU', () => {
  it('a blank blocks Copy: announced unavailable, described by its reason, and the clipboard stays as it was', async () => {
    await ff().copyText('before');
    expect(await copyDisabled()).toBe(true);
    const reason = await popup.$eval('[data-testid=letter-blocked]', (p) => ({ id: p.id, text: p.textContent }));
    expect(reason.text).toBe(letter.BLOCKED_REASON);
    expect(await popup.$eval('[data-testid=letter-copy]', (b) => b.getAttribute('aria-describedby'))).toBe(reason.id);
    // Focused and Enter, as from the keyboard; then a click on the button itself.
    await popup.focus('[data-testid=letter-copy]');
    await popup.keyboard.press('Enter');
    await popup.click('[data-testid=letter-copy]');
    expect(await ff().clipboardText()).toBe('before');
    expect((await popup.$$('[data-testid=letter-blank]')).length).toBe(letter.BLANKS);
  });

  it('filled in, Copy is enabled and the copied text is complete, with no blank', async () => {
    for (const field of letter.LETTER_INPUT) {
      expect(await copyDisabled()).toBe(true);
      await popup.type(`[data-testid=${field.testId}]`, field.value);
    }
    expect(await popup.$('[data-testid=letter-blocked]')).toBeNull();
    expect(await copyDisabled()).toBe(false);
    await popup.click('[data-testid=letter-copy]');
    await popup.waitForFunction(() =>
      /Copied|Could not copy/.test([...document.querySelectorAll('[role=status]')].map((s) => s.textContent).join(' ')),
    );
    letter.expectCompleteLetter(await ff().clipboardText());
  });
});
