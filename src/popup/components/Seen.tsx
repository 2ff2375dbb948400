import type { LedgerEntry } from '../../core/ledger.ts';
import { useLocale } from '../i18n-context.ts';

/** What NoTrain saw the user do on the vendor's settings page, remembered on this device only. */
export function Seen({ seen }: { seen: LedgerEntry }) {
  const { t, date } = useLocale();
  const key = seen.standing === 'training' ? 'ledgerTrainingAgain' : 'ledgerOptedOut';
  const subs = seen.standing === 'training' ? [date(seen.date), seen.label] : [seen.label, date(seen.date)];
  return (
    <p class="seen" data-standing={seen.standing} data-testid="seen">
      {t(key, subs)}
    </p>
  );
}
