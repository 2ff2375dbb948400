/**
 * The objection letter: where a vendor's way out is a form or a privacy
 * request (not a switch, and not an email whose wording the vendor sets), the
 * popup offers a text that exercises the user's right to object to the use of
 * their personal data to train or improve AI models, under the law of the
 * user's region, where the route applies there:
 *
 * - EU and EEA: Article 21 GDPR (Regulation (EU) 2016/679), the right to
 *   object, on grounds relating to one's particular situation, to processing
 *   based on Art. 6(1)(e) or (f) — legitimate interests, the basis Meta and
 *   LinkedIn name for AI training in Europe (their records' `differences`).
 *   Text read at gdprhub.eu "Article 21 GDPR".
 * - United Kingdom: Article 21 UK GDPR, the same right (ICO, "Right to
 *   object": "Article 21 of the UK GDPR gives individuals the right to object
 *   to the processing of their personal data at any time").
 * - Brazil: LGPD (Lei nº 13.709/2018) Art. 18 § 2º: "O titular pode opor-se a
 *   tratamento realizado com fundamento em uma das hipóteses de dispensa de
 *   consentimento, em caso de descumprimento ao disposto nesta Lei" (text read
 *   at privacyhub.com.br, LGPD Art. 18).
 *
 * Anywhere else NoTrain knows no such right and offers no letter. The letter
 * is plain text (it is pasted into vendors' forms); its blanks are the user's
 * name, account email and account, and it is refused (`Drafted` with the
 * missing fields) until each is filled.
 */
import type { Workspace } from './classify-tab.ts';
import {
  acceptField,
  type Drafted,
  drafted,
  type FieldId,
  missing,
  SLOT_CLOSE,
  SLOT_OPEN,
  withoutSlots,
} from './drafted.ts';
import { type EmailDraft, mailtoOf } from './draft-email.ts';
import type { MessageKey, Translate } from './i18n.ts';
import { cleanPageText } from './page-text.ts';
import { type Place, regionsOf } from './regions.ts';

export type LegalBasis = 'gdpr' | 'uk-gdpr' | 'lgpd';

/** The routes a letter goes with: the vendor's form, or its privacy address where it sets no wording of its own. */
export interface LetterRoute {
  readonly kind: 'email' | 'settings' | 'form';
  readonly regions?: readonly string[] | undefined;
  /** An email route's own subject line: the vendor set the wording, so its email is sent as it asks. */
  readonly subject?: string | undefined;
}

const BASIS_OF_REGION: Readonly<Record<string, LegalBasis>> = { EU: 'gdpr', EEA: 'gdpr', UK: 'uk-gdpr', BR: 'lgpd' };

/**
 * The law the letter invokes for a user at `place` on this route, or none: no
 * letter for a switch, for an email the vendor words itself, for a region
 * with no known right to object, or for a route that does not apply in the
 * user's region (the record's `regions`; absent means everywhere).
 */
export function legalBasisFor(route: LetterRoute, place: Place | undefined): LegalBasis | undefined {
  if (route.kind === 'settings' || (route.kind === 'email' && route.subject !== undefined)) return undefined;
  const mine = regionsOf(place);
  const basis = mine.map((r) => BASIS_OF_REGION[r]).find(Boolean);
  if (!basis) return undefined;
  if (route.regions && !route.regions.some((r) => (mine as readonly string[]).includes(r))) return undefined;
  return basis;
}

/**
 * Whether some route could carry a letter, in some region: the popup then
 * offers the region choice even where the routes themselves do not depend on
 * it, since the right to object does.
 */
export function mayCarryLetter(routes: readonly LetterRoute[]): boolean {
  return routes.some((r) => r.kind === 'form' || (r.kind === 'email' && r.subject === undefined));
}

const BASIS_TEXT: Readonly<Record<LegalBasis, MessageKey>> = {
  gdpr: 'emailObjectionGdpr',
  'uk-gdpr': 'emailObjectionUkGdpr',
  lgpd: 'emailObjectionLgpd',
};

export interface LetterInput {
  readonly vendorName: string;
  readonly basis: LegalBasis;
  /** The workspace or account as detected on the tab, if any: its address names the account, no need to ask. */
  readonly workspace?: Workspace | undefined;
}

/** What the user typed into the letter's fields. */
export type LetterValues = Partial<Record<FieldId, string>>;

/** A run of the letter: fixed text, or a field (its accepted value, or a blank still to fill). */
export type LetterPart = { readonly text: string } | { readonly field: FieldId; readonly value?: string | undefined };

export interface Letter {
  readonly subject: string;
  readonly body: string;
}

const CRLF = '\r\n';

/** The fields this letter asks the user for: name and account email always, the account unless the tab named it. */
export function letterFields(input: Pick<LetterInput, 'workspace'>): readonly FieldId[] {
  return input.workspace?.url ? ['name', 'email'] : ['name', 'email', 'account'];
}

/** The letter as runs of text and fields, for the popup to show with its blanks highlighted. */
export function letterParts(input: LetterInput, values: LetterValues, t: Translate): readonly LetterPart[] {
  const slot = (field: FieldId) => `${SLOT_OPEN}${field}${SLOT_CLOSE}`;
  const vendor = withoutSlots(input.vendorName);
  const account = input.workspace?.url && withoutSlots(input.workspace.url);
  const name = input.workspace?.name ? cleanPageText(withoutSlots(input.workspace.name)) : undefined;
  const lines = [
    t('emailObjectionGreeting', [vendor]),
    '',
    t(BASIS_TEXT[input.basis], [vendor]),
    '',
    t('emailObjectionRequest'),
    '',
    t('emailObjectionAccount'),
    t('emailObjectionName', [slot('name')]),
    t('emailObjectionEmail', [slot('email')]),
    account ? t('emailObjectionAccountUrl', [account]) : t('emailObjectionAccountUrl', [slot('account')]),
    ...(name ? [t('emailWorkspaceName', [name])] : []),
    '',
    t('emailObjectionConfirm'),
    '',
    t('emailObjectionClosing'),
    slot('name'),
  ].join(CRLF);
  const parts: LetterPart[] = [];
  // The translator substituted each slot marker; split the text back into fixed runs and fields.
  for (const [i, piece] of lines.split(new RegExp(`${SLOT_OPEN}|${SLOT_CLOSE}`, 'u')).entries()) {
    if (i % 2 === 0) {
      if (piece) parts.push({ text: piece });
    } else {
      const field = piece as FieldId;
      parts.push({ field, value: acceptField(field, values[field]) });
    }
  }
  return parts;
}

/** The fields still blank, in the order the letter asks for them. */
export function blanksOf(parts: readonly LetterPart[]): readonly FieldId[] {
  const blanks = parts.flatMap((p) => ('field' in p && p.value === undefined ? [p.field] : []));
  return [...new Set(blanks)];
}

/** The finished letter, or the fields still blank: never a text with a blank in it. */
export function draftObjection(input: LetterInput, values: LetterValues, t: Translate): Drafted<Letter> {
  const parts = letterParts(input, values, t);
  const blanks = blanksOf(parts);
  if (blanks.length) return missing(blanks);
  const body = parts.map((p) => ('text' in p ? p.text : (p.value ?? ''))).join('');
  return drafted({ subject: t('emailObjectionSubject', [withoutSlots(input.vendorName)]), body });
}

/** The letter as an email to the vendor's privacy address: every part encoded, so nothing typed can add a header. */
export function objectionMailto(to: string, letter: Letter): string {
  return mailtoOf({ to, subject: letter.subject, body: letter.body }, { whole: true });
}

/** The letter as an email to the vendor's privacy address, for each way of sending: the opt-out email's own links. */
export function objectionEmail(to: string, letter: Letter): EmailDraft {
  return { to, subject: letter.subject, body: letter.body, mailto: objectionMailto(to, letter) };
}
