import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Workspace } from '../../core/classify-tab.ts';
import { composeLinks, draftOptOutEmail, emailAsText } from '../../core/draft-email.ts';
import { composeHref } from '../../core/links.ts';
import { useLocale } from '../i18n-context.ts';
import type { EmailOptOut } from '../../core/vendor-schema.ts';
import { BlockableButton, MailLink } from './Blockable.tsx';
import { useTypedWorkspace, WorkspaceUrlField } from './WorkspaceUrlField.tsx';

export interface EmailActionProps {
  vendorName: string;
  method: EmailOptOut;
  /** The workspace as the tab (or what NoTrain learned) shows it. */
  workspace?: Workspace | undefined;
  /** Who alone may send it, shown above the button; absent when anyone may. */
  rule?: string | undefined;
  /** Footnotes, scope and status of the route, after the address line. */
  meta: ComponentChildren;
  /** Outside a workspace the email cannot name one: say where to open NoTrain instead. */
  outsideWorkspace: boolean;
  /** False while showing the build-time page: the workspace notices wait for the tab. */
  tabKnown?: boolean;
  copy: (text: string) => Promise<void>;
  /** Checks a typed workspace address: its canonical URL, or undefined when it is not one of the vendor's. */
  onWorkspaceHost?: ((input: string) => string | undefined) | undefined;
  workspaceParent?: string | undefined;
}

type Copied = 'address' | 'subject' | 'body' | 'all' | 'failed' | undefined;

/** Escape folds an open preview; focus stays on its summary (the preview's only focusable part), where Enter opens it again. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') (event.currentTarget as HTMLDetailsElement).open = false;
};

export function EmailAction({
  vendorName,
  method,
  workspace,
  rule,
  meta,
  outsideWorkspace,
  tabKnown = true,
  copy,
  onWorkspaceHost,
  workspaceParent,
}: EmailActionProps) {
  const { t, emailT } = useLocale();
  const [copied, setCopied] = useState<Copied>();
  const { workspace: known, onUrl } = useTypedWorkspace(workspace, onWorkspaceHost);
  // The email is in the vendor's language (emailT), whatever the popup's; without what the vendor asks for, there is none.
  const drafted = draftOptOutEmail(vendorName, method, known, emailT);
  const draft = drafted.ok ? drafted.value : undefined;
  const blockedBy = draft ? undefined : 'email-blocked';
  const text = draft ? emailAsText(draft, emailT) : '';
  const onCopy = (what: Exclude<Copied, 'failed' | undefined>, value: string) =>
    copy(value).then(
      () => setCopied(what),
      () => setCopied('failed'),
    );
  const compose = draft && composeLinks(draft);
  const askUrl = tabKnown && !draft && onWorkspaceHost && workspaceParent;
  return (
    <div class="method method-email">
      {rule ? <p class="rule">{rule}</p> : null}
      {askUrl ? <WorkspaceUrlField vendorName={vendorName} parent={workspaceParent} onSubmit={onUrl} /> : null}
      <div class="buttons">
        <MailLink href={tabKnown ? draft?.mailto : undefined} blockedBy={blockedBy} testId="optout-email">
          {t('optOutByEmail', [vendorName])}
        </MailLink>
      </div>
      <p class="hint">
        {t('optOutEmailTo', [method.to, method.subject ?? t('emailDefaultSubject', [vendorName])])} {meta}
      </p>
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
          onClick={() => onCopy('address', method.to)}
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
      {tabKnown && compose ? (
        <p class="hint compose">
          <a href={composeHref(compose.gmail) ?? ''} target="_blank" rel="noreferrer noopener" data-testid="open-gmail">
            {t('openGmail')}
          </a>
          {' · '}
          <a
            href={composeHref(compose.outlook) ?? ''}
            target="_blank"
            rel="noreferrer noopener"
            data-testid="open-outlook"
          >
            {t('openOutlook')}
          </a>
          {' · '}
          {t('composeNote')}
        </p>
      ) : null}
      {draft ? (
        <details class="preview" open={copied === 'failed'} onKeyDown={closeOnEscape}>
          <summary>{t('previewEmail')}</summary>
          <pre data-testid="email-text">{text}</pre>
        </details>
      ) : null}
    </div>
  );
}
