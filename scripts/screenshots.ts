/**
 * `npm run screenshots`: the real popup on a few vendors' pages, an
 * objection letter, a settings-page note, and the welcome, options and audit
 * pages, written to docs/screenshots/ with
 * the same browser harness the tests use: the store listings' pictures.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launch } from '../test/e2e/harness.ts';

interface Shot {
  url: string;
  file: string;
  /** What the user does in the popup first. */
  act?: (popup: Page) => Promise<unknown>;
}

const answer = (role: 'owner' | 'member') => async (popup: Page) => {
  await popup.getByTestId(`role-${role}`).click();
  if (role === 'member') await popup.getByTestId('owner-note').waitFor();
};

const shots: Shot[] = [
  { url: 'https://acme.slack.com/archives/C0123', file: 'docs/screenshots/popup-slack.png', act: answer('owner') },
  {
    url: 'https://beta.slack.com/archives/C0123',
    file: 'docs/screenshots/popup-slack-member.png',
    act: answer('member'),
  },
  {
    url: 'https://app.slack.com/client/T0123ABCD/C0456EFGH',
    file: 'docs/screenshots/popup-slack-client.png',
    act: answer('owner'),
  },
  { url: 'https://github.com/copilot', file: 'docs/screenshots/popup-plans.png' },
  {
    url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement',
    file: 'docs/screenshots/popup-settings.png',
  },
  { url: 'https://www.reddit.com/', file: 'docs/screenshots/popup-no-opt-out.png' },
  // Routes by region: the UK picked in the popup's region line.
  {
    url: 'https://www.facebook.com/',
    file: 'docs/screenshots/popup-regions.png',
    act: (popup) => popup.getByTestId('region').selectOption('UK'),
  },
  { url: 'https://example.com/', file: 'docs/screenshots/popup-empty.png' },
];

mkdirSync('docs/screenshots', { recursive: true });
const harness = await launch();
try {
  for (const { url, file, act } of shots) {
    const tab = await harness.open(url);
    const popup = await harness.openPopup(tab);
    await act?.(popup);
    // The whole popup, unscrolled (Chrome caps a real popup at 600 px; the browser tests check the summary and action fit).
    // eslint-disable-next-line no-restricted-globals -- runs in the popup page (page.evaluate), not in Node
    await popup.evaluate(() => window.scrollTo(0, 0));
    await popup.locator('main').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await popup.close();
    await tab.close();
  }
  // The note NoTrain puts beside the control on a settings page (a hand-made copy of Grammarly's).
  const settings = await harness.open('https://account.grammarly.com/security/privacy');
  const mark = settings.locator('[data-notrain="mark"]');
  await mark.waitFor({ state: 'attached', timeout: 15_000 });
  await settings.locator('main, body').first().screenshot({ path: 'docs/screenshots/settings-mark.png' });
  console.log('wrote docs/screenshots/settings-mark.png');
  await settings.close();
  // The objection letter an EU Facebook user gets beside Meta's form, its blanks still to fill.
  const facebook = await harness.open('https://www.facebook.com/');
  const metaPopup = await harness.openPopup(facebook);
  await metaPopup.getByTestId('region').selectOption('EU');
  const letter = metaPopup.getByTestId('objection-letter');
  await letter.waitFor();
  await letter.screenshot({ path: 'docs/screenshots/popup-letter.png' });
  console.log('wrote docs/screenshots/popup-letter.png');
  await metaPopup.close();
  await facebook.close();
  // An owner's Slack opt-out drafted and marked sent, as the options page and the audit page then show it.
  const slack = await harness.open('https://globex.slack.com/archives/C0123');
  const slackPopup = await harness.openPopup(slack);
  await slackPopup.getByTestId('role-owner').click();
  await slackPopup.getByTestId('copy-email').click();
  await slackPopup.getByTestId('tracker-next').click();
  await slackPopup.getByText(/^Marked sent/).waitFor();
  await slackPopup.close();
  await slack.close();
  for (const [page, file] of [
    ['src/welcome/index.html', 'docs/screenshots/welcome.png'],
    ['src/options/index.html', 'docs/screenshots/options.png'],
    ['src/audit/index.html', 'docs/screenshots/audit.png'],
  ] as const) {
    const extensionPage = await harness.context.newPage();
    await extensionPage.goto(`chrome-extension://${harness.extensionId}/${page}`);
    await extensionPage.locator('h1').waitFor();
    await extensionPage.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await extensionPage.close();
  }
} finally {
  await harness.close();
}
