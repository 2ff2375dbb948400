import { useState } from 'preact/hooks';
import type { EmailLanguage } from '../../core/choices.ts';
import { composeLinks, draftOptOutEmail, emailAsText } from '../../core/draft-email.ts';
import { allowedHref, composeHref } from '../../core/links.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import { useEmailLanguage } from '../email-language.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { RouteMeta } from './RouteMeta.tsx';
import { WorkspaceUrlField } from './WorkspaceUrlField.tsx';

export interface EmailActionProps {
  summary: PolicySummary;
  route: Extract<Route, { kind: 'email' }>;
  /** Who alone may send it, shown above the button; absent when anyone may. */
  rule?: string | undefined;
}

/** The vendor's language first: the default. */
const EMAIL_LANGUAGES: readonly EmailLanguage[] = ['vendor', 'ui'];

type Copied = 'address' | 'subject' | 'body' | 'all' | 'failed' | undefined;

/** Escape folds an open preview; focus stays on its summary (the preview's only focusable part), where Enter opens it again. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') (event.currentTarget as HTMLDetailsElement).open = false;
};

/** The opt-out email: a mailto link, copy buttons for each part, webmail links, and a preview. */
export function EmailAction({ summary, route, rule }: EmailActionProps) {
  const { t } = useLocale();
  const { emailT, language, choose } = useEmailLanguage();
  const { tabKnown, copy, onWorkspaceHost, workspaceParent } = usePopup();
  const [copied, setCopied] = useState<Copied>();
  const { vendorName, workspace } = summary;
  const draft = draftOptOutEmail(vendorName, route, workspace, emailT);
  // Outside a workspace the email cannot name one: say where to open NoTrain instead.
  const outsideWorkspace = !workspace && route.mustInclude.includes('workspace-url');
  // The team ID of a client URL that shows no workspace address.
  const teamId = workspace?.id;
  // The email is in the vendor's language (emailT), whatever the popup's, unless the user chose theirs.
  const text = emailAsText(draft, emailT);
  // Both outcomes are shown: the click handler has nothing left to wait for.
  const onCopy = (what: Exclude<Copied, 'failed' | undefined>, value: string) =>
    void copy(value).then(
      () => setCopied(what),
      () => setCopied('failed'),
    );
  const compose = composeLinks(draft);
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
          {...(tabKnown ? { href: allowedHref(draft.mailto) ?? '' } : {})}
          target="_blank"
          rel="noreferrer noopener"
          data-testid="optout-email"
        >
          {t('optOutByEmail', [vendorName])}
        </a>
      </div>
      <p class="hint">
        {t('optOutEmailTo', [draft.to, draft.subject])} <RouteMeta route={route} />
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
      <details class="preview" open={copied === 'failed'} onKeyDown={closeOnEscape}>
        <summary>{t('previewEmail')}</summary>
        <pre data-testid="email-text">{text}</pre>
      </details>
    </div>
  );
}
