import type { SourceRef } from '../../core/summarize.ts';
import { useLocale } from '../i18n-context.ts';
import { ExternalLink } from './ExternalLink.tsx';

export function Sources({ sources }: { sources: readonly SourceRef[] }) {
  const { t, date } = useLocale();
  return (
    <ol class="sources">
      {sources.map((source) => (
        <li key={source.n} id={`source-${source.n}`} value={source.n}>
          <ExternalLink href={source.url}>
            <span lang="en">{source.title}</span>
          </ExternalLink>{' '}
          <span class="meta">
            {t('sourceVerified', [date(source.verified)])}
            {source.secondHand ? ` · ${t('sourceSecondHand')}` : ''}
          </span>
        </li>
      ))}
    </ol>
  );
}
