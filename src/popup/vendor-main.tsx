/**
 * The interactive vendor popup, loaded by a prerendered vendor page after its
 * first paint (see build/prerender-popups-plugin.ts): reads the active tab,
 * classifies it with the small matching index, loads that one vendor's record
 * from the package, and renders over the static summary with what only the
 * tab and storage know (workspace, plan, role, what the user did). The
 * default page loads it too, on a vendor tab or for a record picked in its
 * search (`?record=<id>`), which it shows whatever the tab is.
 */
import { render } from 'preact';
import project from 'virtual:notrain/project';
import { workspaceHostOf } from '../core/choices.ts';
import { classifyTab } from '../core/classify-tab.ts';
import { isPrerenderedPopup } from '../core/popup-page.ts';
import { placeForLocale } from '../core/regions.ts';
import { reportHref } from '../core/report-link.ts';
import { applyManaged, type ManagedPolicy, recordStep, setPreferences } from '../core/tracker.ts';
import { loadChoices, saveChoice } from '../platform/choices.ts';
import { emailTranslator, translate, uiLanguage } from '../platform/i18n.ts';
import { loadManaged } from '../platform/managed.ts';
import { requestReminderPermissions } from '../platform/permissions.ts';
import { loadPlace, savePlace } from '../platform/place.ts';
import { activeTab } from '../platform/tabs.ts';
import { loadTracker, updateTracker } from '../platform/tracker.ts';
import { loadVendor } from '../vendor-db/load-vendor.ts';
import { registry } from '../vendor-db/registry.ts';
import { App } from './App.tsx';
import { LocaleContext } from './i18n-context.ts';
import { recordOf } from './pages.ts';

const copy = (text: string) => navigator.clipboard.writeText(text);

async function main() {
  // The organisation's settings are read alongside but never waited for: Chrome's first managed read takes seconds.
  const managedRead = loadManaged();
  const [tab, stored, chosen, choices, emailT] = await Promise.all([
    activeTab(),
    loadTracker(),
    loadPlace(),
    loadChoices(),
    emailTranslator(),
  ]);
  // No choice yet: the first of the user's languages that names a country in a region (en-GB → UK), if any.
  const place = chosen ?? [...navigator.languages, uiLanguage()].map(placeForLocale).find(Boolean);
  const record = recordOf(location.search);
  const found = record ? undefined : classifyTab(tab, registry);
  const id = record ?? found?.vendor.id ?? '';
  const [shipped, indexed] = [await loadVendor(id), registry.byId(id)];
  // The record ships without its matching rules: the index this popup has loaded holds them.
  const vendor = shipped && indexed && { ...shipped, match: indexed.match };
  const match = vendor && (found ? { ...found, vendor } : { vendor, page: 'marketing' as const });
  if (!match) {
    // A prerendered page left on a tab that is no longer the vendor's: the default popup says what it knows.
    // (Never from the default page itself, which would load this again.)
    if (isPrerenderedPopup(location.pathname)) location.replace('/src/popup/index.html');
    return;
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('popup.html has no #root');
  // The language of the catalog the browser answers from, so that screen readers pronounce it right.
  document.documentElement.lang = translate('htmlLang');
  // A prerendered vendor page: replace its static summary in the same task, so no frame shows neither.
  root.replaceChildren();
  const show = (managed: ManagedPolicy) => {
    const effective = applyManaged(stored.tracker.preferences, managed);
    render(
      <LocaleContext.Provider value={{ t: translate, language: uiLanguage(), emailT }}>
        <App
          match={match}
          {...(found
            ? {
                tracker: stored.tracker,
                keptAside: stored.keptAside,
                recordStep: (vendorId, workspace, step) =>
                  updateTracker((t) => recordStep(t, vendorId, workspace, step)).then(({ tracker }) => tracker),
                reminders: {
                  on: effective.preferences.reminders,
                  days: effective.preferences.reminderDays,
                  locked: effective.locked.includes('reminders'),
                  onChange: async (on: boolean) => {
                    // The browser asks the user only in the click: request first, before anything is awaited.
                    if (on && !(await requestReminderPermissions())) return false;
                    await updateTracker((t) => setPreferences(t, { reminders: on }));
                    return true;
                  },
                },
              }
            : {})}
          copy={copy}
          place={place}
          savePlace={savePlace}
          choices={choices}
          saveChoice={saveChoice}
          hostOf={(input, vendorId) => workspaceHostOf(input, vendorId, registry)}
          reportHref={(record) => reportHref(project.contact, record, project.version, translate)}
          preferences={effective.preferences}
          {...(record ? { onBack: () => history.back() } : {})}
        />
      </LocaleContext.Provider>,
      root,
    );
  };
  show({});
  // For `npm run bench`: when the summary and the action are on screen.
  performance.mark('notrain:rendered');
  // A policy that sets something (reminders on or off, their delay) shows once the browser answers.
  void managedRead.then((policy) => Object.keys(policy).length > 0 && show(policy));
}

void main();
