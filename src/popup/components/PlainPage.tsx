import type { ComponentChildren } from 'preact';
import { useLocale } from '../i18n-context.ts';

/** The popup's page without a vendor: NoTrain's name, one headline, one paragraph, and what the user can do next. */
export function PlainPage({ title, body, children }: { title: string; body: string; children?: ComponentChildren }) {
  const { t } = useLocale();
  return (
    <main class="popup empty" data-tone="none">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline" data-testid="headline">
          {title}
        </h1>
      </header>
      <p>{body}</p>
      {children}
    </main>
  );
}
