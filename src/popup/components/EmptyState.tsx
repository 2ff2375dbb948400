import { useLocale } from '../i18n-context.ts';
import { type AccessRequest, NeedsAccessButton } from './NeedsAccess.tsx';

/**
 * No vendor on this tab. With `access`, NoTrain may not read the vendors'
 * sites (Firefox asks the user for them; either browser lets the user take
 * them back), so it cannot tell: it says so and asks, instead of claiming
 * there is nothing to flag.
 */
export function EmptyState({ vendorCount, access }: { vendorCount: number; access?: AccessRequest | undefined }) {
  const { t } = useLocale();
  return (
    <main class="popup empty" data-tone="none">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline" data-testid="headline">
          {t(access ? 'accessTitle' : 'emptyTitle')}
        </h1>
      </header>
      <p>{t(access ? 'accessBody' : 'emptyBody', [String(vendorCount)])}</p>
      {access ? <NeedsAccessButton {...access} /> : null}
    </main>
  );
}
