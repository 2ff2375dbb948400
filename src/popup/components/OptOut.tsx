import { useEffect, useRef } from 'preact/hooks';
import { legalBasisFor } from '../../core/objection-letter.ts';
import { type PolicySummary, type Route, routesFor } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { lazy } from '../lazy.tsx';
import { usePopup } from '../popup-context.ts';
import { EmailAction } from './EmailAction.tsx';
import { FormAction } from './FormAction.tsx';
import { ObjectionLetter } from './objection-letter-chunk.ts';
import { RoleLine } from './RoleLine.tsx';
import { RouteMeta } from './RouteMeta.tsx';
import { SettingsAction } from './SettingsAction.tsx';

/** The note a member sends an owner: few people need it, so it loads on demand. */
const OwnerNote = lazy(() => import('./OwnerNote.tsx').then((m) => m.OwnerNote));

/**
 * The ways out. Where only owners or admins can act, the user says once per
 * workspace whether they are one: owners get the action with the rule above
 * it, everyone else a note to send their owner; no draft claims a role the
 * user did not confirm.
 */
export function OptOut({ summary, nested }: { summary: PolicySummary; nested?: boolean }) {
  const { place, role, onRole, tabKnown } = usePopup();
  const { t, tr, orList } = useLocale();
  const { lead, other } = routesFor(summary.methods, place);
  const who = orList(summary.who.map(tr));
  // Once the user answers the role question, their action takes the focus the answer's button leaves behind.
  const section = useRef<HTMLElement>(null);
  const answered = useRef(false);
  const answer = (chosen: 'owner' | 'member') => {
    answered.current = true;
    onRole?.(chosen);
  };
  useEffect(() => {
    if (!answered.current || role === undefined) return;
    answered.current = false;
    section.current?.querySelector<HTMLElement>('.button.primary')?.focus();
  });
  const rule = summary.ownerOnly ? t('whoMustSend', [who]) : undefined;
  const route = (method: Route) => {
    const key = summary.methods.indexOf(method);
    switch (method.kind) {
      case 'email': {
        const basis = tabKnown ? legalBasisFor(method, place) : undefined;
        // A privacy address with no wording of the vendor's own, where the user has a right to object: the letter is the email.
        if (basis)
          return (
            <div class="method method-email" key={key}>
              <ObjectionLetter
                vendorName={summary.vendorName}
                basis={basis}
                workspace={summary.workspace}
                to={method.to}
              />
              <p class="hint">
                <RouteMeta route={method} />
              </p>
            </div>
          );
        return <EmailAction key={key} summary={summary} route={method} rule={rule} />;
      }
      case 'settings':
        return <SettingsAction key={key} summary={summary} route={method} rule={rule} />;
      case 'form':
        return <FormAction key={key} summary={summary} route={method} />;
    }
  };
  const routes = summary.methods.length ? (
    <>
      {lead.length === 0 && other.length ? <p class="notice">{t('noRouteHere', [summary.vendorName])}</p> : null}
      {lead.map(route)}
      {other.length ? (
        <details class="other-regions" open={lead.length === 0} data-testid="other-regions">
          <summary>{t('otherRegions', [String(other.length)])}</summary>
          {other.map(route)}
        </details>
      ) : null}
    </>
  ) : null;
  if (nested) return routes;
  const gated = summary.ownerOnly && summary.methods.length > 0;
  return (
    <section class="optout" aria-labelledby="optout-heading" ref={section}>
      <h2 id="optout-heading">{t(summary.methods.length ? 'howToOptOut' : 'optOutHeadingNone')}</h2>
      {!gated ? (
        routes
      ) : role === undefined ? (
        <div class="role" role="group" aria-labelledby="role-question" data-testid="role-question">
          <p class="rule" id="role-question">
            {t('roleQuestion', [who])}
          </p>
          <div class="buttons">
            <button type="button" class="button" onClick={() => answer('owner')} data-testid="role-owner">
              {t('roleYes')}
            </button>
            <button type="button" class="button" onClick={() => answer('member')} data-testid="role-member">
              {t('roleNo')}
            </button>
          </div>
        </div>
      ) : role === 'owner' ? (
        <>
          {routes}
          <RoleLine text={t('roleIsOwner')} onChange={onRole && (() => onRole(undefined))} />
        </>
      ) : (
        <>
          <OwnerNote summary={summary} routes={lead.length ? lead : other} who={who} focusOnLoad={answered.current} />
          <RoleLine text={t('roleIsMember')} onChange={onRole && (() => onRole(undefined))} />
        </>
      )}
      {summary.unverified ? (
        <p class="notice unverified" data-testid="unverified">
          <strong>{t('unverifiedHeading')}</strong> <span lang="en">{summary.unverified}</span>
        </p>
      ) : null}
      {/* Only where no route applies at all: nothing to opt out of, or none found (never "the vendor offers none"). */}
      {summary.noRoute ? (
        <p class="notice" data-testid="no-route">
          {tr(summary.noRoute)}
          {summary.alternatives ? (
            <>
              {' '}
              <span lang="en">{summary.alternatives}</span>
            </>
          ) : null}
        </p>
      ) : null}
    </section>
  );
}
