import { PLACES, type Place, parsePlace } from '../../core/regions.ts';
import { useLocale } from '../i18n-context.ts';

/** "Showing routes for: [United Kingdom ▾]": the routes follow the region, changed in one click and remembered. */
export function RegionLine({ place, onPlace }: { place: Place | undefined; onPlace: (place: Place) => void }) {
  const { t } = useLocale();
  return (
    <label class="region">
      {t('regionLabel')}{' '}
      <select
        data-testid="region"
        value={place ?? ''}
        onChange={(event) => {
          const chosen = parsePlace(event.currentTarget.value);
          if (chosen) onPlace(chosen);
        }}
      >
        {place ? null : <option value="">{t('regionUnset')}</option>}
        {PLACES.map((p) => (
          <option key={p} value={p}>
            {t(p === 'elsewhere' ? 'regionElsewhere' : `region${p}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
