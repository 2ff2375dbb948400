import { Fragment } from 'preact';
import type { MessageKey } from '../../core/i18n.ts';
import { sendHref } from '../../core/links.ts';
import type { EmailMethod } from '../../core/tracker/preferences.ts';
import { useLocale } from '../i18n-context.ts';

const LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'openMailApp',
  gmail: 'openGmail',
  outlook: 'openOutlook',
};
const ORDER: readonly EmailMethod[] = ['mailto', 'gmail', 'outlook'];

/**
 * Under a mail action that opens the user's chosen way of sending: the other
 * two ways, as links with the same recipient, subject and body (the opt-out
 * email and the objection letter).
 */
export function ComposeLinks({
  hrefs,
  chosen,
  onClick,
  testIdPrefix = '',
}: {
  hrefs: Readonly<Record<EmailMethod, string>>;
  chosen: EmailMethod;
  /** Runs as a link opens (the tracker notes the draft). */
  onClick: () => void;
  testIdPrefix?: string;
}) {
  const { t } = useLocale();
  return (
    <p class="hint compose">
      {ORDER.filter((m) => m !== chosen).map((method) => (
        <Fragment key={method}>
          <a
            href={sendHref(method, hrefs[method])}
            target="_blank"
            rel="noreferrer noopener"
            onClick={onClick}
            data-testid={`${testIdPrefix}open-${method === 'mailto' ? 'mailapp' : method}`}
          >
            {t(LABEL[method])}
          </a>
          {' · '}
        </Fragment>
      ))}
      {t('composeNote')}
    </p>
  );
}
