import { useLocale } from '../i18n-context.ts';
import { VendorSearch } from './VendorSearch.tsx';

/**
 * A page NoTrain has no record for. It says so, and not that the page is
 * safe, and lets the user look up any of the tools it knows.
 */
export function EmptyState({ vendorCount, onOpen }: { vendorCount: number; onOpen?: ((id: string) => void) | undefined }) {
  const { t } = useLocale();
  return (
    <main class="popup empty" data-tone="none">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline" data-testid="headline">
          {t('emptyTitle')}
        </h1>
      </header>
      <p>{t('emptyBody', [String(vendorCount)])}</p>
      {onOpen ? <VendorSearch onOpen={onOpen} /> : null}
    </main>
  );
}
