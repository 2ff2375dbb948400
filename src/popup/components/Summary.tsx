import type { LedgerEntry } from '../../core/ledger.ts';
import type { Place } from '../../core/regions.ts';
import type { PolicySummary } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { ExternalLink } from './ExternalLink.tsx';
import { Facts } from './Facts.tsx';
import { Seen } from './Seen.tsx';
import { Notes } from './Notes.tsx';
import { OptOut } from './OptOut.tsx';
import { RegionLine } from './RegionLine.tsx';
import { Sources } from './Sources.tsx';
import { WorkspaceLine } from './WorkspaceLine.tsx';

export interface SummaryProps {
  summary: PolicySummary;
  seen?: LedgerEntry | undefined;
  /** False for the page prerendered at build time, before the tab is known. */
  tabKnown?: boolean;
  copy: (text: string) => Promise<void>;
  /** The user's region (chosen, or hinted by the locale); unknown on the build-time page. */
  place?: Place | undefined;
  onPlace?: (place: Place) => void;
}

export function Summary({ summary, seen, tabKnown = true, copy, place, onPlace }: SummaryProps) {
  const { t, tr, date } = useLocale();
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
        {seen ? <Seen seen={seen} /> : null}
      </header>
      <Facts facts={summary.facts} />
      {/* Only where something differs by region, and only once the page can read the stored choice. */}
      {summary.regional && onPlace ? <RegionLine place={place} onPlace={onPlace} /> : null}
      <OptOut summary={summary} copy={copy} tabKnown={tabKnown} place={place} />
      <Notes heading={t('differencesHeading')} notes={summary.differences} />
      <Notes heading={t('historyHeading')} notes={summary.history} formatHeading={date} />
      <Sources sources={summary.sources} />
      <footer>
        <span>{t('reviewed', [date(summary.reviewed)])}</span>
        <ExternalLink href={summary.policyUrl}>{t('policyLink', [summary.vendorName])}</ExternalLink>
      </footer>
    </main>
  );
}
