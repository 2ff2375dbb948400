import type { LedgerEntry } from '../core/ledger.ts';
import type { PolicySummary } from '../core/summarize.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { Summary } from './components/Summary.tsx';

export interface AppProps {
  summary: PolicySummary | undefined;
  /** What NoTrain saw the user do on this vendor's settings page. */
  seen?: LedgerEntry | undefined;
  vendorCount: number;
  copy: (text: string) => Promise<void>;
}

export function App({ summary, seen, vendorCount, copy }: AppProps) {
  return summary ? <Summary summary={summary} seen={seen} copy={copy} /> : <EmptyState vendorCount={vendorCount} />;
}
