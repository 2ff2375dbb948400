import { useState } from 'preact/hooks';
import { useLocale } from '../i18n-context.ts';

export interface AccessRequest {
  /** Asks the browser for the vendors' hosts; resolves to whether the user allowed them. */
  request: () => Promise<boolean>;
  /** After access is allowed: read the tab again. */
  granted: () => void;
}

/** The button that asks for the vendors' sites, and a live region saying when the user refused. */
export function NeedsAccessButton({ request, granted }: AccessRequest) {
  const { t } = useLocale();
  const [refused, setRefused] = useState(false);
  const ask = () =>
    request().then(
      (ok) => (ok ? granted() : setRefused(true)),
      () => setRefused(true),
    );
  return (
    <>
      <div class="buttons">
        <button type="button" class="button primary" onClick={ask} data-testid="grant-access">
          {t('accessButton')}
        </button>
      </div>
      <p class="status" role="status">
        {refused ? t('accessRefused') : ''}
      </p>
    </>
  );
}
