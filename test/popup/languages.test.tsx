/**
 * The popup in German, French and Spanish: rendered from the real catalogs,
 * with the opt-out email in the vendor's language (English) unless the
 * caller gives another translator; and which page a vendor tab's popup opens.
 */
import { cleanup, render, screen } from '@testing-library/preact';
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
