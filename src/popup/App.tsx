import { useState } from 'preact/hooks';
import type { LedgerEntry } from '../core/ledger.ts';
import type { Place } from '../core/regions.ts';
import type { PolicySummary } from '../core/summarize.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { Summary } from './components/Summary.tsx';

export interface AppProps {
  summary: PolicySummary | undefined;
  /** What NoTrain saw the user do on this vendor's settings page. */
  seen?: LedgerEntry | undefined;
  vendorCount: number;
  copy: (text: string) => Promise<void>;
  /** The region chosen before, else the locale's hint. */
  place?: Place | undefined;
  /** Remembers a new choice (storage lives outside the components). */
  savePlace?: (place: Place) => unknown;
}

export function App({ summary, seen, vendorCount, copy, place: initialPlace, savePlace }: AppProps) {
  const [place, setPlace] = useState(initialPlace);
  const onPlace = (chosen: Place) => {
    setPlace(chosen);
    void savePlace?.(chosen);
  };
  return summary ? <Summary summary={summary} seen={seen} copy={copy} place={place} onPlace={onPlace} /> : <EmptyState vendorCount={vendorCount} />;
}
