/**
 * The opt-out email's language: by default the vendor's (English for every
 * vendor so far), because the email goes to the vendor in the user's name;
 * the user may choose their own instead, remembered per vendor in the stored
 * choices (`emailLanguages`, through the popup's context). The vendor's
 * required subject line and address never change with it
 * (src/core/draft-email.ts takes them from the record).
 */
import { useLocale } from './i18n-context.ts';
import { usePopup } from './popup-context.ts';

/** The translator for the email's fixed parts, and whether (and how) the user can change its language here. */
export function useEmailLanguage() {
  const { t, emailT } = useLocale();
  const { emailLanguage = 'vendor', onEmailLanguage } = usePopup();
  // The vendor reads English: in an English popup there is nothing to choose.
  const offered = onEmailLanguage !== undefined && t('htmlLang') !== 'en';
  return {
    emailT: offered && emailLanguage === 'ui' ? t : emailT,
    language: emailLanguage,
    choose: offered ? onEmailLanguage : undefined,
  };
}
