/**
 * The objection letter in the popup, rendered with the real records and
 * catalogs: which routes get one for which region, its labelled fields and
 * highlighted blanks, Copy and Send refused (and saying why) until every blank
 * is filled, and the language switch.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import { readChoices } from '../../src/core/choices.ts';
import { classifyTab } from '../../src/core/classify-tab.ts';
import type { Translate } from '../../src/core/i18n.ts';
import { translatorFor } from '../../src/core/messages-table.ts';
import type { Place } from '../../src/core/regions.ts';
import { DEFAULT_PREFERENCES, type EmailMethod, type Preferences } from '../../src/core/tracker/preferences.ts';
import { App } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { sentFields } from '../support/sent-fields.ts';
import { translate as english } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

const german = translatorFor(de);

function renderPopup(url: string, place: Place | undefined, t: Translate = english, preferences?: Preferences) {
  const match = classifyTab({ url }, registry);
  if (!match) throw new Error(`no match for ${url}`);
  const copy = vi.fn(async (_text: string) => {});
  render(
    <LocaleContext.Provider value={{ t, language: t === english ? 'en' : 'de', emailT: english }}>
      <App
        match={match}
        copy={copy}
        place={place}
        choices={readChoices(undefined)}
        {...(preferences ? { preferences } : {})}
      />
    </LocaleContext.Provider>,
  );
  return { copy };
}

const letter = () => waitFor(() => screen.getByTestId('objection-letter'));
const type = (id: string, value: string) => fireEvent.input(screen.getByTestId(id), { target: { value } });

describe('Meta, for a user in the EU', () => {
  it('links the form and offers the GDPR objection, its blanks highlighted and asked for by label', async () => {
    renderPopup('https://www.facebook.com/', 'EU');
    const section = await letter();
    expect(section.dataset.basis).toBe('gdpr');
    expect(section.closest('.method-form')?.querySelector('a.button')?.getAttribute('href')).toBe(
      'https://www.facebook.com/privacy/center/',
    );
    expect(screen.getByRole('heading', { name: 'Objection text (GDPR Art. 21)' })).toBeTruthy();
    expect(screen.getByTestId('letter-text').textContent).toContain('Article 21 of the General Data Protection');
    for (const label of [
      'Your full name',
      'Email address of your Meta (Facebook and Instagram) account',
      'Your Meta (Facebook and Instagram) profile URL or username',
    ])
      expect(screen.getByLabelText(label)).toBeTruthy();
    // The name blank twice (account line and signature), then email and account.
    expect(screen.getAllByTestId('letter-blank').map((b) => b.textContent)).toEqual([
      'blank: Your full name',
      'blank: Email address of your Meta (Facebook and Instagram) account',
      'blank: Your Meta (Facebook and Instagram) profile URL or username',
      'blank: Your full name',
    ]);
    // One letter: the Brazilian form is another region's.
    expect(screen.getAllByTestId('objection-letter')).toHaveLength(1);
  });

  it('refuses Copy while a blank is left, says why, and copies the complete text once filled', async () => {
    const { copy } = renderPopup('https://www.facebook.com/', 'EU');
    await letter();
    const button = screen.getByTestId('letter-copy');
    const reason = screen.getByTestId('letter-blocked');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
    expect(reason.textContent).toBe('Fill in every highlighted blank to copy or send the text.');
    type('letter-name', 'Ada Lovelace');
    type('letter-email', 'ada@example.com');
    fireEvent.click(button);
    expect(copy).not.toHaveBeenCalled();
    // Not an address: said so, and the blank stays.
    type('letter-email', 'ada');
    expect(screen.getByTestId('letter-email').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Enter an email address, such as name@example.com.')).toBeTruthy();
    type('letter-email', 'ada@example.com');
    type('letter-account', 'facebook.com/ada');
    expect(screen.queryByTestId('letter-blank')).toBeNull();
    expect(screen.queryByTestId('letter-blocked')).toBeNull();
    expect(button.getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(button);
    await waitFor(() => expect(copy).toHaveBeenCalledTimes(1));
    const text = copy.mock.calls[0]?.[0] ?? '';
    expect(text).toContain('Name: Ada Lovelace');
    expect(text).toContain('Account (profile URL or username): facebook.com/ada');
    expect(text).not.toMatch(/blank:|\$|\uE000/);
    expect(await screen.findByText('Copied')).toBeTruthy();
  });
});

describe('which routes get a letter', () => {
  it('the UK GDPR in the UK, the LGPD in Brazil, none in the US or before a region is known', async () => {
    renderPopup('https://www.facebook.com/', 'UK');
    expect((await letter()).dataset.basis).toBe('uk-gdpr');
    cleanup();
    renderPopup('https://www.facebook.com/', 'BR');
    expect((await letter()).dataset.basis).toBe('lgpd');
    expect(screen.getByTestId('letter-text').textContent).toContain('LGPD, Law No. 13,709/2018');
    for (const place of ['US', undefined] as const) {
      cleanup();
      renderPopup('https://www.facebook.com/', place);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(screen.queryByTestId('objection-letter'), String(place)).toBeNull();
    }
  });

  it('Discord’s privacy address: the letter is the email, sent only once complete', async () => {
    renderPopup('https://discord.com/channels/@me', 'EU');
    await letter();
    const send = screen.getByTestId('letter-send');
    expect(send.tagName).toBe('BUTTON');
    expect(send.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('Send it to privacy@discord.com. NoTrain keeps nothing you type here.')).toBeTruthy();
    type('letter-name', 'Ada');
    type('letter-email', 'ada@example.com');
    type('letter-account', 'ada#0001&bcc=evil@example.com');
    const link = screen.getByTestId('letter-send');
    expect(link.tagName).toBe('A');
    const url = new URL(link.getAttribute('href') ?? '');
    expect(url.pathname).toBe('privacy@discord.com');
    const params = [...new URLSearchParams(url.search.replaceAll('+', '%2B'))];
    expect(params.map(([k]) => k)).toEqual(['subject', 'body']);
    expect(params[1]?.[1]).toContain('ada#0001&bcc=evil@example.com');
  });

  it.each([
    ['mailto', 'Email it to Discord', 'mailto:privacy@discord.com?', ['letter-open-gmail', 'letter-open-outlook']],
    [
      'gmail',
      'Email it to Discord in Gmail',
      'https://mail.google.com/mail/?',
      ['letter-open-mailapp', 'letter-open-outlook'],
    ],
    [
      'outlook',
      'Email it to Discord in Outlook',
      'https://outlook.office.com/mail/deeplink/compose?',
      ['letter-open-mailapp', 'letter-open-gmail'],
    ],
  ] as const)(
    'with %s chosen on the options page, Send opens the letter that way, the other two under it, all the same email',
    async (emailMethod: EmailMethod, label, start, others) => {
      renderPopup('https://discord.com/channels/@me', 'EU', english, { ...DEFAULT_PREFERENCES, emailMethod });
      await letter();
      // Blocked, it offers no way of sending at all.
      expect(screen.queryByTestId(others[0])).toBeNull();
      type('letter-name', 'Ada');
      type('letter-email', 'ada@example.com');
      type('letter-account', 'ada#0001&bcc=evil@example.com');
      const send = screen.getByTestId('letter-send');
      expect([send.textContent, send.dataset.method]).toEqual([label, emailMethod]);
      const hrefs = [send, ...others.map((id) => screen.getByTestId(id))].map((a) => a.getAttribute('href') ?? '');
      expect(hrefs[0]?.startsWith(start), hrefs[0]).toBe(true);
      const [first, ...rest] = hrefs.map(sentFields);
      expect(first?.[0]).toBe('privacy@discord.com');
      expect(first?.[1]).toBe('Objection to the use of my personal data for AI training (Discord)');
      expect(first?.[2]).toContain('ada#0001&bcc=evil@example.com');
      expect(first?.[2]).toContain('Article 21 of the General Data Protection Regulation');
      for (const other of rest) expect(other).toEqual(first);
    },
  );

  it('no letter beside a switch, nor for Slack’s worded email', async () => {
    renderPopup('https://www.linkedin.com/feed/', 'EU');
    // LinkedIn: the switch gets none, the objection form gets one.
    expect((await letter()).closest('.method-form')).toBeTruthy();
    cleanup();
    renderPopup('https://acme.slack.com/', 'EU');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.queryByTestId('objection-letter')).toBeNull();
  });
});

describe('the letter’s language', () => {
  it('follows the popup’s language, with a switch to English', async () => {
    renderPopup('https://www.facebook.com/', 'EU', german);
    await letter();
    expect(screen.getByTestId('letter-text').textContent).toContain('Artikel 21 der Datenschutz-Grundverordnung');
    expect(screen.getByLabelText('Ihr vollständiger Name')).toBeTruthy();
    fireEvent.click(screen.getByTestId('letter-english'));
    expect(screen.getByTestId('letter-text').textContent).toContain('Article 21 of the General Data Protection');
  });

  it('offers no switch when the popup is already in English', async () => {
    renderPopup('https://www.facebook.com/', 'EU');
    await letter();
    expect(screen.queryByTestId('letter-english')).toBeNull();
  });
});
