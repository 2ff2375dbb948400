import { useState } from 'preact/hooks';
import type { MessageKey } from '../core/i18n.ts';
import { EMAIL_METHODS, type EmailMethod, type Preferences } from '../core/tracker/preferences.ts';
import { ReminderSwitch } from '../popup/components/ReminderSwitch.tsx';
import { useLocale } from '../popup/i18n-context.ts';

export interface PreferencesFormProps {
  /** Turns reminders on or off (asking the browser for their permissions first); resolves false when refused. */
  onReminders: (on: boolean) => Promise<boolean>;
  preferences: Preferences;
  /** Fields the organisation set: shown, not editable. */
  locked: readonly (keyof Preferences)[];
  /** Resolves false when the value was refused (too long, a line break…). */
  onChange: (patch: Partial<Preferences>) => Promise<boolean>;
}

const METHOD_LABEL: Record<EmailMethod, MessageKey> = {
  mailto: 'emailMethodMailto',
  gmail: 'emailMethodGmail',
  outlook: 'emailMethodOutlook',
};

/** How to send the opt-out email, and the signature under it. */
export function PreferencesForm({ preferences, locked, onChange, onReminders }: PreferencesFormProps) {
  const { t } = useLocale();
  const [saved, setSaved] = useState<'saved' | 'refused' | undefined>();
  const isLocked = (field: keyof Preferences) => locked.includes(field);
  const save = (patch: Partial<Preferences>) =>
    void onChange(patch).then(
      (ok) => setSaved(ok ? 'saved' : 'refused'),
      () => setSaved('refused'),
    );
  const managedNote = <span class="managed">{t('setByOrganisation')}</span>;
  return (
    <section aria-labelledby="preferences-heading">
      <h2 id="preferences-heading">{t('optionsPreferencesHeading')}</h2>
      <fieldset disabled={isLocked('emailMethod')} data-testid="email-method">
        <legend>
          {t('emailMethodLegend')} {isLocked('emailMethod') ? managedNote : null}
        </legend>
        {EMAIL_METHODS.map((method) => (
          <label key={method} class="choice">
            <input
              type="radio"
              name="email-method"
              value={method}
              checked={preferences.emailMethod === method}
              onChange={() => save({ emailMethod: method })}
              data-testid={`email-method-${method}`}
            />{' '}
            {t(METHOD_LABEL[method])}
          </label>
        ))}
        <p class="hint">{t('emailMethodHint')}</p>
      </fieldset>
      <form
        class="signature"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const text = (name: string) => {
            const value = form.get(name);
            return typeof value === 'string' ? value.trim() : '';
          };
          save({
            senderName: text('senderName'),
            ...(isLocked('senderOrganisation') ? {} : { senderOrganisation: text('senderOrganisation') }),
          });
        }}
      >
        <p class="hint">{t('signatureHint')}</p>
        <label>
          {t('senderNameLabel')}
          <input
            name="senderName"
            maxLength={120}
            defaultValue={preferences.senderName}
            autocomplete="name"
            data-testid="sender-name"
          />
        </label>
        <label>
          {t('senderOrganisationLabel')} {isLocked('senderOrganisation') ? managedNote : null}
          <input
            name="senderOrganisation"
            maxLength={120}
            defaultValue={preferences.senderOrganisation}
            disabled={isLocked('senderOrganisation')}
            autocomplete="organization"
            data-testid="sender-organisation"
          />
        </label>
        <button type="submit" class="button" data-testid="signature-save">
          {t('signatureSave')}
        </button>
      </form>
      <ReminderSwitch
        on={preferences.reminders}
        days={preferences.reminderDays}
        locked={isLocked('reminders')}
        onChange={onReminders}
      />
      <p role="status" data-testid="preferences-status">
        {saved === 'saved' ? t('preferencesSaved') : saved === 'refused' ? t('preferencesRefused') : ''}
      </p>
    </section>
  );
}
