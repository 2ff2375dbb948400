import { useLocale } from '../popup/i18n-context.ts';

/** What the audit page shows when it could not read what NoTrain stored: said, instead of a blank page. */
export function LoadFailed() {
  const { t } = useLocale();
  return (
    <main class="audit">
      <h1>{t('auditTitle')}</h1>
      <p role="alert" data-testid="audit-load-failed">
        {t('auditLoadFailed')}
      </p>
    </main>
  );
}
