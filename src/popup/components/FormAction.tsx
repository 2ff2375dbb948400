import { legalBasisFor } from '../../core/objection-letter.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { ObjectionLetter } from './objection-letter-chunk.ts';
import { RouteMeta } from './RouteMeta.tsx';

/** A form on the vendor's site: one click to it, and where the user has a right to object, the text to paste into it. */
export function FormAction({ summary, route }: { summary: PolicySummary; route: Extract<Route, { kind: 'form' }> }) {
  const { t } = useLocale();
  const { tabKnown, place, track } = usePopup();
  const basis = tabKnown ? legalBasisFor(route, place) : undefined;
  return (
    <div class="method method-form">
      <ExternalLink class="button primary" href={route.url} testId="open-form" onClick={() => track?.('form-opened')}>
        {t('openForm')}
      </ExternalLink>
      <p class="hint">
        <RouteMeta route={route} />
      </p>
      {basis ? <ObjectionLetter vendorName={summary.vendorName} basis={basis} workspace={summary.workspace} /> : null}
    </div>
  );
}
