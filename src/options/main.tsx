/**
 * The options page (`options_ui`, opened in a tab): the tracker as stored,
 * kept in step with every other writer (popup, worker) through
 * `storage.onChanged`, and every change made through the tracker's one
 * locked read-modify-write. Built on its own (build/options-page-plugin.ts):
 * nothing here reaches the popup's bundle.
 */
import { useEffect, useState } from 'preact/hooks';
import names from 'virtual:notrain/vendor-names';
import { type Entry, mergeEntry, policyChangesSince, removeEntry, setPreferences } from '../core/tracker.ts';
import { applyManaged, type ManagedPolicy } from '../core/tracker/managed.ts';
import type { PolicyChange } from '../core/tracker/policy-changes.ts';
import type { Tracker } from '../core/tracker/schema.ts';
import { exportCsv } from '../core/tracker-csv.ts';
import { leftToDo } from '../core/tracker-view.ts';
import type { MessageKey } from '../core/i18n.ts';
import { leftOfEntry } from '../core/audit/rows.ts';
import { loadChoices } from '../platform/choices.ts';
import { exportJson, type ImportResult, importJson } from '../core/tracker-file.ts';
import browser from '../platform/browser.ts';
import { translate, uiLanguage } from '../platform/i18n.ts';
import { loadManaged } from '../platform/managed.ts';
import { requestReminderPermissions } from '../platform/permissions.ts';
import { loadTracker, type TrackerState, updateTracker } from '../platform/tracker.ts';
import { renderPage } from '../ui/render-page.tsx';
import { loadVendor } from '../vendor-db/load-vendor.ts';
import { download } from './download.ts';
import { Options } from './Options.tsx';

const language = uiLanguage();
const vendors = [...names].sort((a, b) => a.name.localeCompare(b.name, language));
const nameOf = (id: string) => vendors.find((v) => v.id === id)?.name ?? id;
const today = () => new Date().toISOString().slice(0, 10);

/** Per entry, from the records of the vendors the user has entries for: what is left, and the record's changes since. */
interface RecordViews {
  readonly left: Record<string, MessageKey>;
  readonly changes: Record<string, PolicyChange[]>;
}

async function recordViews(entries: Readonly<Record<string, Entry>>): Promise<RecordViews> {
  const ids = [...new Set(Object.values(entries).map((e) => e.vendorId))];
  const [choices, records] = await Promise.all([
    loadChoices(),
    Promise.all(ids.map(async (id) => [id, await loadVendor(id)] as const)).then((pairs) => new Map(pairs)),
  ]);
  const views: RecordViews = { left: {}, changes: {} };
  for (const [key, entry] of Object.entries(entries)) {
    const record = records.get(entry.vendorId);
    views.changes[key] = record ? policyChangesSince(record, entry) : [];
    // Worded as the audit page words it: the same status table, and the record's first step before any.
    views.left[key] = record ? leftOfEntry(record, key, entry, choices) : leftToDo(entry.status);
  }
  return views;
}

function OptionsPage({ initial, managedRead }: { initial: TrackerState; managedRead: Promise<ManagedPolicy> }) {
  const [state, setState] = useState(initial);
  // The organisation's settings show once the browser answers (Chrome's first managed read can take seconds).
  const [managed, setManaged] = useState<ManagedPolicy>({});
  useEffect(() => {
    void managedRead.then(setManaged);
  }, [managedRead]);
  const [views, setViews] = useState<RecordViews>({ left: {}, changes: {} });
  const [deleted, setDeleted] = useState<{ key: string; entry: Entry; label: string }>();
  const { tracker } = state;
  useEffect(() => {
    // Another page or the worker wrote: show what is stored now.
    const listener = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'tracker' in changes) void loadTracker().then(setState);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, []);
  useEffect(() => {
    void recordViews(tracker.entries).then(setViews);
  }, [tracker.entries]);
  const update = (change: (t: Tracker) => Tracker | undefined) => updateTracker(change).then(setState);
  return (
    <Options
      entries={tracker.entries}
      effective={applyManaged(tracker.preferences, managed)}
      keptAside={state.keptAside}
      vendors={vendors}
      policyChanges={views.changes}
      left={views.left}
      deleted={deleted}
      onDelete={(key) => {
        const entry = tracker.entries[key];
        if (!entry) return;
        const where = entry.workspace?.name ?? entry.workspace?.url ?? entry.workspace?.id;
        setDeleted({ key, entry, label: where ? `${nameOf(entry.vendorId)} (${where})` : nameOf(entry.vendorId) });
        void update((t) => removeEntry(t, key));
      }}
      onUndoDelete={() => {
        if (!deleted) return;
        setDeleted(undefined);
        // The entry comes back with the very steps it had (and any taken since elsewhere).
        void update((t) => mergeEntry(t, deleted.key, deleted.entry));
      }}
      onPreferences={async (patch) => {
        let accepted = false;
        await update((t) => {
          const next = setPreferences(t, patch);
          // Nothing to change counts as accepted: the value is already stored.
          accepted =
            next !== undefined || JSON.stringify({ ...t.preferences, ...patch }) === JSON.stringify(t.preferences);
          return next;
        });
        return accepted;
      }}
      onReminders={async (on) => {
        // The browser asks the user only in the click: request first, before anything is awaited.
        if (on && !(await requestReminderPermissions())) return false;
        await update((t) => setPreferences(t, { reminders: on }));
        return true;
      }}
      onExport={(format) => {
        if (format === 'json')
          download(`notrain-${today()}.json`, exportJson(tracker, new Date().toISOString()), 'application/json');
        // A byte order mark, so that spreadsheets read the names as UTF-8.
        else
          download(
            `notrain-${today()}.csv`,
            `\ufeff${exportCsv(tracker, nameOf, translate, language, views.left)}`,
            'text/csv',
          );
      }}
      onImport={async (file) => {
        const text = await file.text();
        let result: ImportResult | undefined;
        // Merged inside the lock, onto what is stored now (the popup or worker may have written since).
        await update((t) => {
          result = importJson(t, text);
          return result.tracker;
        });
        if (!result) throw new Error('NoTrain: the import did not run');
        return result;
      }}
    />
  );
}

async function main() {
  const managedRead = loadManaged();
  const initial = await loadTracker();
  renderPage('optionsTitle', 'options-page', <OptionsPage initial={initial} managedRead={managedRead} />);
  performance.mark('notrain:rendered');
}

void main();
