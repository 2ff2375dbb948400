/**
 * For a member, in place of the owner's action: a ready-to-send note to an
 * owner or admin, as a `mailto:` the member addresses and as plain text for
 * chat. Loaded in its own chunk (see OptOut.tsx).
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { draftOptOutEmail } from '../../core/draft-email.ts';
import { ownerNote } from '../../core/owner-note.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { BlockableButton, MailLink } from './Blockable.tsx';
import { useTypedWorkspace, WorkspaceUrlField } from './WorkspaceUrlField.tsx';

export interface OwnerNoteProps {
  summary: PolicySummary;
  routes: readonly Route[];
  who: string;
  /** The user has just said they are not an owner: their action here takes the focus. */
  focusOnLoad?: boolean;
}

export function OwnerNote({ summary, routes, who, focusOnLoad = false }: OwnerNoteProps) {
  const { t, emailT, tr } = useLocale();
  const { copy, onWorkspaceHost, workspaceParent, track, sender } = usePopup();
  // Opening or copying the note is asking the owner: the tracker notes it.
  const asked = () => track?.('owner-asked');
  const [copied, setCopied] = useState<boolean | undefined>();
  const root = useRef<HTMLDivElement>(null);
  const { workspace, onUrl } = useTypedWorkspace(summary.workspace, onWorkspaceHost);
  useEffect(() => {
    if (focusOnLoad) root.current?.querySelector<HTMLElement>('[data-testid=owner-note-email]')?.focus();
  }, []);
  const route = routes[0];
  if (!route) return null;
  // The note is in the user's language, for a colleague; the email inside it is in the vendor's (emailT), for the owner to send.
  const draft = route.kind === 'email' ? draftOptOutEmail(summary.vendorName, route, workspace, emailT) : undefined;
  const setting =
    route.kind === 'settings'
      ? {
          path: route.path,
          label: route.label,
          state: t(route.optOutState === 'off' ? 'stateOff' : 'stateOn'),
          href: route.href,
        }
      : undefined;
  const drafted = ownerNote(
    {
      vendorName: summary.vendorName,
      headline: tr(summary.headline),
      who,
      sourceUrl: summary.sources.find((s) => s.n === route.refs[0])?.url,
      email: draft,
      setting: setting ?? (route.kind === 'form' ? { path: [route.url], state: '' } : undefined),
      // The member signs the note as they sign their own emails; the owner's email inside stays theirs to sign.
      sender,
    },
    t,
  );
  // The owner's email needs what the tab does not show: ask for it, and hand out nothing until then.
  const note = drafted.ok ? drafted.value : undefined;
  const blockedBy = note ? undefined : 'owner-note-blocked';
  const onCopy = () =>
    note &&
    void copy(note.body).then(
      () => {
        setCopied(true);
        asked();
      },
      () => setCopied(false),
    );
  return (
    <div class="owner-note" data-testid="owner-note" ref={root}>
      <h3>{t('ownerNoteHeading')}</h3>
      <p class="hint">{t('ownerNoteIntro', [who])}</p>
      {!note && onWorkspaceHost && workspaceParent ? (
        <WorkspaceUrlField vendorName={summary.vendorName} parent={workspaceParent} onSubmit={onUrl} />
      ) : null}
      {blockedBy ? (
        <p class="notice" id={blockedBy} data-testid="needs-url">
          {t('emailMissingWorkspaceUrl', [summary.vendorName])}
        </p>
      ) : null}
      <div class="buttons">
        <MailLink href={note?.mailto} blockedBy={blockedBy} onClick={asked} testId="owner-note-email">
          {t('ownerNoteEmail')}
        </MailLink>
        <BlockableButton class="button" blockedBy={blockedBy} onClick={onCopy} testId="owner-note-copy">
          {t('ownerNoteCopy')}
        </BlockableButton>
      </div>
      <p class="status" role="status">
        {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
      </p>
      {note ? (
        <details class="preview" open={copied === false}>
          <summary>{t('previewEmail')}</summary>
          <pre data-testid="owner-note-text">{note.body}</pre>
        </details>
      ) : null}
    </div>
  );
}
