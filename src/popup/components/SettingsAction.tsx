import { translateParts } from '../../core/lang-parts.ts';
import type { PolicySummary, Route } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { en, Parts } from './Parts.tsx';
import { RouteMeta } from './RouteMeta.tsx';

export interface SettingsActionProps {
  summary: PolicySummary;
  route: Extract<Route, { kind: 'settings' }>;
  /** Who alone may change it, shown above the link; absent when anyone may. */
  rule?: string | undefined;
}

/** A switch in the vendor's settings: one click to its page, the menu path there, and the state to set it to. */
export function SettingsAction({ summary, route, rule }: SettingsActionProps) {
  const { t, orList } = useLocale();
  const { track } = usePopup();
  // Two "Open the setting" links to different pages would leave a screen-reader user (and anyone else) guessing: name each by its plans.
  const severalLinks = summary.methods.filter((m) => m.kind === 'settings' && m.href).length > 1;
  return (
    <div class="method method-settings">
      {rule ? <p class="rule">{rule}</p> : null}
      {/* One click to the page with the control; the menu path below is the way there without it. */}
      {route.href ? (
        <ExternalLink
          class="button primary"
          href={route.href}
          testId="open-settings"
          onClick={() => track?.('settings-opened')}
        >
          {severalLinks && route.plans ? (
            <Parts parts={translateParts(t, 'openSettingsForPlans', [en(orList(route.plans))])} />
          ) : (
            t('openSettings')
          )}
        </ExternalLink>
      ) : null}
      {/* The menu path and the label are the record's (English) words inside a translated sentence. */}
      {route.path.length ? (
        <p class="hint">
          <Parts parts={translateParts(t, 'settingsPath', [en(route.path.join(' › '))])} />
        </p>
      ) : null}
      {route.label ? (
        <p class="hint">
          <Parts
            parts={translateParts(t, 'settingsControl', [
              en(route.label),
              t(route.optOutState === 'off' ? 'stateOff' : 'stateOn'),
            ])}
          />
        </p>
      ) : null}
      <p class="hint">
        <RouteMeta route={route} />
      </p>
    </div>
  );
}
