/** The hand-made settings pages in test/fixtures/settings/, as listed in its index.json. */
import { readFileSync } from 'node:fs';

export interface SettingsFixture {
  file: string;
  vendor: string;
  /** The vendor URL the test server answers with this page. */
  url: string;
  label: string;
  /** `marks`: one note beside each of the page's switches the record names. */
  expect: 'mark' | 'marks' | 'not-found' | 'email-notice';
}

export const settingsFixtures = JSON.parse(
  readFileSync('test/fixtures/settings/index.json', 'utf8'),
) as SettingsFixture[];

export function settingsFixture(file: string): SettingsFixture {
  const found = settingsFixtures.find((f) => f.file === file);
  if (!found) throw new Error(`no settings fixture ${file}`);
  return found;
}
