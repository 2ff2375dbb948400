import type { LedgerEntry } from '../core/ledger.ts';
import type { PolicySummary } from '../core/summarize.ts';
import { EmptyState } from './components/EmptyState.tsx';
import type { AccessRequest } from './components/NeedsAccess.tsx';
import { Summary } from './components/Summary.tsx';

export interface AppProps {
  summary: PolicySummary | undefined;
  /** What NoTrain saw the user do on this vendor's settings page. */
  seen?: LedgerEntry | undefined;
  vendorCount: number;
  copy: (text: string) => Promise<void>;
  /** Set when NoTrain may not read the vendors' sites: how to ask the user for them. */
  access?: AccessRequest | undefined;
}

export function App({ summary, seen, vendorCount, copy, access }: AppProps) {
  return summary ? <Summary summary={summary} seen={seen} copy={copy} /> : <EmptyState vendorCount={vendorCount} access={access} />;
}
