/**
 * `npm run screenshots`: the real popup on a few vendors' pages, a
 * settings-page note and the welcome page, written to docs/screenshots/ with
 * the same browser harness the tests use: the store listings' pictures.
 */
import { mkdirSync } from 'node:fs';
import { launch } from '../test/e2e/harness.ts';

const shots = [
  { url: 'https://acme.slack.com/archives/C0123', file: 'docs/screenshots/popup-slack.png' },
  { url: 'https://app.slack.com/client/T0123ABCD/C0456EFGH', file: 'docs/screenshots/popup-slack-client.png' },
  { url: 'https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement', file: 'docs/screenshots/popup-settings.png' },
  { url: 'https://www.reddit.com/', file: 'docs/screenshots/popup-no-opt-out.png' },
  // Routes by region: the UK picked in the popup's region line.
  { url: 'https://www.facebook.com/', file: 'docs/screenshots/popup-regions.png', place: 'UK' },
  { url: 'https://example.com/', file: 'docs/screenshots/popup-empty.png' },
];

mkdirSync('docs/screenshots', { recursive: true });
const harness = await launch();
try {
  for (const { url, file, place } of shots) {
    const tab = await harness.open(url);
    const popup = await harness.openPopup(tab);
    if (place) await popup.getByTestId('region').selectOption(place);
    await popup.locator('main').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await popup.close();
    await tab.close();
  }
  // The note NoTrain puts beside the control on a settings page (a hand-made copy of Grammarly's).
  const settings = await harness.open('https://account.grammarly.com/security/privacy');
  const badge = settings.locator('[data-notrain="badge"]');
  await badge.waitFor({ state: 'attached', timeout: 15_000 });
  await settings.locator('main, body').first().screenshot({ path: 'docs/screenshots/settings-badge.png' });
  console.log('wrote docs/screenshots/settings-badge.png');
  await settings.close();
  const welcome = await harness.context.newPage();
  await welcome.goto(`chrome-extension://${harness.extensionId}/src/welcome/index.html`);
  await welcome.locator('h1').waitFor();
  await welcome.screenshot({ path: 'docs/screenshots/welcome.png', fullPage: true });
  console.log('wrote docs/screenshots/welcome.png');
} finally {
  await harness.close();
}
