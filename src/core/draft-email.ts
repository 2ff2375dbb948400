/**
 * The opt-out email, as a `mailto:` URL (RFC 6068) and as plain text to copy.
 *
 * The recipient and subject come from the vendor record only. Text from the
 * page (the workspace name) has already been cleaned by `cleanPageText`, so it
 * holds no line break, and every header value is encoded with
 * `encodeURIComponent` (spaces as `%20`, never `+`), so no value can add a
 * recipient or a header: `&cc=`, `?bcc=` and `%0D%0A` arrive as literal text.
 */
import type { Workspace } from './classify-tab.ts';
import { type Drafted, drafted, missing } from './drafted.ts';
import type { Translate } from './i18n.ts';
import { cleanPageText } from './page-text.ts';
import type { EmailOptOut } from './vendor-schema.ts';

export interface EmailDraft {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly mailto: string;
}

/** Common mail handlers cut or refuse longer mailto URLs. */
export const MAX_MAILTO_LENGTH = 1600;
/** Room for the name inside that budget, in encoded characters. */
const MAX_ENCODED_NAME = 240;
/** RFC 6068 §5: line breaks in a body are CRLF. */
const CRLF = '\r\n';

/**
 * The email, or the fields it lacks: where the vendor asks for the workspace
 * URL and neither the tab nor the user gave it, there is no email to send
 * (one without it is one the vendor cannot act on), only a field to ask.
 */
export function draftOptOutEmail(
  vendorName: string,
  method: EmailOptOut,
  workspace: Workspace | undefined,
  t: Translate,
): Drafted<EmailDraft> {
  if (method.mustInclude.includes('workspace-url') && !workspace?.url) return missing(['workspace-url']);
  const subject = method.subject ?? t('emailDefaultSubject', [vendorName]);
  const identity = identityLines(workspace, t);
  const body = [
    t('emailGreeting'),
    '',
    t(identity.length ? 'emailRequestWorkspace' : 'emailRequestAccount', [
      method.optOutOf ?? t('emailDefaultWhat', [vendorName]),
    ]),
    '',
    ...identity,
    ...(identity.length ? [''] : []),
    t('emailConfirm'),
    '',
    t('emailThanks'),
  ].join(CRLF);
  const mailto = `mailto:${method.to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return drafted({
    to: method.to,
    subject,
    body,
    mailto: mailto.length <= MAX_MAILTO_LENGTH ? mailto : `mailto:${method.to}?subject=${encodeURIComponent(subject)}`,
  });
}

/**
 * The same three fields as a webmail compose link the user clicks (NoTrain
 * sends nothing): fixed https hosts and paths, every value encoded.
 */
export function composeLinks(draft: Pick<EmailDraft, 'to' | 'subject' | 'body'>): { gmail: string; outlook: string } {
  const [to, subject, body] = [draft.to, draft.subject, draft.body].map(encodeURIComponent);
  return {
    gmail: `https://mail.google.com/mail/?view=cm&fs=1&to=${to}&su=${subject}&body=${body}`,
    outlook: `https://outlook.office.com/mail/deeplink/compose?to=${to}&subject=${subject}&body=${body}`,
  };
}

/** Address, subject and body as one text, for people who use webmail. */
export function emailAsText(draft: EmailDraft, t: Translate): string {
  return [`${t('emailFieldTo')} ${draft.to}`, `${t('emailFieldSubject')} ${draft.subject}`, '', draft.body].join('\n');
}

function identityLines(workspace: Workspace | undefined, t: Translate): string[] {
  if (!workspace) return [];
  const lines: string[] = [];
  if (workspace.url) lines.push(t(workspace.scope === 'org' ? 'emailOrgUrl' : 'emailWorkspaceUrl', [workspace.url]));
  if (workspace.id) lines.push(t('emailWorkspaceId', [workspace.id]));
  if (workspace.name) lines.push(t('emailWorkspaceName', [fitEncoded(workspace.name, MAX_ENCODED_NAME)]));
  return lines;
}

/** Shortens `text` until its URL-encoded form fits `max` characters. */
function fitEncoded(text: string, max: number): string {
  let chars = Array.from(cleanPageText(text));
  while (chars.length > 1 && encodeURIComponent(chars.join('')).length > max) chars = chars.slice(0, -2).concat('…');
  return chars.join('').normalize('NFC');
}
