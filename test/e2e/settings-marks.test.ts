/**
 * The settings-page mark in a real browser, on hand-made copies of vendors'
 * settings pages served under their real URLs: where it goes, what it says,
 * what toggling records, and that hostile pages neither break it nor get to
 * run anything.
 */
import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { normalizeText } from '../../src/core/find-control.ts';
import { controlWatch } from '../../src/core/settings-page.ts';
import { type SettingsFixture, settingsFixture, settingsFixtures } from '../support/settings-fixtures.ts';
import { registry } from '../support/vendors.ts';
import { marks, waitForMark } from './marks.ts';
import { getStored } from './storage.ts';
import { useHarness } from './use-harness.ts';

const fixtures = settingsFixtures;
const fixture = settingsFixture;
/** Vendors whose record names a settings page (or dialog) and the control's label: the mark covers exactly these. */
const covered = (f: SettingsFixture) => {
  const match = classifyTab({ url: f.url }, registry);
  const label = normalizeText(f.label ?? '');
  return (
    controlWatch(match, f.url) !== undefined &&
    !!match?.vendor.optOut.methods.some((m) => m.kind === 'settings' && normalizeText(m.label ?? '') === label)
  );
};

it('covers every vendor settings fixture', () => {
  // spa.html starts outside the settings page and navigates into it.
  const uncovered = fixtures
    .filter((f) => f.expect === 'mark' && f.file !== 'spa.html' && !covered(f))
    .map((f) => f.file);
  expect(uncovered).toEqual([]);
});

const browser = useHarness();

describe.each(
  fixtures.filter((f) => f.expect === 'mark' && covered(f) && !f.file.startsWith('hostile') && f.file !== 'spa.html'),
)('on $file', (f) => {
  it('puts one mark right after the control, saying what it does and which state opts out', async () => {
    const page = await browser().open(f.url);
    const [mark, ...more] = await waitForMark(page, 'mark');
    expect(more).toEqual([]);
    const vendor = registry.byId(f.vendor);
    expect(mark?.text).toContain(`This setting lets ${vendor?.name} use your data to train AI.`);
    expect(mark?.text).toContain('Turn it off to opt out.');
    expect(mark?.text).toContain('Now: on. Your data may be used for training.');
    expect(mark?.links).toEqual([vendor?.policyUrl]);
    // Beside the control (or the <label> that wraps it), never inside it.
    const placed = await page.evaluate(() => {
      const target = document.querySelector('[data-fixture="target"]');
      const anchor = target?.closest('label') ?? target;
      return anchor?.nextElementSibling?.getAttribute('data-notrain');
    });
    expect(placed).toBe('mark');
    await page.close();
  });
});

describe('a page with two switches the record names', () => {
  it('puts a note beside each (Atlassian’s in-app data and metadata contribution), each after its own control', async () => {
    const f = fixture('atlassian.html');
    const page = await browser().open(f.url);
    await page.waitForFunction(() => document.querySelectorAll('[data-notrain="mark"]').length === 2, undefined, {
      timeout: 15_000,
    });
    const placedMarks = (await marks(page)).filter((m) => m.kind === 'mark');
    expect(placedMarks).toHaveLength(2);
    for (const mark of placedMarks) expect(mark.text).toContain('Turn it off to opt out.');
    const placed = await page.evaluate(() =>
      ['target', 'target-2'].map((name) =>
        document.querySelector(`[data-fixture="${name}"]`)?.nextElementSibling?.getAttribute('data-notrain'),
      ),
    );
    expect(placed).toEqual(['mark', 'mark']);
    await page.close();
  });
});

describe('toggling the control', () => {
  it('updates the mark, records the opt-out, and shows it on the toolbar and in the popup', async () => {
    const f = fixture('linkedin.html');
    const page = await browser().open(f.url);
    await waitForMark(page, 'mark');
    await page.click('[data-fixture="target"]');
    await page.waitForFunction(
      () => document.querySelector('[data-fixture="target"]')?.getAttribute('aria-checked') === 'false',
    );
    await expect
      .poll(async () => (await marks(page)).find((m) => m.kind === 'mark')?.text)
      .toContain('Now: opted out.');
    // LinkedIn's switch covers generative AI only: the other models stay on by default, so the opt-out is partial.
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).toBe('PART');
    const tracker = (await getStored(browser().serviceWorker, 'tracker')) as {
      entries: Record<string, { status: string; steps: { label?: string; state?: string }[] }>;
    };
    expect(tracker.entries.linkedin?.status).toBe('setting-changed');
    expect(tracker.entries.linkedin?.steps.at(-1)).toMatchObject({ label: f.label, state: 'opted-out' });
    const popup = await browser().openPopup(page);
    expect(await popup.getByTestId('seen').textContent()).toMatch(new RegExp(`^You set “${f.label}” to opt out on `));
    expect(await popup.locator('h1').textContent()).toBe('Off for generative AI; other AI models still on by default.');
    await popup.close();
    // Turning training back on is recorded too, and the toolbar says ON again.
    await page.bringToFront();
    await page.click('[data-fixture="target"]');
    await expect.poll(async () => (await browser().badgeOfActiveTab()).text).toBe('ON');
    await page.close();
  });
});

describe('single-page apps', () => {
  it('marks a control that renders late', async () => {
    const page = await browser().open(fixture('late.html').url);
    expect(await page.locator('[data-notrain]').count()).toBe(0);
    expect(await waitForMark(page, 'mark')).toHaveLength(1);
    await page.close();
  });

  it('comes to a settings page reached by in-app navigation, and leaves with it', async () => {
    const page = await browser().open(fixture('spa.html').url);
    await page.waitForTimeout(500);
    expect(await page.locator('[data-notrain]').count()).toBe(0);
    await page.evaluate(() => (window as unknown as { showSettings(): void }).showSettings());
    expect(await waitForMark(page, 'mark')).toHaveLength(1);
    await page.evaluate(() => (window as unknown as { goHome(): void }).goHome());
    await page.waitForSelector('[data-notrain]', { state: 'detached' });
    await page.close();
  });
});

describe('email-only vendors', () => {
  it('offers the opt-out email on a Slack admin page', async () => {
    const page = await browser().open(fixture('slack-admin.html').url);
    const [notice] = await waitForMark(page, 'notice');
    expect(notice?.text).toContain('Slack has no switch for AI training: owners opt a workspace out by email.');
    const href = notice?.links[0] ?? '';
    expect(href.startsWith('mailto:feedback@slack.com?subject=Slack%20global%20model%20opt-out%20request&body=')).toBe(
      true,
    );
    expect(decodeURIComponent(href)).toContain('Workspace URL: https://acme.slack.com/');
    await page.close();
  });
});

describe('a settings page without the control', () => {
  it('says so quietly, with the path where it was expected', async () => {
    const page = await browser().open('https://account.adobe.com/privacy?fixture=missing');
    const [notice] = await waitForMark(page, 'notice', 20_000);
    expect(notice?.text).toContain('NoTrain could not find the AI-training control on this page');
    expect(notice?.text).toContain('Content analysis');
    await page.close();
  });
});

describe('a settings page in a language whose label NoTrain does not know', () => {
  it('marks no switch, and says in the user’s language (not the page’s) that it knows the English label only', async () => {
    const page = await browser().open(fixture('linkedin-de.html').url);
    const [notice, ...others] = await waitForMark(page, 'notice', 20_000);
    expect(others).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    // An English browser: the notice is English and says so, on a German page.
    expect(notice?.lang).toBe('en');
    expect(notice?.status).toContain(
      "It knows the control's English label only: “Use my data for training content creation AI models”.",
    );
    expect(notice?.status).toContain(
      'Expected: Settings & Privacy › Data privacy › Data for Generative AI Improvement.',
    );
    expect((await marks(page)).filter((m) => m.kind === 'mark')).toEqual([]);
    await page.close();
  });
});

describe('hostile pages', () => {
  it('shows markup in labels as text and runs none of it', async () => {
    const page = await browser().open(fixture('hostile-markup.html').url);
    const [mark] = await waitForMark(page, 'mark');
    expect(mark?.after).toBe('target');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await page.close();
  });

  it('ignores hidden, zero-size and inert decoys and marks only the real control', async () => {
    const page = await browser().open(fixture('hostile-decoys.html').url);
    const marks = await waitForMark(page, 'mark');
    expect(marks.map((b) => b.after)).toEqual(['target']);
    await page.close();
  });

  it('works when the page overrides DOM and Array prototypes and clobbers globals', async () => {
    const page = await browser().open(fixture('hostile-prototypes.html').url);
    expect(await waitForMark(page, 'mark')).toHaveLength(1);
    await page.close();
  });

  it('keeps working through a mutation storm', async () => {
    const page = await browser().open(fixture('hostile-storm.html').url);
    expect(await waitForMark(page, 'mark')).toHaveLength(1);
    await page.close();
  });

  it('finds the control on a 100,000-node page', async () => {
    const page = await browser().open(fixture('hostile-big.html').url);
    expect(await waitForMark(page, 'mark', 30_000)).toHaveLength(1);
    await page.close();
  });

  it('cannot read the mark: its shadow root is closed', async () => {
    const page = await browser().open(fixture('linkedin.html').url);
    await waitForMark(page, 'mark');
    expect(await page.evaluate(() => document.querySelector('[data-notrain]')?.shadowRoot ?? null)).toBeNull();
    await page.close();
  });
});
