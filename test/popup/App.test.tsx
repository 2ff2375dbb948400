import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { summarize } from '../../src/core/summarize.ts';
import { App } from '../../src/popup/App.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { locale } from '../support/translate.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

function renderPopup(url: string | undefined, title?: string, copy = vi.fn(async () => {})) {
  const match = classifyTab({ url, title }, registry);
  render(
    <LocaleContext.Provider value={locale}>
      <App summary={match ? summarize(match) : undefined} vendorCount={registry.vendors.length} copy={copy} />
    </LocaleContext.Provider>,
  );
  return { copy };
}

const mailtoParts = (href: string) => {
  const url = new URL(href);
  const params = Object.fromEntries(url.search.slice(1).split('&').map((p) => p.split('=').map(decodeURIComponent)));
  return { to: url.pathname, ...params };
};

describe('popup on a Slack workspace', () => {
  it('shows vendor, workspace, headline and the key facts', () => {
    renderPopup('https://acme.slack.com/archives/C1');
    expect(screen.getByText('Slack')).toBeTruthy();
    expect(screen.getByTestId('workspace').textContent).toBe('Workspace acme.slack.com');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Slack trains its non-generative AI models on your content by default.',
    );
    expect(screen.getByText('Generative AI').nextElementSibling?.textContent).toMatch(/^Not trained on your content/);
    expect(screen.getByText('Other ML models').nextElementSibling?.textContent).toMatch(/^Trained on your content, on by default/);
    expect(screen.getByText('Who can opt out').nextElementSibling?.textContent).toMatch(/^Org Owners, Workspace Owners or the Primary Owner/);
  });

  it('offers a real mailto link with the recipient, subject and this workspace in the body', () => {
    renderPopup('https://acme.slack.com/');
    const link = screen.getByRole('link', { name: 'Email Slack to opt out' }) as HTMLAnchorElement;
    const parts = mailtoParts(link.getAttribute('href') ?? '');
    expect(parts.to).toBe('feedback@slack.com');
    expect(parts.subject).toBe('Slack global model opt-out request');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(screen.queryByText(/asks for the workspace URL/)).toBeNull();
  });

  it('copies address, subject and body, and says so', async () => {
    const { copy } = renderPopup('https://acme.slack.com/');
    fireEvent.click(screen.getByRole('button', { name: 'Copy the address, subject and body of the email' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copy).toHaveBeenCalledWith(expect.stringMatching(/^To: feedback@slack\.com\nSubject: Slack global model opt-out request\n\n/));
  });

  it('opens the preview when the clipboard refuses', async () => {
    renderPopup('https://acme.slack.com/', undefined, vi.fn(async () => Promise.reject(new Error('denied'))));
    fireEvent.click(screen.getByTestId('copy-email'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
    expect((screen.getByTestId('email-text').closest('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('lists the sources as links with their verified dates', () => {
    renderPopup('https://acme.slack.com/');
    const sources = screen.getByRole('heading', { name: 'Sources' }).nextElementSibling as HTMLElement;
    const first = sources.querySelector('li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://slack.com/trust/ai-principles');
    expect(first?.querySelector('a')?.getAttribute('rel')).toBe('noreferrer noopener');
    expect(first?.textContent).toMatch(/verified \d{1,2} \w{3} \d{4}/);
    expect(sources.textContent).toContain('second-hand');
  });
});

describe('popup in the Slack web client', () => {
  it('names the team ID and the name from the title, and asks for the URL', () => {
    renderPopup('https://app.slack.com/client/T0123ABCD/C1', 'general - Acme <b>Inc</b> - Slack');
    expect(screen.getByTestId('workspace').textContent).toBe('Workspace Team ID T0123ABCD · Acme <b>Inc</b>');
    expect(document.querySelector('b')).toBeNull();
    const href = screen.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href') ?? '';
    expect(mailtoParts(href).body).toContain('Team ID: T0123ABCD');
    expect(screen.getByText(/Slack asks for the workspace URL/)).toBeTruthy();
  });
});

describe('popup on Slack’s marketing site', () => {
  it('says it is the vendor’s website and how to get the workspace filled in', () => {
    renderPopup('https://slack.com/pricing');
    expect(screen.getByText('Vendor website')).toBeTruthy();
    expect(screen.getByText(/Open this from inside your workspace/)).toBeTruthy();
  });
});

describe('popup elsewhere', () => {
  it.each([undefined, 'https://example.com/', 'https://slack.com.evil.example/'])('shows the empty state on %s', (url) => {
    renderPopup(url);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Nothing to flag here');
    expect(screen.getByText(new RegExp(`one of the ${registry.vendors.length} tools`))).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
