import { useState } from 'preact/hooks';
import { useLocale } from '../i18n-context.ts';

export interface NeedsAccessProps {
  vendorCount: number;
  /** Asks the browser for the vendors' hosts; resolves to whether the user allowed them. */
  request: () => Promise<boolean>;
  /** After access is allowed: read the tab again. */
  granted: () => void;
}

/**
 * Shown instead of the empty state when NoTrain may not read the vendors'
 * sites (Firefox asks the user for them; either browser lets the user take
 * them back): without them NoTrain cannot tell a vendor tab from any other,
 * so it says so, and asks, instead of claiming there is nothing to flag.
 */
export function NeedsAccess({ vendorCount, request, granted }: NeedsAccessProps) {
  const { t } = useLocale();
  const [refused, setRefused] = useState(false);
  const ask = () =>
    request().then(
      (ok) => (ok ? granted() : setRefused(true)),
      () => setRefused(true),
    );
  return (
    <main class="popup empty" data-tone="none">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline" data-testid="headline">
          {t('accessTitle')}
        </h1>
      </header>
      <p>{t('accessBody', [String(vendorCount)])}</p>
      <div class="buttons">
        <button type="button" class="button primary" onClick={ask} data-testid="grant-access">
          {t('accessButton')}
        </button>
      </div>
      <p class="status" role="status">
        {refused ? t('accessRefused') : ''}
      </p>
    </main>
  );
}
