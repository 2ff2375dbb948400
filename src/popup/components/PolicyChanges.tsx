/**
 * "The policy changed since": the record's dated changes after the user's
 * opt-out step (or after they last looked), with what changed and the
 * sources, and "Got it" to hide them until the next change.
 */
import type { PolicyChange } from '../../core/tracker.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { ExternalLink } from './ExternalLink.tsx';

export function PolicyChanges({ changes, vendorName }: { changes: readonly PolicyChange[]; vendorName: string }) {
  const { t, date } = useLocale();
  const step = usePopup().track ?? (() => undefined);
  if (changes.length === 0) return null;
  return (
    <div class="notice changed" data-testid="policy-changed">
      {changes.map((c) => (
        <div key={c.date + c.change}>
          <p>
            <strong>{t('changedSince', [vendorName, date(c.date)])}</strong> {c.change}
          </p>
          {c.sources.length ? (
            <p class="hint">
              {t('changeSources')}{' '}
              {c.sources.map((s, i) => (
                <>
                  {i ? ' · ' : ''}
                  <ExternalLink href={s.url}>{s.title}</ExternalLink>
                </>
              ))}
            </p>
          ) : null}
        </div>
      ))}
      <button type="button" class="link" onClick={() => step('changes-seen')} data-testid="changes-seen">
        {t('changesSeen')}
      </button>
    </div>
  );
}
