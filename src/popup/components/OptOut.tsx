import { draftOptOutEmail } from '../../core/draft-email.ts';
import type { PolicySummary } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { EmailAction } from './EmailAction.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { Refs } from './Refs.tsx';

export interface OptOutProps {
  summary: PolicySummary;
  copy: (text: string) => Promise<void>;
  /** False while showing the build-time page, before the tab (and its workspace) is known. */
  tabKnown?: boolean;
}

export function OptOut({ summary, copy, tabKnown = true }: OptOutProps) {
  const { t, emailT, orList } = useLocale();
  // Two "Open the setting" links to different pages would leave a screen-reader user (and anyone else) guessing: name each by its plans.
  const severalLinks = summary.methods.filter((m) => m.kind === 'settings' && m.url).length > 1;
  const settingsLinkText = ({ plans }: { plans?: readonly string[] | undefined }) =>
    severalLinks && plans ? t('openSettingsForPlans', [orList(plans)]) : t('openSettings');
  return (
    <section class="optout" aria-labelledby="optout-heading">
      <h2 id="optout-heading">{t('howToOptOut')}</h2>
      {summary.methods.map((method, index) => {
        switch (method.kind) {
          case 'email':
            return (
              <EmailAction
                key={index}
                vendorName={summary.vendorName}
                draft={draftOptOutEmail(summary.vendorName, method, summary.workspace, emailT)}
                who={summary.who}
                refs={method.refs}
                outsideWorkspace={!summary.workspace && method.mustInclude.includes('workspace-url')}
                tabKnown={tabKnown}
                copy={copy}
              />
            );
          case 'settings':
            return (
              <div class="method method-settings" key={index}>
                {method.url ? (
                  <ExternalLink class="button primary" href={method.url}>
                    {settingsLinkText(method)}
                  </ExternalLink>
                ) : null}
                {method.path.length ? <p class="hint">{t('settingsPath', [method.path.join(' › ')])}</p> : null}
                {method.label ? (
                  <p class="hint">
                    {t('settingsControl', [method.label, t(method.optOutState === 'off' ? 'stateOff' : 'stateOn')])}
                    <Refs refs={method.refs} />
                  </p>
                ) : null}
              </div>
            );
          case 'form':
            return (
              <div class="method method-form" key={index}>
                <ExternalLink class="button primary" href={method.url}>
                  {t('openForm')}
                </ExternalLink>
                <Refs refs={method.refs} />
              </div>
            );
        }
      })}
      {summary.unverified ? (
        <p class="notice unverified" data-testid="unverified">
          <strong>{t('unverifiedHeading')}</strong> {summary.unverified}
        </p>
      ) : null}
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
