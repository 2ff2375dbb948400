/**
 * The reminder switch: off until the user turns it on, which asks the
 * browser for the `alarms` and `notifications` permissions first (in the
 * click, as the browser requires). Shared by the popup and the options page.
 * Where the organisation set reminders, it says so instead.
 */
import { useState } from 'preact/hooks';
import { useLocale } from '../i18n-context.ts';

export interface ReminderSwitchProps {
  on: boolean;
  days: number;
  /** Set by the organisation (managed storage): shown, not changeable. */
  locked: boolean;
  /**
   * Turns reminders on or off; resolves false when the browser refused the
   * permissions. Must start the permission request before any `await`.
   */
  onChange: (on: boolean) => Promise<boolean>;
}

export function ReminderSwitch({ on, days, locked, onChange }: ReminderSwitchProps) {
  const { t } = useLocale();
  const [checked, setChecked] = useState(on);
  const [denied, setDenied] = useState(false);
  if (locked)
    return (
      <p class="hint" data-testid="reminders-managed">
        {t('reminderManaged')}
      </p>
    );
  return (
    <>
      <label class="reminder">
        <input
          type="checkbox"
          checked={checked}
          data-testid="reminders"
          onChange={(event) => {
            const wanted = event.currentTarget.checked;
            void onChange(wanted).then(
              (granted) => {
                setChecked(wanted && granted);
                setDenied(wanted && !granted);
              },
              () => {
                setChecked(false);
                setDenied(wanted);
              },
            );
          }}
        />{' '}
        {t('reminderToggle', [String(days)])}
      </label>
      <p class="status" role="status">
        {denied ? t('reminderDenied') : ''}
      </p>
    </>
  );
}
