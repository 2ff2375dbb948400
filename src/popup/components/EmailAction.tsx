import { type ComponentChildren, Fragment } from 'preact';
import { useState } from 'preact/hooks';
import { type EmailDraft, emailAsText, emailHrefs } from '../../core/draft-email.ts';
import type { MessageKey } from '../../core/i18n.ts';
import type { EmailMethod } from '../../core/tracker/preferences.ts';
import { allowedHref, composeHref } from '../../core/links.ts';
import { useLocale } from '../i18n-context.ts';
import { useTrackStep } from '../tracker-context.ts';
import { WorkspaceUrlField } from './WorkspaceUrlField.tsx';

export interface EmailActionProps {
  vendorName: string;
  draft: EmailDraft;
  /** Who alone may send it, shown above the button; absent when anyone may. */
  rule?: string | undefined;
  /** Footnotes, scope and status of the route, after the address line. */
  meta: ComponentChildren;
  /** Outside a workspace the email cannot name one: say where to open NoTrain instead. */
  outsideWorkspace: boolean;
  /** The team ID of a client URL that shows no workspace address. */
  teamId?: string | undefined;
  /** False while showing the build-time page: the workspace notices wait for the tab. */
  tabKnown?: boolean;
  copy: (text: string) => Promise<void>;
  onWorkspaceHost?: ((input: string) => boolean) | undefined;
  workspaceParent?: string | undefined;
  /** The user's way of sending: the main button opens it, the other two stay as links under it. */
  emailMethod?: EmailMethod | undefined;
}

/** The main button's words, and the link's, for each way of sending. */
const MAIN_LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'optOutByEmail',
  gmail: 'optOutByGmail',
  outlook: 'optOutByOutlook',
};
const OTHER_LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'openMailApp',
  gmail: 'openGmail',
  outlook: 'openOutlook',
};
const OTHER_ORDER: readonly EmailMethod[] = ['mailto', 'gmail', 'outlook'];
/** A compose page is checked against its exact origin and path; a mailto: against the drafter's shape. */
const safeHref = (method: EmailMethod, href: string) =>
  (method === 'mailto' ? allowedHref(href) : composeHref(href)) ?? '';

type Copied = 'address' | 'subject' | 'body' | 'all' | 'failed' | undefined;

/** Escape folds an open preview; focus stays on its summary (the preview's only focusable part), where Enter opens it again. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') (event.currentTarget as HTMLDetailsElement).open = false;
};

export function EmailAction({
  vendorName,
  draft,
  rule,
  meta,
  outsideWorkspace,
  teamId,
  tabKnown = true,
  copy,
  onWorkspaceHost,
  workspaceParent,
  emailMethod = 'mailto',
}: EmailActionProps) {
  const { t, emailT } = useLocale();
  const [copied, setCopied] = useState<Copied>();
  // Opening the draft in a mail app or webmail, or copying any part of it, is a draft made: the tracker notes it.
  const drafted = useTrackStep().bind(undefined, 'email-drafted');
  // The email is in the vendor's language (emailT), whatever the popup's.
  const text = emailAsText(draft, emailT);
  const onCopy = (what: Exclude<Copied, 'failed' | undefined>, value: string) =>
    copy(value).then(
      () => {
        setCopied(what);
        drafted();
      },
      () => setCopied('failed'),
    );
  const hrefs = emailHrefs(draft);
  const others = OTHER_ORDER.filter((m) => m !== emailMethod);
  const askUrl = tabKnown && draft.needsWorkspaceUrl && teamId !== undefined && onWorkspaceHost && workspaceParent;
  return (
    <div class="method method-email">
      {rule ? <p class="rule">{rule}</p> : null}
      {askUrl ? (
        <WorkspaceUrlField vendorName={vendorName} parent={workspaceParent} onSubmit={onWorkspaceHost} />
      ) : null}
      <div class="buttons">
        {/* A real link: the mail handler opens it, it can be copied, keyboards reach it. */}
        <a
          class="button primary"
          // Before the tab is known (the prerendered page) the link has no address yet: nothing wrong to click.
          {...(tabKnown ? { href: safeHref(emailMethod, hrefs[emailMethod]) } : {})}
          target="_blank"
          rel="noreferrer noopener"
          onClick={tabKnown ? drafted : undefined}
          data-testid="optout-email"
          data-method={emailMethod}
        >
          {t(MAIN_LABEL[emailMethod], [vendorName])}
        </a>
      </div>
      <p class="hint">
        {t('optOutEmailTo', [draft.to, draft.subject])} {meta}
      </p>
      {!tabKnown ? null : outsideWorkspace ? (
        <p class="notice">{t('notWorkspacePage')}</p>
      ) : draft.needsWorkspaceUrl ? (
        <p class="notice" data-testid="needs-url">
          {t('needsWorkspaceUrl', [vendorName])}
        </p>
      ) : null}
      <div class="small-buttons">
        <button
          type="button"
          class="button small"
          onClick={() => onCopy('address', draft.to)}
          data-testid="copy-address"
        >
          {t('copyAddress')}
        </button>
        <button
          type="button"
          class="button small"
          onClick={() => onCopy('subject', draft.subject)}
          data-testid="copy-subject"
        >
          {t('copySubject')}
        </button>
        <button type="button" class="button small" onClick={() => onCopy('body', draft.body)} data-testid="copy-body">
          {t('copyBody')}
        </button>
        <button
          type="button"
          class="button small"
          onClick={() => onCopy('all', text)}
          aria-label={t('copyEmailLabel')}
          data-testid="copy-email"
        >
          {t('copyEmail')}
        </button>
      </div>
      <p class="status" role="status">
        {copied === 'failed' ? t('copyFailed') : copied ? t('copied') : ''}
      </p>
      {tabKnown ? (
        <p class="hint compose">
          {others.map((method) => (
            <Fragment key={method}>
              <a
                href={safeHref(method, hrefs[method])}
                target="_blank"
                rel="noreferrer noopener"
                onClick={drafted}
                data-testid={`open-${method === 'mailto' ? 'mailapp' : method}`}
              >
                {t(OTHER_LABEL[method])}
              </a>
              {' · '}
            </Fragment>
          ))}
          {t('composeNote')}
        </p>
      ) : null}
      <details class="preview" open={copied === 'failed'} onKeyDown={closeOnEscape}>
        <summary>{t('previewEmail')}</summary>
        <pre data-testid="email-text">{text}</pre>
      </details>
    </div>
  );
}
