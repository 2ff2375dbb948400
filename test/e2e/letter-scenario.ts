/**
 * Meta's objection letter for a user in the EU, shared by the Chromium
 * (objection-letter.test.ts) and the Firefox (firefox-letter.test.ts) tests:
 * the page it is in, what the user types, why Copy is blocked until then,
 * and what the copied text must hold.
 */
import { expect } from 'vitest';

export const META_TAB = 'https://www.facebook.com/';
export const REGION = 'EU';
/** The blanks before the user types anything (a blank may appear more than once in the text). */
export const BLANKS = 4;
export const BLOCKED_REASON = 'Fill in every highlighted blank to copy or send the text.';

/** Each field: its test id, its label, and what the user types. The last one is what unblocks Copy. */
export const LETTER_INPUT = [
  { testId: 'letter-name', label: 'Your full name', value: 'Ada Lovelace' },
  {
    testId: 'letter-email',
    label: 'Email address of your Meta (Facebook and Instagram) account',
    value: 'ada@example.com',
  },
  {
    testId: 'letter-account',
    label: 'Your Meta (Facebook and Instagram) profile URL or username',
    value: 'facebook.com/ada',
  },
] as const;

/** The copied letter: addressed, citing the law, with each value typed and no blank or placeholder left. */
export function expectCompleteLetter(copied: string): void {
  expect(copied).toMatch(/^Dear Meta \(Facebook and Instagram\) privacy team,\r?\n/);
  expect(copied).toContain('Article 21 of the General Data Protection Regulation (GDPR)');
  expect(copied).toContain('Name: Ada Lovelace');
  expect(copied).toContain('Account email: ada@example.com');
  expect(copied).toContain('Account (profile URL or username): facebook.com/ada');
  expect(copied).not.toMatch(/blank:|\$[A-Z0-9]|[\uE000\uE001]|\[/);
  expect(copied.trimEnd().endsWith('Ada Lovelace')).toBe(true);
}
