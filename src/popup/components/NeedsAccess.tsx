import { useState } from 'preact/hooks';
import { useLocale } from '../i18n-context.ts';
import { PlainPage } from './PlainPage.tsx';

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
    void request().then(
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

/**
 * The popup when NoTrain may not read the vendors' sites, which Firefox lets
 * the user withhold (and take back at any time): the tab shows no URL, so
 * NoTrain cannot tell a vendor tab from any other. It says so, and asks,
 * instead of claiming there is nothing to flag. (Chrome grants a withheld
 * site when the user clicks the toolbar button, so its build leaves this out.)
 */
export function NeedsAccess({ vendorCount, ...access }: AccessRequest & { vendorCount: number }) {
  const { t } = useLocale();
  return (
    <PlainPage title={t('accessTitle')} body={t('accessBody', [String(vendorCount)])}>
      <NeedsAccessButton {...access} />
    </PlainPage>
  );
}
