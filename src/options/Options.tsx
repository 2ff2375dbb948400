import type { MessageKey } from '../core/i18n.ts';
import type { Entry } from '../core/tracker/entry.ts';
import { withoutHidden } from '../core/tracker/hidden.ts';
import type { EffectivePreferences } from '../core/tracker/managed.ts';
import type { PolicyChange } from '../core/tracker/policy-changes.ts';
import type { Preferences } from '../core/tracker/preferences.ts';
import type { ImportResult } from '../core/tracker-file.ts';
import { AuditLink } from '../popup/components/AuditLink.tsx';
import { useLocale } from '../popup/i18n-context.ts';
import { Entries } from './Entries.tsx';
import { Mutes } from './Mutes.tsx';
import { PreferencesForm } from './PreferencesForm.tsx';
import { Transfer } from './Transfer.tsx';

export interface OptionsProps {
  entries: Readonly<Record<string, Entry>>;
  /** The user's preferences with the organisation's over them, which fields it set, and the vendors it hid. */
  effective: EffectivePreferences;
  /** Stored items NoTrain could not read and kept aside (never deleted): the user is told. */
  keptAside: number;
  vendors: readonly { readonly id: string; readonly name: string }[];
  policyChanges: Readonly<Record<string, readonly PolicyChange[]>>;
  /** What is left per entry key, as the audit page words it (core/audit/rows.ts `leftOfEntry`). */
  left?: Readonly<Record<string, MessageKey>>;
  /** The entry just deleted, until the user undoes it or deletes another. */
  deleted?: { readonly key: string; readonly label: string } | undefined;
  onDelete: (key: string) => void;
  onUndoDelete: () => void;
  onPreferences: (patch: Partial<Preferences>) => Promise<boolean>;
  /** Turns reminders on or off; must ask for their permissions in the click, before any await. */
  onReminders: (on: boolean) => Promise<boolean>;
  onExport: (format: 'json' | 'csv') => void;
  onImport: (file: File) => Promise<ImportResult>;
}

/** The options page: every opt-out NoTrain recorded, the preferences, mutes, and export and import. */
export function Options(props: OptionsProps) {
  const { t } = useLocale();
  const { effective, vendors } = props;
  const nameOf = (id: string) => vendors.find((v) => v.id === id)?.name ?? id;
  // Entries of vendors the organisation hid stay stored (and exported), but are not listed.
  const { shown, hiddenCount } = withoutHidden(
    Object.entries(props.entries),
    ([, entry]) => entry.vendorId,
    effective.hiddenVendors,
  );
  return (
    <main class="options">
      <header>
        <p class="vendor">{t('extensionName')}</p>
        <h1 class="headline">{t('optionsTitle')}</h1>
        <p>{t('optionsIntro')}</p>
        {/* The same link as the popup's footer: where every tool stands, beside what this browser recorded. */}
        <p>
          <AuditLink />
        </p>
      </header>
      {props.keptAside > 0 ? (
        <p class="notice" data-testid="kept-aside">
          {t('optionsKeptAside', [String(props.keptAside)])}
        </p>
      ) : null}
      <p role="status" class="deleted" data-testid="deleted-status">
        {props.deleted ? (
          <>
            {t('optionsDeleted', [props.deleted.label])}{' '}
            <button type="button" class="link" onClick={props.onUndoDelete} data-testid="undo-delete">
              {t('optionsUndoDelete')}
            </button>
          </>
        ) : null}
      </p>
      <Entries
        entries={Object.fromEntries(shown)}
        hiddenCount={hiddenCount}
        vendorName={nameOf}
        policyChanges={props.policyChanges}
        {...(props.left ? { left: props.left } : {})}
        onDelete={props.onDelete}
      />
      <PreferencesForm
        preferences={effective.preferences}
        locked={effective.locked}
        onChange={props.onPreferences}
        onReminders={props.onReminders}
      />
      <Mutes
        vendors={vendors}
        preferences={effective.preferences}
        hidden={effective.hiddenVendors}
        onMute={(id, muted) => {
          const list = effective.preferences.mutedVendors.filter((v) => v !== id);
          void props.onPreferences({ mutedVendors: muted ? [...list, id].sort() : list });
        }}
      />
      <Transfer onExport={props.onExport} onImport={props.onImport} />
    </main>
  );
}
