import { useLocale } from '../i18n-context.ts';

/**
 * Footnote markers that jump to the numbered sources at the bottom. They are
 * out of the Tab order (the sources list itself is in it), so that the first
 * Tab stop after the headline is the way out, not the sixth footnote.
 */
export function Refs({ refs }: { refs: readonly number[] }) {
  const { t } = useLocale();
  if (refs.length === 0) return null;
  return (
    <sup class="refs">
      {refs.map((n) => (
        <a key={n} href={`#source-${n}`} aria-label={t('footnoteLabel', [String(n)])} tabIndex={-1}>
          {n}
        </a>
      ))}
    </sup>
  );
}
