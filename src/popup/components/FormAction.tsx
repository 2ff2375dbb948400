import type { Route } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { RouteMeta } from './RouteMeta.tsx';

/** A form on the vendor's site: one click to it. */
export function FormAction({ route }: { route: Extract<Route, { kind: 'form' }> }) {
  const { t } = useLocale();
  const { track } = usePopup();
  return (
    <div class="method method-form">
      <ExternalLink class="button primary" href={route.url} testId="open-form" onClick={() => track?.('form-opened')}>
        {t('openForm')}
      </ExternalLink>
      <p class="hint">
        <RouteMeta route={route} />
      </p>
    </div>
  );
}
