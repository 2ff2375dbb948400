import { allowedHref } from '../../core/links.ts';
import { mayCarryLetter } from '../../core/objection-letter.ts';
import type { PolicySummary } from '../../core/summarize.ts';
import type { PolicyChange } from '../../core/tracker.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { AuditLink } from './AuditLink.tsx';
import { ExternalLink } from './ExternalLink.tsx';
import { Facts } from './Facts.tsx';
import { Fold } from './Fold.tsx';
import { Notes } from './Notes.tsx';
import { OptOut } from './OptOut.tsx';
import { PlanPicker } from './PlanPicker.tsx';
import { PolicyChanges } from './PolicyChanges.tsx';
import { RegionLine } from './RegionLine.tsx';
import { Sources } from './Sources.tsx';
import { StatusLine, type StatusLineProps } from './StatusLine.tsx';
import { WorkspaceLine } from './WorkspaceLine.tsx';

export interface SummaryProps {
  summary: PolicySummary;
  /** What the tracker says here: the status line, policy changes since the user's step, items kept aside. */
  tracker?: TrackerView | undefined;
  /** A pre-filled report about this record, when the project has somewhere to send it. */
  reportHref?: string | undefined;
}

/** What the tracker says about this vendor and workspace. */
export interface TrackerView {
  /** The status line, once the user took a step here. */
  readonly line?: StatusLineProps | undefined;
  readonly changes: readonly PolicyChange[];
  /** Stored items NoTrain could not read and kept aside: the user is told. */
  readonly keptAside: number;
}

/**
 * Summary first: the headline, the user's plan, the action and its rule fit
 * in the first screen; sources, policy changes and differences fold away.
 */
export function Summary({ summary, tracker, reportHref }: SummaryProps) {
  const { tabKnown, place, onPlace } = usePopup();
  const report = reportHref && allowedHref(reportHref);
  const { t, tr, date } = useLocale();
  const { otherPlans, unverified: _u, noRoute: _n, alternatives: _a, ...shared } = summary;
  return (
    <main class="popup" data-tone={summary.tone} data-vendor={summary.vendorId}>
      <header>
        <p class="vendor">
          <span class="vendor-name">{summary.vendorName}</span>
          {tabKnown && summary.page !== 'workspace' ? (
            <span class="chip">{t(summary.page === 'settings' ? 'pageSettings' : 'pageMarketing')}</span>
          ) : null}
        </p>
        {summary.workspace ? <WorkspaceLine workspace={summary.workspace} /> : null}
        <h1 class="headline" data-testid="headline" data-reported={summary.reported || undefined}>
          {tr(summary.headline)}
        </h1>
        {tracker?.line ? <StatusLine {...tracker.line} /> : null}
        {tracker?.changes.length ? <PolicyChanges changes={tracker.changes} vendorName={summary.vendorName} /> : null}
        {tracker?.keptAside ? (
          <p class="notice" data-testid="kept-aside">
            {t('trackerKeptAside', [String(tracker.keptAside)])}
          </p>
        ) : null}
      </header>
      <PlanPicker summary={summary} />
      <Facts facts={summary.facts} />
      {/* Only where something differs by region, and only once the page can read the stored choice. */}
      {(summary.regional || mayCarryLetter(summary.methods)) && onPlace ? (
        <RegionLine place={place} onPlace={onPlace} />
      ) : null}
      <OptOut summary={summary} />
      {otherPlans.facts.length + otherPlans.methods.length ? (
        <Fold
          label={t('otherPlans', [String(otherPlans.facts.length + otherPlans.methods.length)])}
          testId="other-plans"
        >
          <Facts facts={otherPlans.facts} glossary={false} />
          <OptOut summary={{ ...shared, otherPlans, methods: otherPlans.methods, ownerOnly: false }} nested />
        </Fold>
      ) : null}
      {/* Folded, so the build-time page carries only their labels: the script fills them before anyone can open one. */}
      {summary.differences.length ? (
        <Fold label={t('differencesFold', [String(summary.differences.length)])}>
          {tabKnown ? <Notes notes={summary.differences} /> : null}
        </Fold>
      ) : null}
      {summary.history.length ? (
        <Fold label={t('historyFold', [String(summary.history.length)])} testId="history">
          {tabKnown ? <Notes notes={summary.history} formatHeading={date} /> : null}
        </Fold>
      ) : null}
      <Fold id="sources" label={t('sourcesFold', [String(summary.sources.length)])} testId="sources">
        {tabKnown ? <Sources sources={summary.sources} /> : null}
      </Fold>
      <footer>
        <span>{t('reviewed', [date(summary.reviewed)])}</span>
        <ExternalLink href={summary.policyUrl}>{t('policyLink', [summary.vendorName])}</ExternalLink>
        {report ? (
          <a href={report} target="_blank" rel="noreferrer noopener" data-testid="report">
            {t('reportProblem')}
          </a>
        ) : null}
        <AuditLink />
      </footer>
    </main>
  );
}
