/**
 * The note a workspace member sends to an owner or admin, who alone can opt
 * the workspace out: what the vendor does, the source, and exactly what the
 * owner must do (the email with address, subject and body filled in, or the
 * setting and where it is). The member addresses it themselves: the `mailto:`
 * has no recipient, and NoTrain sends nothing. The note never speaks as an
 * owner; the email inside it is the owner's to send.
 */
import { type EmailDraft, mailtoOf, type Sender, signatureLines } from './draft-email.ts';
import { type Drafted, drafted, missing } from './drafted.ts';
import type { Translate } from './i18n.ts';

export interface OwnerNoteInput {
  readonly vendorName: string;
  /** The headline, translated: what the vendor does. */
  readonly headline: string;
  /** Who can act, translated ("Workspace Owners or Org Owners"). */
  readonly who: string;
  /** The source of the route, when the record cites one. */
  readonly sourceUrl?: string | undefined;
  /** The email the owner must send, drafted for this workspace (or the fields it still lacks). */
  readonly email?: Drafted<EmailDraft> | undefined;
  /** Who signs the note: the member's name and organisation from the options page (the opt-out email's signature). */
  readonly sender?: Sender | undefined;
  /** Or the setting the owner must change. */
  readonly setting?:
    | {
        readonly path: readonly string[];
        readonly label?: string | undefined;
        readonly state: string;
        readonly href?: string | undefined;
      }
    | undefined;
}

export interface OwnerNote {
  readonly subject: string;
  readonly body: string;
  /** `mailto:` with no recipient (the member adds the owner), subject and body each encoded; subject only when too long. */
  readonly mailto: string;
}

const CRLF = '\r\n';

/** The note, or the fields the email inside it still lacks: a note never hands the owner an email with a gap. */
export function ownerNote(input: OwnerNoteInput, t: Translate): Drafted<OwnerNote> {
  if (input.email && !input.email.ok) return missing(input.email.missing);
  const email = input.email?.value;
  const { setting } = input;
  const what = email
    ? [t('noteEmailIntro', [email.to]), '', t('noteSubject', [email.subject]), '', email.body]
    : setting
      ? [
          setting.label
            ? t('noteSettingsIntro', [setting.path.join(' › '), setting.label, setting.state])
            : t('noteSettingsPath', [setting.path.join(' › ')]),
          ...(setting.href ? [t('noteSettingsLink', [setting.href])] : []),
        ]
      : [];
  const body = [
    t('noteGreeting'),
    '',
    t('noteWhat', [input.headline, input.who]),
    ...(input.sourceUrl ? [t('noteSource', [input.sourceUrl])] : []),
    '',
    ...what,
    '',
    t('noteThanks'),
    ...signatureLines(input.sender ?? {}),
  ]
    .join(CRLF)
    // The email body inside already uses CRLF; keep one convention.
    .replace(/\r?\n/g, CRLF);
  const subject = t('ownerNoteSubject', [input.vendorName]);
  return drafted({ subject, body, mailto: mailtoOf({ to: '', subject, body }) });
}
