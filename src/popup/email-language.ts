/**
 * The opt-out email's language: by default the vendor's (English for every
 * vendor so far), because the email goes to the vendor in the user's name;
 * the user may choose their own instead, remembered per vendor in the stored
 * choices (`emailLanguages`). The vendor's required subject line and address
 * never change with it (src/core/draft-email.ts takes them from the record).
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { EmailLanguage } from '../core/choices.ts';
import { useLocale } from './i18n-context.ts';

export interface EmailLanguageChoice {
  readonly language: EmailLanguage;
  /** Absent where nothing can be remembered (the build-time page): no choice is offered there. */
  readonly choose?: ((language: EmailLanguage) => void) | undefined;
}

export const EmailLanguageContext = createContext<EmailLanguageChoice>({ language: 'vendor' });

/** The translator for the email's fixed parts, and whether (and how) the user can change its language here. */
export function useEmailLanguage() {
  const { t, emailT } = useLocale();
  const { language, choose } = useContext(EmailLanguageContext);
  // The vendor reads English: in an English popup there is nothing to choose.
  const offered = choose !== undefined && t('htmlLang') !== 'en';
  return { emailT: offered && language === 'ui' ? t : emailT, language, choose: offered ? choose : undefined };
}
