import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readChoices, workspaceHostOf } from '../../src/core/choices.ts';
import { classifyTab } from '../../src/core/classify-tab.ts';
import type { Tracker } from '../../src/core/tracker.ts';
import { DEFAULT_PREFERENCES, type EmailMethod, type Preferences } from '../../src/core/tracker/preferences.ts';
import { App } from '../../src/popup/App.tsx';
import { EmptyState } from '../../src/popup/components/EmptyState.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { trackerWith } from '../support/tracker.ts';
import { locale } from '../support/translate.ts';
import { sentFields } from '../support/sent-fields.ts';
import { registry } from '../support/vendors.ts';

afterEach(cleanup);

interface Options {
  title?: string;
  copy?: (text: string) => Promise<void>;
  choices?: unknown;
  tracker?: Tracker;
  preferences?: Preferences;
}

function renderPopup(
  url: string | undefined,
  { title, copy = vi.fn(async () => {}), choices, tracker, preferences }: Options = {},
) {
  const match = classifyTab({ url, title }, registry);
  const saveChoice = vi.fn();
  const onOpen = vi.fn();
  render(
    <LocaleContext.Provider value={locale}>
      {match ? (
        <App
          match={match}
          tracker={tracker}
          copy={copy}
          choices={readChoices(choices)}
          saveChoice={saveChoice}
          hostOf={(input, id) => workspaceHostOf(input, id, registry)}
          preferences={preferences}
        />
      ) : (
        // The default popup's page (main.tsx) renders this where NoTrain has no record.
        <EmptyState vendorCount={registry.vendors.length} onOpen={onOpen} />
      )}
    </LocaleContext.Provider>,
  );
  return { copy, saveChoice, onOpen };
}

const owner = { roles: { 'slack@https://acme.slack.com/': 'owner' } };

const mailtoParts = (href: string) => {
  const url = new URL(href);
  const params = Object.fromEntries(
    url.search
      .slice(1)
      .split('&')
      .map((p) => p.split('=').map(decodeURIComponent)),
  );
  return { to: url.pathname, ...params };
};

const row = (label: string) =>
  [...document.querySelectorAll('.fact')].find((f) => f.querySelector('dt')?.textContent?.startsWith(label));

describe('popup on a Slack workspace', () => {
  it('shows vendor, workspace, headline and the key facts, with a glossary line for "non-generative"', () => {
    renderPopup('https://acme.slack.com/archives/C1');
    expect(screen.getByText('Slack')).toBeTruthy();
    expect(screen.getByTestId('workspace').textContent).toBe('Workspace acme.slack.com');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Slack trains its non-generative AI models on your content by default.',
    );
    expect(row('Generative AI')?.querySelector('dd')?.textContent).toMatch(/^Not trained on your content/);
    expect(row('Other AI models (non-generative)')?.querySelector('dd')?.textContent).toMatch(
      /^Trained on your content, on by default/,
    );
    expect(row('Who can opt out')?.querySelector('dd')?.textContent).toMatch(
      /^Org Owners, Workspace Owners or the Primary Owner/,
    );
    expect(screen.getByText(/Non-generative models sort, rank and recommend/)).toBeTruthy();
  });

  it('asks once whether the user is an owner before offering any draft, and remembers the answer for this workspace', () => {
    const { saveChoice } = renderPopup('https://acme.slack.com/');
    expect(screen.getByTestId('role-question').textContent).toContain(
      'Only Org Owners, Workspace Owners or the Primary Owner can opt this workspace out',
    );
    expect(screen.queryByTestId('optout-email')).toBeNull();
    fireEvent.click(screen.getByTestId('role-owner'));
    expect(saveChoice).toHaveBeenCalledWith('roles', 'slack@https://acme.slack.com/', 'owner');
    expect(screen.getByTestId('optout-email')).toBeTruthy();
  });

  it('gives an owner the mailto link with the rule above it: recipient, subject and this workspace in the body', () => {
    renderPopup('https://acme.slack.com/', { choices: owner });
    const link = screen.getByRole<HTMLAnchorElement>('link', { name: 'Email Slack to opt out' });
    const rule = link.closest('.method')?.querySelector('.rule');
    expect(rule?.textContent).toBe('Only Org Owners, Workspace Owners or the Primary Owner can make this request.');
    expect((rule?.compareDocumentPosition(link) ?? 0) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const parts = mailtoParts(link.getAttribute('href') ?? '');
    expect(parts.to).toBe('feedback@slack.com');
    expect(parts.subject).toBe('Slack global model opt-out request');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(screen.queryByTestId('needs-url')).toBeNull();
    expect(screen.getByTestId('role-line').textContent).toMatch(/^You said you are one of/);
  });

  it('signs a member’s note to their owner with the name and organisation from the options page', async () => {
    const preferences = { ...DEFAULT_PREFERENCES, senderName: 'Ana Ruiz', senderOrganisation: 'Acme & Co' };
    const { copy } = renderPopup('https://acme.slack.com/', {
      choices: { roles: { 'slack@https://acme.slack.com/': 'member' } },
      preferences,
    });
    const note = await screen.findByTestId('owner-note');
    const body = mailtoParts(note.querySelector('[data-testid="owner-note-email"]')?.getAttribute('href') ?? '').body;
    expect(body).toMatch(/\r\nThanks\.\r\nAna Ruiz\r\nAcme & Co$/);
    fireEvent.click(screen.getByTestId('owner-note-copy'));
    await waitFor(() => expect(copy).toHaveBeenCalledWith(expect.stringMatching(/Thanks\.\r\nAna Ruiz\r\nAcme & Co$/)));
  });

  it('gives a member a note to their owner, and no draft that claims ownership', async () => {
    const { copy } = renderPopup('https://acme.slack.com/', {
      choices: { roles: { 'slack@https://acme.slack.com/': 'member' } },
    });
    expect(screen.queryByTestId('optout-email')).toBeNull();
    const note = await screen.findByTestId('owner-note');
    const mail = note.querySelector('[data-testid="owner-note-email"]')?.getAttribute('href') ?? '';
    const parts = mailtoParts(mail);
    expect(parts.to).toBe('');
    expect(parts.subject).toBe('Please opt our workspace out of Slack’s AI training');
    // The note speaks as a member; the owner's email inside it is quoted for the owner to send.
    expect(parts.body).toMatch(
      /^Hi,\r\n\r\nSlack trains its non-generative AI models on your content by default\. Only Org Owners, Workspace Owners or the Primary Owner can opt us out/,
    );
    expect(parts.body).toContain('Source: https://');
    expect(parts.body).toContain('To opt out, an owner sends this email to feedback@slack.com:');
    expect(parts.body).toContain('Subject: Slack global model opt-out request');
    expect(parts.body).toContain('Workspace URL: https://acme.slack.com/');
    expect(parts.body.split('As an owner of the workspace below').length).toBe(2);
    expect(parts.body.indexOf('As an owner')).toBeGreaterThan(parts.body.indexOf('an owner sends this email'));
    fireEvent.click(screen.getByTestId('owner-note-copy'));
    await waitFor(() =>
      expect(copy).toHaveBeenCalledWith(expect.stringContaining('To opt out, an owner sends this email')),
    );
  });

  it('lets the user change their answer', () => {
    renderPopup('https://acme.slack.com/', { choices: owner });
    fireEvent.click(screen.getByTestId('role-change'));
    expect(screen.getByTestId('role-question')).toBeTruthy();
  });

  it('copies address, subject and body each, and all three', async () => {
    const { copy } = renderPopup('https://acme.slack.com/', { choices: owner });
    fireEvent.click(screen.getByTestId('copy-address'));
    await waitFor(() => expect(copy).toHaveBeenLastCalledWith('feedback@slack.com'));
    fireEvent.click(screen.getByTestId('copy-subject'));
    await waitFor(() => expect(copy).toHaveBeenLastCalledWith('Slack global model opt-out request'));
    fireEvent.click(screen.getByTestId('copy-body'));
    await waitFor(() => expect(copy).toHaveBeenLastCalledWith(expect.stringMatching(/^Hello,\r\n/)));
    fireEvent.click(screen.getByRole('button', { name: 'Copy all: the address, subject and body of the email' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Copied'));
    expect(copy).toHaveBeenLastCalledWith(
      expect.stringMatching(/^To: feedback@slack\.com\nSubject: Slack global model opt-out request\n\n/),
    );
  });

  it('offers Gmail and Outlook compose links with the same three fields', () => {
    renderPopup('https://acme.slack.com/', { choices: owner });
    const gmail = new URL(screen.getByTestId('open-gmail').getAttribute('href') ?? '');
    expect(gmail.origin + gmail.pathname).toBe('https://mail.google.com/mail/');
    expect(gmail.searchParams.get('to')).toBe('feedback@slack.com');
    expect(gmail.searchParams.get('su')).toBe('Slack global model opt-out request');
    expect(gmail.searchParams.get('body')).toContain('Workspace URL: https://acme.slack.com/');
    const outlook = new URL(screen.getByTestId('open-outlook').getAttribute('href') ?? '');
    expect(outlook.origin + outlook.pathname).toBe('https://outlook.office.com/mail/deeplink/compose');
    expect(outlook.searchParams.get('subject')).toBe('Slack global model opt-out request');
  });

  it.each([
    ['mailto', 'Email Slack to opt out', ['open-gmail', 'open-outlook']],
    ['gmail', 'Email Slack in Gmail to opt out', ['open-mailapp', 'open-outlook']],
    ['outlook', 'Email Slack in Outlook to opt out', ['open-mailapp', 'open-gmail']],
  ] as const)(
    'with %s chosen, the main button opens it, the other two stay under it, all with the same email and signature',
    (emailMethod: EmailMethod, label, others) => {
      const preferences = {
        ...DEFAULT_PREFERENCES,
        emailMethod,
        senderName: 'Ana Ruiz',
        senderOrganisation: 'Acme & Co',
      };
      renderPopup('https://acme.slack.com/', { choices: owner, preferences });
      const main = screen.getByTestId('optout-email');
      expect(main.textContent).toBe(label);
      const hrefs = [main, ...others.map((id) => screen.getByTestId(id))].map((a) => a.getAttribute('href') ?? '');
      expect(
        hrefs[0]?.startsWith(
          { mailto: 'mailto:', gmail: 'https://mail.google.com/', outlook: 'https://outlook.office.com/' }[emailMethod],
        ),
      ).toBe(true);
      const [first, ...rest] = hrefs.map(sentFields);
      expect(first?.[0]).toBe('feedback@slack.com');
      expect(first?.[2]).toMatch(/Thank you\.\r\nAna Ruiz\r\nAcme & Co$/);
      for (const other of rest) expect(other).toEqual(first);
    },
  );

  it('opens the preview when the clipboard refuses', async () => {
    renderPopup('https://acme.slack.com/', {
      choices: owner,
      copy: vi.fn(async () => Promise.reject(new Error('denied'))),
    });
    fireEvent.click(screen.getByTestId('copy-email'));
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Could not copy/));
    expect((screen.getByTestId('email-text').closest('details') as HTMLDetailsElement).open).toBe(true);
  });

  it('folds the sources behind "Sources (n)", as links with their verified dates', () => {
    renderPopup('https://acme.slack.com/');
    const fold = screen.getByTestId<HTMLDetailsElement>('sources');
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')?.textContent).toMatch(/^Sources \(\d+\)$/);
    const first = fold.querySelector('li');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe('https://slack.com/trust/ai-principles');
    expect(first?.querySelector('a')?.getAttribute('rel')).toBe('noreferrer noopener');
    expect(first?.textContent).toMatch(/verified \d{1,2} \w{3} \d{4}/);
    expect(fold.textContent).toContain('not the vendor’s page');
  });
});

describe('popup in the Slack web client', () => {
  const client = 'https://app.slack.com/client/T0123ABCD/C1';
  const asOwner = { roles: { 'slack@T0123ABCD': 'owner', 'slack@https://acme.slack.com/': 'owner' } };

  it('names the team ID and the name from the title, and asks for the workspace URL before any email', async () => {
    const copy = vi.fn(async () => {});
    renderPopup(client, {
      title: 'general - Acme <b>Inc</b> - Slack',
      choices: { roles: { 'slack@T0123ABCD': 'owner' } },
      copy,
    });
    expect(screen.getByTestId('workspace').textContent).toBe('Workspace Team ID T0123ABCD · Acme <b>Inc</b>');
    expect(document.querySelector('b')).toBeNull();
    // No email without the URL Slack asks for: no mail link, Copy refuses, each says why.
    expect(screen.queryByRole('link', { name: 'Email Slack to opt out' })).toBeNull();
    const reason = screen.getByTestId('needs-url');
    expect(reason.textContent).toMatch(/type it above/);
    for (const id of ['optout-email', 'copy-subject', 'copy-body', 'copy-email']) {
      const button = screen.getByTestId(id);
      expect(button.getAttribute('aria-disabled'), id).toBe('true');
      expect(button.getAttribute('aria-describedby'), id).toBe(reason.id);
      fireEvent.click(button);
    }
    expect(copy).not.toHaveBeenCalled();
    expect(screen.queryByTestId('email-text')).toBeNull();
    // Typed, the email names it.
    const field = screen.getByTestId<HTMLInputElement>('workspace-url');
    field.value = 'acme';
    fireEvent.click(screen.getByTestId('workspace-url-save'));
    await waitFor(() => expect(screen.queryByTestId('needs-url')).toBeNull());
  });

  it('fills the workspace URL NoTrain learned for this team', () => {
    renderPopup(client, { choices: { ...asOwner, teamHosts: { T0123ABCD: 'acme.slack.com' } } });
    expect(screen.getByTestId('workspace').textContent).toBe('Workspace acme.slack.com');
    const href = screen.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href') ?? '';
    expect(mailtoParts(href).body).toContain('Workspace URL: https://acme.slack.com/');
    expect(screen.queryByTestId('workspace-url')).toBeNull();
  });

  it('takes a typed workspace address only when it is a Slack workspace, and remembers it per team ID', () => {
    const { saveChoice } = renderPopup(client, { choices: { roles: { 'slack@T0123ABCD': 'owner' } } });
    const field = screen.getByTestId<HTMLInputElement>('workspace-url');
    for (const bad of ['acme.slack.com.evil.example', 'app.slack.com', 'https://evil.example/', 'acme.notslack.com']) {
      field.value = bad;
      fireEvent.click(screen.getByTestId('workspace-url-save'));
      expect(screen.getByRole('alert').textContent).toMatch(/Type the address of a Slack workspace/);
    }
    expect(saveChoice).not.toHaveBeenCalled();
    field.value = 'https://Acme.slack.com/messages';
    fireEvent.click(screen.getByTestId('workspace-url-save'));
    expect(saveChoice).toHaveBeenCalledWith('teamHosts', 'T0123ABCD', 'acme.slack.com');
  });
});

describe('popup on Slack’s marketing site', () => {
  it('says it is the vendor’s website and how to get the workspace filled in', () => {
    renderPopup('https://slack.com/pricing', { choices: { roles: { slack: 'owner' } } });
    expect(screen.getByText('Vendor website')).toBeTruthy();
    expect(screen.getByText(/Open this from inside your workspace/)).toBeTruthy();
  });

  it('takes the workspace address typed here for this email only, then offers the email with it', () => {
    const { saveChoice } = renderPopup('https://slack.com/pricing', { choices: { roles: { slack: 'owner' } } });
    expect(screen.getByTestId('optout-email').getAttribute('aria-disabled')).toBe('true');
    const field = screen.getByTestId<HTMLInputElement>('workspace-url');
    field.value = 'https://acme.slack.com/';
    fireEvent.click(screen.getByTestId('workspace-url-save'));
    const href = screen.getByRole('link', { name: 'Email Slack to opt out' }).getAttribute('href') ?? '';
    expect(mailtoParts(href).body).toContain('Workspace URL: https://acme.slack.com/');
    // No team ID to learn it for: nothing remembered.
    expect(saveChoice).not.toHaveBeenCalled();
  });
});

describe('plans', () => {
  it('says "Depends on your plan" until the user picks one, then the verdict for that plan', () => {
    const { saveChoice } = renderPopup('https://github.com/copilot');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Depends on your plan: pick yours to see whether GitHub Copilot trains on your content.',
    );
    fireEvent.click(document.querySelector('[data-plan="copilot-business"]') as HTMLElement);
    expect(saveChoice).toHaveBeenCalledWith('plans', 'github-copilot', 'copilot-business');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'GitHub Copilot says it does not train AI models on your content.',
    );
    expect(document.querySelector('main')?.dataset.tone).toBe('no-training');
    expect(screen.getByTestId('plan').textContent).toMatch(/^Your plan: Copilot Business/);
    // The consumer rows and route wait behind "Other plans".
    expect(screen.getByTestId('other-plans').textContent).toContain('Copilot Free, Pro, Pro+ and Max plans');
  });

  it('shows a consumer plan its red verdict', () => {
    renderPopup('https://github.com/copilot', { choices: { plans: { 'github-copilot': 'copilot-pro' } } });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'GitHub Copilot trains generative AI on your content by default.',
    );
    expect(document.querySelector('main')?.dataset.tone).toBe('trains');
    expect(screen.getByTestId('open-settings')).toBeTruthy();
  });

  it('names the plan in each row label', () => {
    renderPopup('https://acme.atlassian.net/');
    const labels = [...document.querySelectorAll('.fact dt')].map((dt) => dt.textContent);
    expect(labels).toContain('AI modelsMetadata, Enterprise plan');
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('what the user did', () => {
  it('reads a partial opt-out as partial', () => {
    renderPopup('https://www.linkedin.com/feed/', {
      tracker: trackerWith('linkedin', undefined, {
        kind: 'control-seen',
        at: '2026-11-30T10:00:00.000Z',
        label: 'Use my data for training content creation AI models',
        state: 'opted-out',
      }),
    });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(
      'Off for generative AI; other AI models still on by default.',
    );
  });
});

describe('no way out', () => {
  it('shows no "Who can opt out" and says NoTrain found no documented way, for Zendesk', () => {
    renderPopup('https://acme.zendesk.com/agent/');
    expect(row('Who can opt out')).toBeUndefined();
    expect(screen.getByRole('heading', { level: 2, name: 'Opting out' })).toBeTruthy();
    expect(screen.getByTestId('no-route').textContent).toMatch(
      /^NoTrain found no documented way to opt out of Zendesk’s AI training\./,
    );
  });
});

describe('popup elsewhere', () => {
  it.each([undefined, 'https://example.com/', 'https://slack.com.evil.example/'])(
    'says NoTrain has no record (not that it is safe) on %s',
    (url) => {
      renderPopup(url);
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NoTrain has no record for this page');
      expect(
        screen.getByText(
          new RegExp(`one of the ${registry.vendors.length} tools NoTrain knows.*does not mean it is safe`),
        ),
      ).toBeTruthy();
      // No link out: only the audit page, a page of NoTrain's own.
      expect(screen.queryAllByRole('link').map((a) => a.getAttribute('href'))).toEqual(['/src/audit/index.html']);
    },
  );

  it('lets the user search every vendor and open its record', () => {
    const { onOpen } = renderPopup('https://example.com/');
    expect(screen.getByTestId('vendor-list').querySelectorAll('li').length).toBe(registry.vendors.length);
    fireEvent.input(screen.getByTestId('vendor-search'), { target: { value: 'zend' } });
    expect(screen.getByTestId('vendor-list').textContent).toBe('Zendesk');
    fireEvent.click(screen.getByRole('button', { name: 'Zendesk' }));
    expect(onOpen).toHaveBeenCalledWith('zendesk');
    fireEvent.input(screen.getByTestId('vendor-search'), { target: { value: 'nothing like it' } });
    expect(screen.getByText('No record for “nothing like it”.')).toBeTruthy();
  });
});

describe('the "something is wrong" link', () => {
  it('renders the pre-filled report link where the project names somewhere to send it, and nothing where it does not', () => {
    const match = classifyTab({ url: 'https://acme.zendesk.com/agent/' }, registry);
    if (!match) throw new Error('no match');
    const { unmount } = render(
      <LocaleContext.Provider value={locale}>
        <App
          match={match}
          copy={async () => {}}
          reportHref={(v) => `mailto:records@notrain.example?subject=${encodeURIComponent(`${v.name} ${v.reviewed}`)}`}
        />
      </LocaleContext.Provider>,
    );
    expect(screen.getByTestId('report').getAttribute('href')).toMatch(
      /^mailto:records@notrain\.example\?subject=Zendesk%20\d{4}-\d{2}-\d{2}$/,
    );
    unmount();
    render(
      <LocaleContext.Provider value={locale}>
        <App match={match} copy={async () => {}} reportHref={() => undefined} />
      </LocaleContext.Provider>,
    );
    expect(screen.queryByTestId('report')).toBeNull();
  });
});

describe('keyboard and screen-reader users', () => {
  it('hear the role question as the name of its two answers, and the plan question as the name of the plans', () => {
    renderPopup('https://acme.slack.com/');
    const group = screen.getByRole('group', {
      name: /Only Org Owners, Workspace Owners or the Primary Owner can opt this workspace out\. Are you one\?/,
    });
    expect(group.querySelectorAll('button')).toHaveLength(2);
    cleanup();
    renderPopup('https://github.com/copilot');
    expect(
      screen.getByRole('group', { name: 'Which GitHub Copilot plan are you on?' }).querySelectorAll('button'),
    ).toHaveLength(7);
  });
});
