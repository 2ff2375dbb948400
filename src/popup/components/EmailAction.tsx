import { useState } from 'preact/hooks';
import type { EmailLanguage } from '../../core/choices.ts';
import { draftOptOutEmail, emailAsText, emailHrefs } from '../../core/draft-email.ts';
import type { MessageKey } from '../../core/i18n.ts';
import { sendHref } from '../../core/links.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import type { EmailMethod } from '../../core/tracker/preferences.ts';
import { useEmailLanguage } from '../email-language.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { BlockableButton, MailLink } from './Blockable.tsx';
import { ComposeLinks } from './ComposeLinks.tsx';
import { RouteMeta } from './RouteMeta.tsx';
import { useTypedWorkspace, WorkspaceUrlField } from './WorkspaceUrlField.tsx';

export interface EmailActionProps {
  summary: PolicySummary;
  route: Extract<Route, { kind: 'email' }>;
  /** Who alone may send it, shown above the button; absent when anyone may. */
  rule?: string | undefined;
}

/** The vendor's language first: the default. */
const EMAIL_LANGUAGES: readonly EmailLanguage[] = ['vendor', 'ui'];

/** The main button's words, and the link's, for each way of sending. */
const MAIN_LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'optOutByEmail',
  gmail: 'optOutByGmail',
  outlook: 'optOutByOutlook',
};

type Copied = 'address' | 'subject' | 'body' | 'all' | 'failed' | undefined;

/** Escape folds an open preview; focus stays on its summary (the preview's only focusable part), where Enter opens it again. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') (event.currentTarget as HTMLDetailsElement).open = false;
};

/**
 * The opt-out email: a mailto link, copy buttons for each part, webmail links,
 * and a preview. Where the vendor asks for the workspace URL and neither the
 * tab nor NoTrain knows it, there is no email yet: a field asks for it, and
 * the buttons say why they are unavailable.
 */
export function EmailAction({ summary, route, rule }: EmailActionProps) {
  const { t } = useLocale();
  const { emailT, language, choose } = useEmailLanguage();
  const { tabKnown, copy, onWorkspaceHost, workspaceParent, track, emailMethod = 'mailto', sender } = usePopup();
  const [copied, setCopied] = useState<Copied>();
  const { vendorName } = summary;
  const { workspace, onUrl } = useTypedWorkspace(summary.workspace, onWorkspaceHost);
  // The email is in the vendor's language (emailT), whatever the popup's; without what the vendor asks for, there is none.
  const drafted = draftOptOutEmail(vendorName, route, workspace, emailT, sender);
  const draft = drafted.ok ? drafted.value : undefined;
  const blockedBy = draft ? undefined : 'email-blocked';
  // Outside a workspace the email cannot name one: say where to open NoTrain instead.
  const outsideWorkspace = !summary.workspace && route.mustInclude.includes('workspace-url');
  const text = draft ? emailAsText(draft, emailT) : '';
  // Opening the draft in a mail app or webmail, or copying any part of it, is a draft made: the tracker notes it.
  const noteDraft = () => track?.('email-drafted');
  // Both outcomes are shown: the click handler has nothing left to wait for.
  const onCopy = (what: Exclude<Copied, 'failed' | undefined>, value: string) =>
    void copy(value).then(
      () => {
        setCopied(what);
        noteDraft();
      },
      () => setCopied('failed'),
    );
  // The user's way of sending opens from the main button; the other two stay as links under it.
  const hrefs = draft && emailHrefs(draft);
  const askUrl = tabKnown && !draft && onWorkspaceHost && workspaceParent;
  return (
    <div class="method method-email">
      {rule ? <p class="rule">{rule}</p> : null}
      {askUrl ? <WorkspaceUrlField vendorName={vendorName} parent={workspaceParent} onSubmit={onUrl} /> : null}
      <div class="buttons">
        <MailLink
          href={tabKnown && hrefs ? sendHref(emailMethod, hrefs[emailMethod]) : undefined}
          blockedBy={blockedBy}
          testId="optout-email"
          method={emailMethod}
          onClick={tabKnown ? noteDraft : undefined}
        >
          {t(MAIN_LABEL[emailMethod], [vendorName])}
        </MailLink>
      </div>
      <p class="hint">
        {t('optOutEmailTo', [route.to, route.subject ?? t('emailDefaultSubject', [vendorName])])}{' '}
        <RouteMeta route={route} />
      </p>
      {/* After the action, so the opt-out stays the first Tab stop; a native select, which every keyboard and screen reader knows. */}
      {choose ? (
        <p class="hint email-language">
          <label>
            {t('optOutEmailLanguage')}{' '}
            <select
              value={language}
              onChange={(event) => choose(event.currentTarget.value === 'ui' ? 'ui' : 'vendor')}
              data-testid="email-language"
            >
              {EMAIL_LANGUAGES.map((option) => (
                <option value={option} key={option}>
                  {option === 'ui' ? t('optOutEmailLanguageOwn') : t('optOutEmailLanguageVendor', [vendorName])}
                </option>
              ))}
            </select>
          </label>
        </p>
      ) : null}
      {!tabKnown ? null : outsideWorkspace ? <p class="notice">{t('notWorkspacePage')}</p> : null}
      {blockedBy && tabKnown ? (
        <p class="notice" id={blockedBy} data-testid="needs-url">
          {t('emailMissingWorkspaceUrl', [vendorName])}
        </p>
      ) : null}
      <div class="small-buttons">
        <button
          type="button"
          class="button small"
          onClick={() => onCopy('address', route.to)}
          data-testid="copy-address"
        >
          {t('copyAddress')}
        </button>
        <BlockableButton
          blockedBy={blockedBy}
          onClick={() => draft && onCopy('subject', draft.subject)}
          testId="copy-subject"
        >
          {t('copySubject')}
        </BlockableButton>
        <BlockableButton blockedBy={blockedBy} onClick={() => draft && onCopy('body', draft.body)} testId="copy-body">
          {t('copyBody')}
        </BlockableButton>
        <BlockableButton
          blockedBy={blockedBy}
          onClick={() => draft && onCopy('all', text)}
          label={t('copyEmailLabel')}
          testId="copy-email"
        >
          {t('copyEmail')}
        </BlockableButton>
      </div>
      <p class="status" role="status">
        {copied === 'failed' ? t('copyFailed') : copied ? t('copied') : ''}
      </p>
      {tabKnown && hrefs ? <ComposeLinks hrefs={hrefs} chosen={emailMethod} onClick={noteDraft} /> : null}
      {draft ? (
        <details class="preview" open={copied === 'failed'} onKeyDown={closeOnEscape}>
          <summary>{t('previewEmail')}</summary>
          <pre data-testid="email-text">{text}</pre>
        </details>
      ) : null}
    </div>
  );
}
