import type { Preferences } from '../core/tracker/preferences.ts';
import { useLocale } from '../popup/i18n-context.ts';

export interface MutesProps {
  vendors: readonly { readonly id: string; readonly name: string }[];
  preferences: Preferences;
  /** Vendors the organisation hid: no badge, no notes, not offered here. */
  hidden: readonly string[];
  onMute: (vendorId: string, muted: boolean) => void;
}

/** Per vendor: the toolbar badge and the settings-page notes on or off. */
export function Mutes({ vendors, preferences, hidden, onMute }: MutesProps) {
  const { t } = useLocale();
  const muted = new Set(preferences.mutedVendors);
  return (
    <section aria-labelledby="mutes-heading">
      <h2 id="mutes-heading">{t('mutesHeading')}</h2>
      <p class="hint">{t('mutesHint')}</p>
      <details data-testid="mutes" open={muted.size > 0}>
        <summary>{t('mutesSummary', [String(muted.size)])}</summary>
        <ul class="mutes">
          {vendors
            .filter((v) => !hidden.includes(v.id))
            .map((vendor) => (
              <li key={vendor.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={muted.has(vendor.id)}
                    onChange={(e) => onMute(vendor.id, e.currentTarget.checked)}
                    data-testid={`mute-${vendor.id}`}
                  />{' '}
                  {t('muteVendor', [vendor.name])}
                </label>
              </li>
            ))}
        </ul>
      </details>
      {hidden.length ? <p class="hint">{t('mutesHiddenByOrganisation', [String(hidden.length)])}</p> : null}
    </section>
  );
}
