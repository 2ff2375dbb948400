import { useLocale } from '../i18n-context.ts';
import { AuditLink } from './AuditLink.tsx';
import { PlainPage } from './PlainPage.tsx';
import { VendorSearch } from './VendorSearch.tsx';

/**
 * A page NoTrain has no record for. It says so, and not that the page is
 * safe, and lets the user look up any of the tools it knows.
 */
export function EmptyState({
  vendorCount,
  onOpen,
}: {
  vendorCount: number;
  onOpen?: ((id: string) => void) | undefined;
}) {
  const { t } = useLocale();
  return (
    <PlainPage title={t('emptyTitle')} body={t('emptyBody', [String(vendorCount)])}>
      {onOpen ? <VendorSearch onOpen={onOpen} /> : null}
      <p class="hint">
        <AuditLink />
      </p>
    </PlainPage>
  );
}
