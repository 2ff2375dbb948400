/**
 * This workspace's opt-out in one line, with the one click that moves it on
 * ("Email drafted 3 Dec 2026 — Mark as sent") and Undo; what NoTrain saw on
 * the settings page, one line per control; and, for an email marked sent,
 * the follow-up line and the reminder switch.
 */
import { controlsOf, type Entry, followUpDue, nextStep, type NextStep, stepsInEffect } from '../../core/tracker.ts';
import type { MessageKey } from '../../core/i18n.ts';
import { useLocale } from '../i18n-context.ts';
import { usePopup } from '../popup-context.ts';
import { ReminderSwitch, type ReminderSwitchProps } from './ReminderSwitch.tsx';

export interface StatusLineProps {
  entry: Entry;
  vendorName: string;
  /** Now, in ms (the caller's clock, so tests can fix it). */
  now: number;
  /** The delay before a follow-up, in days (the user's or the organisation's). */
  reminderDays: number;
  /** The reminder switch, shown while an email waits for an answer; absent where reminders cannot be set. */
  reminders?: ReminderSwitchProps | undefined;
}

const LINE: Partial<Record<NextStep['status'], MessageKey>> = {
  drafted: 'statusDrafted',
  'asked-owner': 'statusAskedOwner',
  sent: 'statusSent',
  confirmed: 'statusConfirmed',
};

const ACTION: Record<NonNullable<NextStep['action']>, MessageKey> = {
  'marked-sent': 'actionMarkSent',
  'marked-confirmed': 'actionMarkConfirmed',
};

export function StatusLine({ entry, vendorName, now, reminderDays, reminders }: StatusLineProps) {
  const { t, date } = useLocale();
  const step = usePopup().track ?? (() => undefined);
  const next = nextStep(entry);
  if (!next) return null;
  const controls = controlsOf(entry.steps);
  const fromControls = next.status === 'setting-changed' || next.status === 'setting-reverted';
  const opened = stepsInEffect(entry.steps)
    .filter((s) => s.kind === 'settings-opened' || s.kind === 'form-opened')
    .at(-1)?.kind;
  const key =
    next.status === 'opened'
      ? opened === 'form-opened'
        ? 'statusFormOpened'
        : 'statusSettingsOpened'
      : LINE[next.status];
  const day = date(next.since.slice(0, 10));
  const action = next.action && (next.status === 'asked-owner' ? 'actionMarkDone' : ACTION[next.action]);
  const waited = Math.floor((now - Date.parse(next.since)) / 86_400_000);
  return (
    <div class="tracker" role="group" aria-label={t('statusRegion')} data-testid="tracker" data-status={next.status}>
      {fromControls
        ? controls.map((c) => (
            <p class="seen" data-state={c.state} data-testid="seen" key={c.label}>
              {c.state === 'training'
                ? t('controlSeenTraining', [date(c.at.slice(0, 10)), c.label])
                : t('controlSeenOptedOut', [c.label, date(c.at.slice(0, 10))])}
            </p>
          ))
        : null}
      {key ? (
        <p class="status-line" aria-live="polite" data-testid="tracker-status">
          <span>{t(key, [day])}</span>
          {action && next.action ? (
            <>
              {' — '}
              <button
                type="button"
                class="link"
                onClick={() => step(next.action ?? 'marked-sent')}
                data-testid="tracker-next"
              >
                {t(action)}
              </button>
            </>
          ) : null}
          {next.canUndo ? (
            <>
              {' · '}
              <button type="button" class="link" onClick={() => step('undone')} data-testid="tracker-undo">
                {t('actionUndo')}
              </button>
            </>
          ) : null}
        </p>
      ) : null}
      {next.status === 'sent' && followUpDue(entry, now, reminderDays) ? (
        <p class="notice" data-testid="follow-up">
          {t('followUp', [String(waited), vendorName])}
        </p>
      ) : null}
      {next.status === 'sent' && reminders ? <ReminderSwitch {...reminders} /> : null}
    </div>
  );
}
