import { useLocale } from '../i18n-context.ts';

/** The audit page is a page of the extension itself: a plain link opens it in a tab of its own. */
export const AUDIT_PAGE = '/src/audit/index.html';

export function AuditLink() {
  const { t } = useLocale();
  return (
    <a href={AUDIT_PAGE} target="_blank" rel="noopener" data-testid="open-audit">
      {t('auditOpen')}
    </a>
  );
}
