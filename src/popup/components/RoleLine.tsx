import { useLocale } from '../i18n-context.ts';

/** The user's answer to the role question, and a way to change it. */
export function RoleLine({ text, onChange }: { text: string; onChange?: (() => void) | undefined }) {
  const { t } = useLocale();
  return (
    <p class="role-line" data-testid="role-line">
      {text}{' '}
      {onChange ? (
        <button type="button" class="link" onClick={onChange} data-testid="role-change">
          {t('roleChange')}
        </button>
      ) : null}
    </p>
  );
}
