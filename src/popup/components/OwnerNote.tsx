/**
 * For a member, in place of the owner's action: a ready-to-send note to an
 * owner or admin, as a `mailto:` the member addresses and as plain text for
 * chat. Loaded in its own chunk (see OptOut.tsx).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { draftOptOutEmail } from '../../core/draft-email.ts';
import { allowedHref } from '../../core/links.ts';
import { ownerNote } from '../../core/owner-note.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';

export interface OwnerNoteProps {
  summary: PolicySummary;
  routes: readonly Route[];
  who: string;
  /** The user has just said they are not an owner: their action here takes the focus. */
  focusOnLoad?: boolean;
}

export function OwnerNote({ summary, routes, who, focusOnLoad = false }: OwnerNoteProps) {
  const { t, emailT, tr } = useLocale();
  const { copy, track } = usePopup();
  const [copied, setCopied] = useState<boolean | undefined>();
  const email = useRef<HTMLAnchorElement>(null);
  // Opening or copying the note is asking the owner: the tracker notes it.
  const asked = () => track?.('owner-asked');
  useEffect(() => {
    if (focusOnLoad) email.current?.focus();
  }, []);
  const route = routes[0];
  if (!route) return null;
  // The note is in the user's language, for a colleague; the email inside it is in the vendor's (emailT), for the owner to send.
  const draft =
    route.kind === 'email' ? draftOptOutEmail(summary.vendorName, route, summary.workspace, emailT) : undefined;
  const setting =
    route.kind === 'settings'
      ? {
          path: route.path,
          label: route.label,
          state: t(route.optOutState === 'off' ? 'stateOff' : 'stateOn'),
          href: route.href,
        }
      : undefined;
  const note = ownerNote(
    {
      vendorName: summary.vendorName,
      headline: tr(summary.headline),
      who,
      sourceUrl: summary.sources.find((s) => s.n === route.refs[0])?.url,
      email: draft,
      setting: setting ?? (route.kind === 'form' ? { path: [route.url], state: '' } : undefined),
    },
    t,
  );
  return (
    <div class="owner-note" data-testid="owner-note">
      <h3>{t('ownerNoteHeading')}</h3>
      <p class="hint">{t('ownerNoteIntro', [who])}</p>
      <div class="buttons">
        <a
          class="button primary"
          ref={email}
          href={allowedHref(note.mailto) ?? ''}
          target="_blank"
          rel="noreferrer noopener"
          onClick={asked}
          data-testid="owner-note-email"
        >
          {t('ownerNoteEmail')}
        </a>
        <button
          type="button"
          class="button"
          onClick={() =>
            void copy(note.body).then(
              () => {
                setCopied(true);
                asked();
              },
              () => setCopied(false),
            )
          }
          data-testid="owner-note-copy"
        >
          {t('ownerNoteCopy')}
        </button>
      </div>
      <p class="status" role="status">
        {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
      </p>
      <details class="preview" open={copied === false}>
        <summary>{t('previewEmail')}</summary>
        <pre data-testid="owner-note-text">{note.body}</pre>
      </details>
    </div>
  );
}
