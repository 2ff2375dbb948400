import { useState } from 'preact/hooks';
import {
  type Choices,
  type EmailLanguage,
  choiceKeys,
  emailLanguageFor,
  planFor,
  readChoices,
  type Role,
  roleFor,
  withChoice,
  withTeamHost,
} from '../core/choices.ts';
import type { TabMatch } from '../core/classify-tab.ts';
import type { MatchEntry } from '../core/registry.ts';
import type { Preferences } from '../core/tracker/preferences.ts';
import type { Place } from '../core/regions.ts';
import { summarize } from '../core/summarize.ts';
import { entryFor, type EntryPlace, policyChangesSince, type Step, type Tracker } from '../core/tracker.ts';
import type { ShippedVendor } from '../core/vendor-schema.ts';
import type { ReminderSwitchProps } from './components/ReminderSwitch.tsx';
import { Summary } from './components/Summary.tsx';
import { useLocale } from './i18n-context.ts';
import { PopupContext, type PopupStep } from './popup-context.ts';

export interface AppProps {
  /** The tab's vendor record, page and workspace (or a record opened from the default page's search). */
  match: TabMatch<ShippedVendor & MatchEntry>;
  /** What the user did, as stored (absent for a record opened from the search: no tab, no workspace). */
  tracker?: Tracker | undefined;
  /** Stored items NoTrain could not read and kept aside, for the notice. */
  keptAside?: number | undefined;
  /** Records a step for this vendor and workspace; resolves to the tracker as stored. */
  recordStep?: ((vendorId: string, workspace: EntryPlace | undefined, step: Step) => Promise<Tracker>) | undefined;
  /** The reminder switch's state and action; absent where reminders cannot be set. */
  reminders?: ReminderSwitchProps | undefined;
  /** Now, in ms: the clock the status line and follow-ups use. */
  now?: number | undefined;
  /** Writes text to the clipboard (the entry passes the browser's). */
  copy: (text: string) => Promise<void>;
  /** The region chosen before, else the locale's hint. */
  place?: Place | undefined;
  /** Remembers a new choice (storage lives outside the components). */
  savePlace?: ((place: Place) => unknown) | undefined;
  /** The user's plans, roles and known workspace addresses, as stored. */
  choices?: Choices | undefined;
  saveChoice?: (<K extends keyof Choices>(map: K, key: string, value: Choices[K][string]) => unknown) | undefined;
  /** The workspace host a typed address names, if it is one of this vendor's. */
  hostOf?: ((input: string, vendorId: string) => string | undefined) | undefined;
  /** Back to the search, for a record opened from it. */
  onBack?: (() => void) | undefined;
  /** A pre-filled report link about a record, when the project has somewhere to send it. */
  reportHref?: ((vendor: ShippedVendor) => string | undefined) | undefined;
  /** The preferences in force (the user's, with their organisation's over them): how to send email, the signature. */
  preferences?: Preferences | undefined;
}

export function App(props: AppProps) {
  const { match, copy, savePlace, saveChoice, hostOf, onBack, recordStep } = props;
  const { t } = useLocale();
  const [place, setPlace] = useState(props.place);
  const [choices, setChoices] = useState(() => props.choices ?? readChoices(undefined));
  const [asking, setAsking] = useState<{ plan?: boolean; role?: boolean }>({});
  const [tracker, setTracker] = useState(props.tracker);
  const { vendor } = match;
  const workspace = withTeamHost(match.workspace, choices.teamHosts);
  // New answers are filed under the most specific key: the workspace's address where known.
  const [key = vendor.id] = choiceKeys(vendor.id, workspace);
  const plan = asking.plan ? undefined : planFor(choices, vendor.id, workspace);
  const role = asking.role ? undefined : roleFor(choices, vendor.id, workspace);
  const entry = tracker && entryFor(tracker, vendor.id, workspace);
  const summary = summarize({ ...match, ...(workspace ? { workspace } : {}) }, { plan, entry });
  const where: EntryPlace | undefined = workspace && {
    ...(workspace.url ? { url: workspace.url } : {}),
    ...(workspace.id ? { id: workspace.id } : {}),
    ...(workspace.name ? { name: workspace.name } : {}),
  };
  const track =
    recordStep && tracker
      ? (kind: PopupStep) => void recordStep(vendor.id, where, { kind, at: new Date().toISOString() }).then(setTracker)
      : undefined;
  const now = props.now ?? Date.now();
  const choose = <K extends keyof Choices>(map: K, mapKey: string, value: Choices[K][string]) => {
    setChoices((current) => withChoice(current, map, mapKey, value) ?? current);
    void saveChoice?.(map, mapKey, value);
  };
  const parent = vendor.match.workspaces
    .flatMap((rule) => (rule.from === 'subdomain' ? [rule.parent] : []))
    .sort((a, b) => a.length - b.length)[0];
  // Everything below reads these from context (popup-context.ts), not through each component between.
  const state = {
    tabKnown: true,
    copy,
    place,
    onPlace: (chosen: Place) => {
      setPlace(chosen);
      void savePlace?.(chosen);
    },
    onPlan: (chosen: string | undefined) => {
      setAsking((a) => ({ ...a, plan: chosen === undefined }));
      if (chosen !== undefined) choose('plans', key, chosen);
    },
    role,
    onRole: (chosen: Role | undefined) => {
      setAsking((a) => ({ ...a, role: chosen === undefined }));
      if (chosen !== undefined) choose('roles', key, chosen);
    },
    onWorkspaceHost: (input: string) => {
      const host = hostOf?.(input, vendor.id);
      if (!host) return undefined;
      // A client URL's team ID learns its address for next time; elsewhere the address serves this draft only.
      const teamId = match.workspace?.id;
      if (teamId) choose('teamHosts', teamId, host);
      return `https://${host}/`;
    },
    workspaceParent: parent,
    // The email's language is chosen per vendor, whatever the workspace.
    emailLanguage: emailLanguageFor(choices, vendor.id),
    onEmailLanguage: (language: EmailLanguage) => choose('emailLanguages', vendor.id, language),
    track,
    // How the user sends email, and the signature (their preferences, with their organisation's over them).
    emailMethod: props.preferences?.emailMethod,
    sender: props.preferences && { name: props.preferences.senderName, org: props.preferences.senderOrganisation },
  };
  return (
    <PopupContext.Provider value={state}>
      {onBack ? (
        <button type="button" class="link back" onClick={onBack} data-testid="back">
          {t('emptyBack')}
        </button>
      ) : null}
      <Summary
        summary={summary}
        tracker={
          tracker && {
            line: entry && {
              entry,
              vendorName: vendor.name,
              now,
              reminderDays: props.reminders?.days ?? tracker.preferences.reminderDays,
              reminders: props.reminders,
            },
            changes: policyChangesSince(vendor, entry),
            keptAside: props.keptAside ?? 0,
          }
        }
        reportHref={props.reportHref?.(vendor)}
      />
    </PopupContext.Provider>
  );
}
