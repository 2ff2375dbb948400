/**
 * The objection letter beside a vendor's form or privacy address: a labelled
 * field for each blank, the text with its blanks highlighted, and Copy (and,
 * for an address, the mail link), which stay unavailable, with the reason
 * read out, until no blank is left. Loaded in its own chunk (see OptOut.tsx);
 * NoTrain stores nothing typed here.
 */
import { useId, useState } from 'preact/hooks';
import type { Workspace } from '../../core/classify-tab.ts';
import { emailHrefs } from '../../core/draft-email.ts';
import { acceptField, cleanField, type FieldId, MAX_FIELD } from '../../core/drafted.ts';
import type { MessageKey } from '../../core/i18n.ts';
import { sendHref } from '../../core/links.ts';
import {
  draftObjection,
  type LegalBasis,
  type LetterValues,
  letterFields,
  letterParts,
  objectionEmail,
} from '../../core/objection-letter.ts';
import type { EmailMethod } from '../../core/tracker/preferences.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { BlockableButton, MailLink } from './Blockable.tsx';
import { ComposeLinks } from './ComposeLinks.tsx';

const LAW = { gdpr: 'letterLawGdpr', 'uk-gdpr': 'letterLawUkGdpr', lgpd: 'letterLawLgpd' } as const;
const AUTOCOMPLETE: Partial<Record<FieldId, string>> = { name: 'name', email: 'email' };
/** The Send button's words for each way of sending (the options page's choice, as for the opt-out email). */
const SEND_LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'letterSend',
  gmail: 'letterSendGmail',
  outlook: 'letterSendOutlook',
};

export interface ObjectionLetterProps {
  vendorName: string;
  basis: LegalBasis;
  workspace?: Workspace | undefined;
  /** The vendor's privacy address, where the route is one: the letter is then also a `mailto:`. */
  to?: string | undefined;
}

export function ObjectionLetter({ vendorName, basis, workspace, to }: ObjectionLetterProps) {
  const { t, emailT } = useLocale();
  const { copy, track, emailMethod = 'mailto' } = usePopup();
  const id = useId();
  const [values, setValues] = useState<LetterValues>({});
  const [english, setEnglish] = useState(false);
  const [copied, setCopied] = useState<boolean>();
  // The letter defaults to the popup's language, unlike the opt-out email (the vendor's language): it is a
  // statement the user signs about their own rights, so they must be able to read every word of it, and a
  // data-protection objection is addressed to the vendor's service in the user's own country. English is one
  // click away for a vendor that answers only in English.
  const inEnglishAlready = t('htmlLang') === 'en';
  const letterT = english ? emailT : t;
  const input = { vendorName, basis, workspace };
  const parts = letterParts(input, values, letterT);
  const result = draftObjection(input, values, letterT);
  const letter = result.ok ? result.value : undefined;
  const blockedBy = letter ? undefined : `${id}-blocked`;
  const label = (field: FieldId) =>
    field === 'name'
      ? t('letterFieldName')
      : field === 'email'
        ? t('letterFieldEmail', [vendorName])
        : t('letterFieldAccount', [vendorName]);
  const onCopy = () => {
    // Refused, not only greyed out: nothing with a blank in it reaches the clipboard.
    if (!letter) return;
    void copy(letter.body).then(
      () => {
        setCopied(true);
        // Copied for the vendor's privacy address, the letter is the email; beside a form, opening the form is
        // the step (FormAction records it), and a copy alone says nothing of what was pasted where.
        if (to) track?.('email-drafted');
      },
      () => setCopied(false),
    );
  };
  // The same links as the opt-out email's: the chosen way of sending on the button, the other two under it.
  const hrefs = letter && to ? emailHrefs(objectionEmail(to, letter)) : undefined;
  const sent = () => track?.('email-drafted');
  return (
    <section class="letter" aria-labelledby={`${id}-heading`} data-testid="objection-letter" data-basis={basis}>
      <h3 id={`${id}-heading`}>{t('letterHeading', [t(LAW[basis])])}</h3>
      <p class="hint">{to ? t('letterIntroEmail', [to]) : t('letterIntroForm', [vendorName])}</p>
      {letterFields(input).map((field) => {
        const typed = cleanField(values[field]);
        const invalid = typed !== '' && acceptField(field, values[field]) === undefined;
        return (
          <div class="letter-field" key={field}>
            <label for={`${id}-${field}`}>{label(field)}</label>
            <input
              id={`${id}-${field}`}
              type="text"
              inputMode={field === 'email' ? 'email' : 'text'}
              spellcheck={false}
              autoComplete={AUTOCOMPLETE[field] ?? 'off'}
              maxLength={MAX_FIELD}
              aria-required="true"
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-${field}-error` : undefined}
              value={values[field] ?? ''}
              onInput={(event) => {
                const value = event.currentTarget.value;
                setValues((current) => ({ ...current, [field]: value }));
                setCopied(undefined);
              }}
              data-testid={`letter-${field}`}
            />
            {invalid ? (
              <p class="hint error" id={`${id}-${field}-error`}>
                {t('letterEmailInvalid')}
              </p>
            ) : null}
          </div>
        );
      })}
      {inEnglishAlready ? null : (
        <label class="letter-english">
          <input
            type="checkbox"
            checked={english}
            onChange={(event) => setEnglish(event.currentTarget.checked)}
            data-testid="letter-english"
          />{' '}
          {t('letterEnglish')}
        </label>
      )}
      <p class="letter-label" id={`${id}-text`}>
        {t('letterPreview')}
      </p>
      <div class="letter-text" role="group" aria-labelledby={`${id}-text`} data-testid="letter-text">
        {parts.map((part, i) =>
          'text' in part ? (
            part.text.replace(/\r\n/g, '\n')
          ) : part.value !== undefined ? (
            <mark class="filled" key={i}>
              {part.value}
            </mark>
          ) : (
            <mark class="blank" key={i} data-testid="letter-blank">
              {t('letterBlank', [label(part.field)])}
            </mark>
          ),
        )}
      </div>
      {blockedBy ? (
        <p class="notice" id={blockedBy} data-testid="letter-blocked">
          {t('letterBlocked')}
        </p>
      ) : null}
      <div class="buttons">
        {to ? (
          <MailLink
            href={hrefs && sendHref(emailMethod, hrefs[emailMethod])}
            blockedBy={blockedBy}
            onClick={sent}
            testId="letter-send"
            method={emailMethod}
          >
            {t(SEND_LABEL[emailMethod], [vendorName])}
          </MailLink>
        ) : null}
        <BlockableButton class="button" blockedBy={blockedBy} onClick={onCopy} testId="letter-copy">
          {t('letterCopy')}
        </BlockableButton>
      </div>
      {hrefs ? <ComposeLinks hrefs={hrefs} chosen={emailMethod} onClick={sent} testIdPrefix="letter-" /> : null}
      <p class="status" role="status">
        {copied === true ? t('copied') : copied === false ? t('copyFailed') : ''}
      </p>
    </section>
  );
}
