import type { ClaimStatus } from '../../core/summarize.ts';
import { translateParts } from '../../core/lang-parts.ts';
import { useLocale } from '../i18n-context.ts';
import { en, Parts } from './Parts.tsx';

/** How a claim is backed, in words (not colour alone): confirmed by the vendor, or who reported it and when. */
export function Status({ status }: { status: ClaimStatus }) {
  const { t, date } = useLocale();
  const { strength } = status;
  return (
    <span class="claim" data-strength={strength}>
      {strength === 'confirmed'
        ? t('claimConfirmed')
        : t(strength === 'weak' ? 'claimWeak' : 'claimReported', [status.by, date(status.date)])}
    </span>
  );
}

/** Where a route, fact or note applies, when not everywhere. */
export function Scope({
  regions,
  plans,
}: {
  regions?: readonly string[] | undefined;
  plans?: readonly string[] | undefined;
}) {
  const { t } = useLocale();
  return (
    <>
      {regions ? <span class="scope">{t('routeRegions', [regions.join(', ')])}</span> : null}
      {plans ? (
        <span class="scope">
          <Parts parts={translateParts(t, 'routePlans', [en(plans.join(', '))])} />
        </span>
      ) : null}
    </>
  );
}
