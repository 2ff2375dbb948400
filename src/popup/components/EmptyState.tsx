import { useLocale } from '../i18n-context.ts';

export function EmptyState({ vendorCount }: { vendorCount: number }) {
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
    </main>
  );
}
