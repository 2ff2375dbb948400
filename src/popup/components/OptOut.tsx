import { useEffect, useRef } from 'preact/hooks';
import { legalBasisFor } from '../../core/objection-letter.ts';
import { type Route, routesFor } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { lazy } from '../lazy.tsx';
import { EmailAction } from './EmailAction.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { Refs } from './Refs.tsx';
import { RoleLine } from './RoleLine.tsx';
import { Scope, Status } from './Status.tsx';
import type { SummaryProps } from './Summary.tsx';

/** The note a member sends an owner: few people need it, so it loads on demand. */
const OwnerNote = lazy(() => import('./OwnerNote.tsx').then((m) => m.OwnerNote));
/** The objection letter: only for forms and privacy requests in a region with a right to object, so it loads on demand. */
const ObjectionLetter = lazy(() => import('./ObjectionLetter.tsx').then((m) => m.ObjectionLetter));

/** Where a route applies, its footnotes, and how it is backed. */
function RouteMeta({ route }: { route: Route }) {
  return (
    <>
      <Scope regions={route.regions} plans={route.plans} />
      <Refs refs={route.refs} />
      <Status status={route.status} />
    </>
  );
}

/**
 * The ways out. Where only owners or admins can act, the user says once per
 * workspace whether they are one: owners get the action with the rule above
 * it, everyone else a note to send their owner; no draft claims a role the
 * user did not confirm.
 */
export function OptOut(props: SummaryProps & { nested?: boolean }) {
  const { summary, copy, tabKnown = true, place, role, onRole, nested } = props;
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
  // Two "Open the setting" links to different pages would leave a screen-reader user (and anyone else) guessing: name each by its plans.
  const severalLinks = summary.methods.filter((m) => m.kind === 'settings' && m.href).length > 1;
  const settingsLinkText = ({ plans }: { plans?: readonly string[] | undefined }) =>
    severalLinks && plans ? t('openSettingsForPlans', [orList(plans)]) : t('openSettings');
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
                copy={copy}
              />
              <p class="hint">
                <RouteMeta route={method} />
              </p>
            </div>
          );
        return (
          <EmailAction
            key={key}
            vendorName={summary.vendorName}
            method={method}
            workspace={summary.workspace}
            rule={summary.ownerOnly ? t('whoMustSend', [who]) : undefined}
            meta={<RouteMeta route={method} />}
            outsideWorkspace={!summary.workspace && method.mustInclude.includes('workspace-url')}
            tabKnown={tabKnown}
            copy={copy}
            onWorkspaceHost={props.onWorkspaceHost}
            workspaceParent={props.workspaceParent}
          />
        );
      }
      case 'settings':
        return (
          <div class="method method-settings" key={key}>
            {summary.ownerOnly ? <p class="rule">{t('whoMustSend', [who])}</p> : null}
            {/* One click to the page with the control; the menu path below is the way there without it. */}
            {method.href ? (
              <ExternalLink class="button primary" href={method.href} testId="open-settings">
                {settingsLinkText(method)}
              </ExternalLink>
            ) : null}
            {method.path.length ? <p class="hint">{t('settingsPath', [method.path.join(' › ')])}</p> : null}
            {method.label ? (
              <p class="hint">
                {t('settingsControl', [method.label, t(method.optOutState === 'off' ? 'stateOff' : 'stateOn')])}
              </p>
            ) : null}
            <p class="hint">
              <RouteMeta route={method} />
            </p>
          </div>
        );
      case 'form': {
        const basis = tabKnown ? legalBasisFor(method, place) : undefined;
        return (
          <div class="method method-form" key={key}>
            <ExternalLink class="button primary" href={method.url} testId="open-form">
              {t('openForm')}
            </ExternalLink>
            <p class="hint">
              <RouteMeta route={method} />
            </p>
            {basis ? (
              <ObjectionLetter
                vendorName={summary.vendorName}
                basis={basis}
                workspace={summary.workspace}
                copy={copy}
              />
            ) : null}
          </div>
        );
      }
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
          <OwnerNote
            summary={summary}
            routes={lead.length ? lead : other}
            who={who}
            copy={copy}
            onWorkspaceHost={props.onWorkspaceHost}
            workspaceParent={props.workspaceParent}
            focusOnLoad={answered.current}
          />
          <RoleLine text={t('roleIsMember')} onChange={onRole && (() => onRole(undefined))} />
        </>
      )}
      {summary.unverified ? (
        <p class="notice unverified" data-testid="unverified">
          <strong>{t('unverifiedHeading')}</strong> {summary.unverified}
        </p>
      ) : null}
      {/* Only where no route applies at all: nothing to opt out of, or none found (never "the vendor offers none"). */}
      {summary.noRoute ? (
        <p class="notice" data-testid="no-route">
          {tr(summary.noRoute)}
          {summary.alternatives ? ` ${summary.alternatives}` : ''}
        </p>
      ) : null}
    </section>
  );
}
