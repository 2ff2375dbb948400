import { draftOptOutEmail } from '../../core/draft-email.ts';
import type { Place } from '../../core/regions.ts';
import { type PolicySummary, type Route, routesFor } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { EmailAction } from './EmailAction.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

export interface OptOutProps {
  summary: PolicySummary;
  copy: (text: string) => Promise<void>;
  /** False while showing the build-time page, before the tab (and its workspace) is known. */
  tabKnown?: boolean;
  /** The user's region, when known: its routes lead, other regions' routes wait one click away. */
  place?: Place | undefined;
}

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

export function OptOut({ summary, copy, tabKnown = true, place }: OptOutProps) {
  const { t, emailT, orList } = useLocale();
  const { lead, other } = routesFor(summary.methods, place);
  // Two "Open the setting" links to different pages would leave a screen-reader user (and anyone else) guessing: name each by its plans.
  const severalLinks = summary.methods.filter((m) => m.kind === 'settings' && m.href).length > 1;
  const settingsLinkText = ({ plans }: { plans?: readonly string[] | undefined }) =>
    severalLinks && plans ? t('openSettingsForPlans', [orList(plans)]) : t('openSettings');
  const route = (method: Route) => {
    const key = summary.methods.indexOf(method);
    switch (method.kind) {
      case 'email':
        return (
          <EmailAction
            key={key}
            vendorName={summary.vendorName}
            draft={draftOptOutEmail(summary.vendorName, method, summary.workspace, emailT)}
            who={summary.who}
            meta={<RouteMeta route={method} />}
            outsideWorkspace={!summary.workspace && method.mustInclude.includes('workspace-url')}
            tabKnown={tabKnown}
            copy={copy}
          />
        );
      case 'settings':
        return (
          <div class="method method-settings" key={key}>
            {/* One click to the page with the control; the menu path below is the way there without it. */}
            {method.href ? (
              <ExternalLink class="button primary" href={method.href} testId="open-settings">
                {settingsLinkText(method)}
              </ExternalLink>
            ) : null}
            {method.path.length ? <p class="hint">{t('settingsPath', [method.path.join(' › ')])}</p> : null}
            {method.label ? <p class="hint">{t('settingsControl', [method.label, t(method.optOutState === 'off' ? 'stateOff' : 'stateOn')])}</p> : null}
            <p class="hint">
              <RouteMeta route={method} />
            </p>
          </div>
        );
      case 'form':
        return (
          <div class="method method-form" key={key}>
            <ExternalLink class="button primary" href={method.url}>
              {t('openForm')}
            </ExternalLink>
            <p class="hint">
              <RouteMeta route={method} />
            </p>
          </div>
        );
    }
  };
  return (
    <section class="optout" aria-labelledby="optout-heading">
      <h2 id="optout-heading">{t('howToOptOut')}</h2>
      {lead.length === 0 && other.length ? <p class="notice">{t('noRouteHere', [summary.vendorName])}</p> : null}
      {lead.map(route)}
      {other.length ? (
        <details class="other-regions" open={lead.length === 0} data-testid="other-regions">
          <summary>{t('otherRegions', [String(other.length)])}</summary>
          {other.map(route)}
        </details>
      ) : null}
      {summary.unverified ? (
        <p class="notice unverified" data-testid="unverified">
          <strong>{t('unverifiedHeading')}</strong> {summary.unverified}
        </p>
      ) : null}
      {/* "No opt-out" only when no region has a route at all. */}
      {summary.methods.length === 0 ? (
        <p class="notice">
          {summary.tone === 'no-training'
            ? t('nothingToDo')
            : summary.tone === 'opt-in'
              ? t('nothingToDoOptIn', [summary.vendorName])
              : t('noOptOut', [summary.vendorName])}
          {summary.alternatives ? ` ${summary.alternatives}` : ''}
        </p>
      ) : null}
    </section>
  );
}
