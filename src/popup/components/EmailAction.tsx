import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { type EmailDraft, emailAsText } from '../../core/draft-email.ts';
import type { Message } from '../../core/i18n.ts';
import { allowedHref } from '../../core/links.ts';
import { useLocale } from '../i18n-context.ts';

export interface EmailActionProps {
  vendorName: string;
  draft: EmailDraft;
  who: readonly Message[];
  /** Footnotes, scope and status of the route, after the address line. */
  meta: ComponentChildren;
  /** Outside a workspace the email cannot name one: say where to open NoTrain instead. */
  outsideWorkspace: boolean;
  /** False while showing the build-time page: the workspace notices wait for the tab. */
  tabKnown?: boolean;
  copy: (text: string) => Promise<void>;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** Escape folds an open preview; focus stays on its summary (the preview's only focusable part), where Enter opens it again. */
const closeOnEscape = (event: KeyboardEvent) => {
  if (event.key === 'Escape') (event.currentTarget as HTMLDetailsElement).open = false;
};

export function EmailAction({ vendorName, draft, who, meta, outsideWorkspace, tabKnown = true, copy }: EmailActionProps) {
  const { t, emailT, tr, orList } = useLocale();
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const text = emailAsText(draft, emailT);
  const onCopy = () =>
    copy(text).then(
      () => setCopyState('copied'),
      () => setCopyState('failed'),
    );
  return (
    <div class="method method-email">
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
        <button type="button" class="button" onClick={onCopy} aria-label={t('copyEmailLabel')} data-testid="copy-email">
          {t('copyEmail')}
        </button>
      </div>
      <p class="status" role="status">
        {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
      </p>
      <p class="hint">
        {t('optOutEmailTo', [draft.to, draft.subject])} {meta}
      </p>
      <p class="hint">{t('whoMustSend', [orList(who.map(tr))])}</p>
      {!tabKnown ? null : outsideWorkspace ? (
        <p class="notice">{t('notWorkspacePage')}</p>
      ) : draft.needsWorkspaceUrl ? (
        <p class="notice">{t('needsWorkspaceUrl', [vendorName])}</p>
      ) : null}
      <details class="preview" open={copyState === 'failed'} onKeyDown={closeOnEscape}>
        <summary>{t('previewEmail')}</summary>
        <pre data-testid="email-text">{text}</pre>
      </details>
    </div>
  );
}
