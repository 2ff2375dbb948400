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
import type { EmailMethod } from './tracker/preferences.ts';
import type { EmailOptOut } from './vendor-schema.ts';

/** A message the user opens in their own mail: the recipient (empty for a note the user addresses), subject and body. */
export interface Mail {
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

export interface EmailDraft extends Mail {
  readonly mailto: string;
}

/** Common mail handlers cut or refuse longer mailto URLs. */
export const MAX_MAILTO_LENGTH = 1600;
/** Room for the name inside that budget, in encoded characters. */
const MAX_ENCODED_NAME = 240;
/** Room for each signature line (the sender's name, their organisation), in encoded characters. */
const MAX_ENCODED_SIGNATURE = 160;

/** Who signs the email: the user's own words from the preferences (or their organisation's managed value). */
export interface Sender {
  readonly name?: string | undefined;
  readonly org?: string | undefined;
}
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
  sender: Sender = {},
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
    ...signatureLines(sender),
  ].join(CRLF);
  const mail = { to: method.to, subject, body };
  return drafted({ ...mail, mailto: mailtoOf(mail) });
}

/**
 * The `mailto:` for a message, the one builder every drafter uses: each value
 * encoded with `encodeURIComponent`, so nothing typed or read from a page can
 * add a header or a recipient. Longer than common mail handlers take, it
 * carries the subject only and the body is copied instead; `whole` keeps the
 * body anyway (the objection letter, whose text is the point of the link).
 */
export function mailtoOf({ to, subject, body }: Mail, { whole = false } = {}): string {
  const head = `mailto:${to}?subject=${encodeURIComponent(subject)}`;
  const full = `${head}&body=${encodeURIComponent(body)}`;
  return whole || full.length <= MAX_MAILTO_LENGTH ? full : head;
}

/**
 * The same three fields as a webmail compose link the user clicks (NoTrain
 * sends nothing): fixed https hosts and paths, every value encoded.
 */
export function composeLinks(draft: Mail): { gmail: string; outlook: string } {
  const [to, subject, body] = [draft.to, draft.subject, draft.body].map(encodeURIComponent);
  return {
    gmail: `https://mail.google.com/mail/?view=cm&fs=1&to=${to}&su=${subject}&body=${body}`,
    outlook: `https://outlook.office.com/mail/deeplink/compose?to=${to}&subject=${subject}&body=${body}`,
  };
}

/**
 * The link for each way of sending, all with the same recipient, subject and
 * body: the main button opens the user's chosen one, the others stay beside it.
 * The opt-out email and the objection letter both go through here.
 */
export function emailHrefs(draft: EmailDraft): Record<EmailMethod, string> {
  return { mailto: draft.mailto, ...composeLinks(draft) };
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

/**
 * The signature under "Thank you." (the opt-out email, the member's note to
 * their owner): stored and imported values are untrusted too, so each line is
 * cleaned like page text (no line break can start a header or a paragraph)
 * and cut to fit the mailto budget.
 */
export function signatureLines({ name, org }: Sender): string[] {
  return [name, org].flatMap((line) => {
    const text = line ? fitEncoded(line, MAX_ENCODED_SIGNATURE) : '';
    return text ? [text] : [];
  });
}

const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;

/** Shortens `text` until its URL-encoded form fits `max` characters. */
function fitEncoded(text: string, max: number): string {
  // A lone surrogate (a page title can hold one) would make encodeURIComponent throw: it becomes U+FFFD.
  let chars = Array.from(cleanPageText(text.replace(LONE_SURROGATE, '\uFFFD')));
  while (chars.length > 1 && encodeURIComponent(chars.join('')).length > max) chars = chars.slice(0, -2).concat('…');
  return chars.join('').normalize('NFC');
}
