/**
 * The options page's export and import, shared by the Chromium
 * (options-page.test.ts) and the Firefox (firefox-options.test.ts) tests:
 * what is stored, what the downloaded files must hold, the file with bad
 * rows, and what the page must then say. Each browser's test drives its own
 * driver and hands what it read to these.
 */
import { expect } from 'vitest';

export const OPTIONS_URL = '/src/options/index.html';
export const ACME = 'slack@https://acme.slack.com/';
const at = (day: number) => new Date(Date.UTC(2026, 10, day, 9)).toISOString();

/** As the popup records it: an email drafted on 1 November, marked sent on the 2nd; and a LinkedIn setting seen. */
export const SEEDED = {
  version: 2,
  entries: {
    [ACME]: {
      vendorId: 'slack',
      workspace: { url: 'https://acme.slack.com/', name: 'Acme' },
      status: 'sent',
      steps: [
        { kind: 'email-drafted', at: at(1) },
        { kind: 'marked-sent', at: at(2) },
      ],
    },
    linkedin: {
      vendorId: 'linkedin',
      status: 'setting-changed',
      steps: [{ kind: 'control-seen', at: at(3), label: 'Data for Generative AI Improvement', state: 'opted-out' }],
    },
  },
  preferences: {},
  quarantine: [],
};

/** The entries' keys in the order the page lists them. */
export const LISTED = ['linkedin', ACME];

/** The JSON export: a NoTrain file holding the workspace and its steps as stored. */
export function expectJsonExport(json: { name: string; text: string }): void {
  expect(json.name).toMatch(/^notrain-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(json.text);
  expect(file.format).toBe('notrain-tracker');
  expect(file.tracker.version).toBe(2);
  expect(file.tracker.entries[ACME].workspace).toEqual({ url: 'https://acme.slack.com/', name: 'Acme' });
  expect(file.tracker.entries[ACME].steps).toEqual(SEEDED.entries[ACME].steps);
}

/** The CSV export: its header, and the workspace's line with its status, dates and what is left. */
export function expectCsvExport(csv: { name: string; text: string }): void {
  expect(csv.name).toMatch(/^notrain-\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = csv.text.replace(/^\ufeff/, '').split('\r\n');
  expect(lines[0]).toBe(
    '"Vendor","Workspace","Workspace URL","Workspace ID","Status","Status since","First step","Last step","What is left"',
  );
  expect(lines).toContain(
    '"Slack","Acme","https://acme.slack.com/","","Email sent","2026-11-02","2026-11-01","2026-11-02","Wait for the vendor’s reply, then mark it confirmed"',
  );
}

/** What the page says after its own export is imported again. */
export const REIMPORTED = 'Imported: 0 new, 0 updated, 2 already here.';

/** An export with one good change (Acme confirmed) and three bad rows: an unknown step, a script URL, a bad preference. */
export const BAD_IMPORT = {
  format: 'notrain-tracker',
  fileVersion: 1,
  exportedAt: at(5),
  tracker: {
    version: 2,
    entries: {
      [ACME]: {
        ...SEEDED.entries[ACME],
        steps: [...SEEDED.entries[ACME].steps, { kind: 'marked-confirmed', at: at(4) }],
      },
      zoom: { vendorId: 'zoom', status: 'sent', steps: [{ kind: 'format-c', at: at(1) }] },
      'slack@https://evil.example/': {
        vendorId: 'slack',
        workspace: { url: 'javascript:alert(1)' },
        status: 'sent',
        steps: [],
      },
    },
    preferences: { emailMethod: 'carrier-pigeon' },
    quarantine: [],
  },
};

/** What the page says of BAD_IMPORT: the one update, then each rejected row and why. */
export const BAD_IMPORT_RESULT = 'Imported: 0 new, 1 updated, 0 already here.';
export const BAD_IMPORT_REJECTED = [
  'zoom: a step of this entry is not valid',
  'slack@https://evil.example/: workspace address, ID or name not valid',
  'preferences.emailMethod: preference not valid',
];
/** Acme's status once BAD_IMPORT's good row is merged. */
export const BAD_IMPORT_ACME_STATUS = 'Vendor confirmed';

/** The popup-to-options flow: a workspace the user is owner of, drafted and marked sent in the popup. */
export const GLOBEX = 'slack@https://globex.slack.com/';
export const GLOBEX_TAB = 'https://globex.slack.com/archives/C0123';
export const SENT_STATUS = 'Email sent';
export const SENT_LEFT = 'What is left: Wait for the vendor’s reply, then mark it confirmed';
