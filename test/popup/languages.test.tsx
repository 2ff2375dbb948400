/**
 * The popup in German, French and Spanish: rendered from the real catalogs,
 * with the opt-out email in the vendor's language (English) unless the
 * caller gives another translator; and which page a vendor tab's popup opens.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import de from '../../public/_locales/de/messages.json' with { type: 'json' };
import es from '../../public/_locales/es/messages.json' with { type: 'json' };
import fr from '../../public/_locales/fr/messages.json' with { type: 'json' };
import { classifyTab } from '../../src/core/classify-tab.ts';
import { type MessageEntry, translatorFor } from '../../src/core/messages-table.ts';
import { vendorPopupPage } from '../../src/core/popup-page.ts';
import { readChoices } from '../../src/core/choices.ts';
import { App } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { translate as english } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

const catalogs = { de, fr, es } as unknown as Record<string, Record<string, MessageEntry>>;

function renderSlack(language: 'de' | 'fr' | 'es', emailInUiLanguage = false) {
  const t = translatorFor(catalogs[language] ?? {});
  const match = classifyTab({ url: 'https://acme.slack.com/archives/C1' }, registry);
  if (!match) throw new Error('no match');
  render(
    <LocaleContext.Provider value={{ t, language, emailT: emailInUiLanguage ? t : english }}>
      <App
        match={match}
        copy={async () => {}}
        choices={readChoices({ roles: { 'slack@https://acme.slack.com/': 'owner' } })}
      />
    </LocaleContext.Provider>,
  );
  return t;
}

const mailBody = (href: string) => decodeURIComponent(new URL(href).search);

describe.each(['de', 'fr', 'es'] as const)('the Slack popup in %s', (language) => {
  it('shows the headline and the action in that language, and drafts the email in English for Slack', () => {
    const t = renderSlack(language);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      t('headlineTrainsNonGenerativeByDefault', ['Slack']),
    );
    const link = screen.getByRole('link', { name: t('optOutByEmail', ['Slack']) });
    const body = mailBody(link.getAttribute('href') ?? '');
    expect(body).toContain('subject=Slack global model opt-out request');
    expect(body).toContain('Hello,');
    expect(body).toContain('Workspace URL: https://acme.slack.com/');
    expect(screen.getByTestId('email-text').textContent).toMatch(/^To: feedback@slack\.com\nSubject: /);
  });

  it('drafts the fixed parts in that language when the caller chooses so', () => {
    const t = renderSlack(language, true);
    const body = mailBody(screen.getByRole('link', { name: t('optOutByEmail', ['Slack']) }).getAttribute('href') ?? '');
    expect(body).toContain(t('emailGreeting'));
    expect(body).toContain(t('emailWorkspaceUrl', ['https://acme.slack.com/']));
  });
});

describe('the page a vendor tab’s popup opens', () => {
  it('is the prerendered English page where the browser answers from the English catalog (English, Italian, Portuguese… browsers)', () => {
    expect(vendorPopupPage('slack', 'en', 'src/popup/index.html')).toBe('generated/popups/slack.html');
  });

  it('is the script-rendered popup where it answers in German, French or Spanish, so no frame shows English', () => {
    for (const catalog of [de, fr, es]) {
      const language = (catalog as unknown as Record<string, MessageEntry>).htmlLang?.message ?? '';
      expect(vendorPopupPage('slack', language, 'src/popup/index.html'), language).toBe('src/popup/index.html');
    }
  });
});

describe('record prose in a translated popup', () => {
  const renderAt = (url: string, language: 'de' | 'fr' | 'es') => {
    const t = translatorFor(catalogs[language] ?? {});
    const match = classifyTab({ url }, registry);
    if (!match) throw new Error('no match');
    const { container } = render(
      <LocaleContext.Provider value={{ t, language, emailT: english }}>
        <main lang={t('htmlLang')}>
          <App match={match} copy={async () => {}} choices={readChoices(undefined)} />
        </main>
      </LocaleContext.Provider>,
    );
    return { t, container };
  };
  /** The language a screen reader reads `node` in: its nearest `lang`. */
  const langOf = (node: Element | null) => node?.closest('[lang]')?.getAttribute('lang');

  it('marks the English switch label and menu path inside a German sentence, and only them', () => {
    const { t, container } = renderAt('https://chatgpt.com/', 'de');
    const sentence = Array.from(container.querySelectorAll('p.hint')).find((p) =>
      p.textContent?.startsWith('Stellen Sie „'),
    );
    expect(sentence?.textContent).toBe(t('settingsControl', ['Improve the model for everyone', t('stateOff')]));
    const label = sentence?.querySelector('[lang="en"]');
    expect(label?.textContent).toBe('Improve the model for everyone');
    expect(langOf(sentence ?? null)).toBe('de');
    const path = Array.from(container.querySelectorAll('p.hint')).find((p) =>
      p.textContent?.startsWith('Gehen Sie zu'),
    );
    expect(langOf(path?.querySelector('span') ?? null)).toBe('en');
  });

  it('marks source titles and the vendor’s own details English, the rest of the page German', () => {
    const { container } = renderAt('https://chatgpt.com/', 'fr');
    const titles = Array.from(container.querySelectorAll('.sources a'));
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(langOf(title.querySelector('span'))).toBe('en');
    for (const detail of Array.from(container.querySelectorAll('.detail, .fact-scope')))
      expect(langOf(detail)).toBe('en');
    expect(langOf(container.querySelector('h1'))).toBe('fr');
    expect(langOf(container.querySelector('[data-testid="open-settings"]'))).toBe('fr');
  });
});

describe('the opt-out email’s language, chosen in the popup', () => {
  /** The real App with the real choices logic; `saved` records what would be stored. */
  const renderWith = (url: string, language: 'de' | 'fr' | 'es' | 'en', stored: unknown = {}) => {
    const catalog = language === 'en' ? undefined : catalogs[language];
    const t = catalog ? translatorFor(catalog) : english;
    const match = classifyTab({ url }, registry);
    if (!match) throw new Error('no match');
    const saved: unknown[] = [];
    render(
      <LocaleContext.Provider value={{ t, language, emailT: english }}>
        <App
          match={match}
          copy={async () => {}}
          choices={readChoices({ roles: { 'slack@https://acme.slack.com/': 'owner' }, ...(stored as object) })}
          saveChoice={(...args) => saved.push(args)}
        />
      </LocaleContext.Provider>,
    );
    return { t, saved };
  };
  const mailto = (t: (k: 'optOutByEmail', s: string[]) => string, vendor: string) =>
    new URL(screen.getByRole('link', { name: t('optOutByEmail', [vendor]) }).getAttribute('href') ?? '');
  const param = (url: URL, name: string) => new URLSearchParams(url.search.replace(/\+/g, '%2B')).get(name) ?? '';

  it('is English by default in a German popup; German once chosen, with Slack’s required subject and address unchanged, and remembered per vendor', () => {
    const { t, saved } = renderWith('https://acme.slack.com/archives/C1', 'de');
    const select = screen.getByLabelText<HTMLSelectElement>(t('optOutEmailLanguage'));
    expect(select.value).toBe('vendor');
    expect(Array.from(select.options, (o) => o.text)).toEqual([t('optOutEmailLanguageVendor', ['Slack']), 'Deutsch']);
    const before = mailto(t, 'Slack');
    expect(param(before, 'body')).toMatch(/^Hello,\r\n/);

    select.value = 'ui';
    fireEvent.change(select);
    const after = mailto(t, 'Slack');
    expect(after.pathname).toBe(before.pathname);
    expect(after.pathname).toBe('feedback@slack.com');
    expect(param(after, 'subject')).toBe('Slack global model opt-out request');
    expect(param(after, 'body')).toMatch(/^Guten Tag,\r\n/);
    expect(param(after, 'body')).toContain(t('emailWorkspaceUrl', ['https://acme.slack.com/']));
    expect(screen.getByTestId('email-text').textContent).toMatch(
      /^An: feedback@slack\.com\nBetreff: Slack global model/,
    );
    expect(saved).toEqual([['emailLanguages', 'slack', 'ui']]);
  });

  it('translates the default subject where the vendor sets none (Discord), in French', () => {
    const { t } = renderWith('https://discord.com/channels/@me', 'fr', { emailLanguages: { discord: 'ui' } });
    expect(screen.getByLabelText<HTMLSelectElement>(t('optOutEmailLanguage')).value).toBe('ui');
    const url = mailto(t, 'Discord');
    expect(url.pathname).toBe('privacy@discord.com');
    expect(param(url, 'subject')).toBe(t('emailDefaultSubject', ['Discord']));
    expect(param(url, 'body')).toMatch(/^Bonjour,\r\n/);
  });

  it('offers no choice in an English popup, where the vendor’s language is the user’s', () => {
    renderWith('https://acme.slack.com/archives/C1', 'en', { emailLanguages: { slack: 'ui' } });
    expect(screen.queryByTestId('email-language')).toBeNull();
  });

  it('comes after the opt-out action in the Tab order', () => {
    renderWith('https://acme.slack.com/archives/C1', 'es');
    const action = screen.getByTestId('optout-email');
    const select = screen.getByTestId('email-language');
    expect(action.compareDocumentPosition(select) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
