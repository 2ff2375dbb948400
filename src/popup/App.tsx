import type { PolicySummary } from '../core/summarize.ts';
import { EmptyState } from './components/EmptyState.tsx';
import { Summary } from './components/Summary.tsx';

export interface AppProps {
  summary: PolicySummary | undefined;
  vendorCount: number;
  copy: (text: string) => Promise<void>;
}

export function App({ summary, vendorCount, copy }: AppProps) {
  return summary ? <Summary summary={summary} copy={copy} /> : <EmptyState vendorCount={vendorCount} />;
}
