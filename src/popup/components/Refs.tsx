import { useLocale } from '../i18n-context.ts';

/** Footnote markers that jump to the numbered sources at the bottom. */
export function Refs({ refs }: { refs: readonly number[] }) {
  const { t } = useLocale();
  if (refs.length === 0) return null;
  return (
    <sup class="refs">
      {refs.map((n) => (
        <a key={n} href={`#source-${n}`} aria-label={t('footnoteLabel', [String(n)])}>
          {n}
        </a>
      ))}
    </sup>
  );
}
