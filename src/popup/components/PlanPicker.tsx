import { OTHER_PLAN, type PolicySummary } from '../../core/summarize.ts';
import { translateParts } from '../../core/lang-parts.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { en, Parts } from './Parts.tsx';

/**
 * "Which plan are you on?" in one click, where the record names plans; then
 * "Your plan: …" with a way to change it. On the build-time page the buttons
 * wait for the script (no handler yet).
 */
export function PlanPicker({ summary }: { summary: PolicySummary }) {
  const { t } = useLocale();
  const { onPlan } = usePopup();
  if (summary.plans.length === 0) return null;
  if (summary.plan) {
    const name = summary.plans.find((p) => p.id === summary.plan)?.name;
    return (
      <p class="plan" data-testid="plan">
        <Parts parts={translateParts(t, 'planYours', [name ? en(name) : t('planOther')])} />{' '}
        <button type="button" class="link" onClick={() => onPlan?.(undefined)} data-testid="plan-change">
          {t('planChange')}
        </button>
      </p>
    );
  }
  return (
    <fieldset class="plans" data-testid="plans">
      <legend>{t('planQuestion', [summary.vendorName])}</legend>
      {[...summary.plans, { id: OTHER_PLAN, name: t('planOther') }].map((plan) => (
        <button
          type="button"
          class="pick"
          key={plan.id}
          data-plan={plan.id}
          // The vendor's plan names are English; "another plan" is ours.
          lang={plan.id === OTHER_PLAN ? undefined : 'en'}
          onClick={() => onPlan?.(plan.id)}
        >
          {plan.name}
        </button>
      ))}
    </fieldset>
  );
}
