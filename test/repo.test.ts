/** Conventions that keep the repository honest, checked so reviewers need not. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import manifest from '../manifest.json' with { type: 'json' };
import messages from '../public/_locales/en/messages.json' with { type: 'json' };
import type { MessageKey } from '../src/core/i18n.ts';
import { CATALOG_LOCALES, DEFAULT_LOCALE } from '../src/core/messages-table.ts';
import { hostPermissions, manifestText, syncedManifest } from '../build/manifest-from-data.ts';
import { readVendorFiles } from '../build/vendor-files.ts';
import { vendorJsonSchema } from '../build/vendor-json-schema.ts';
import { translate } from './support/translate.ts';
import { registry } from './support/vendors.ts';

const vendorHostPermissions = () => hostPermissions(registry.vendors);

describe('manifest.json', () => {
  it('is in sync with the vendor data (run `npm run sync:manifest` and review the diff)', () => {
    expect(readFileSync('manifest.json', 'utf8')).toBe(manifestText(syncedManifest(manifest, registry.vendors)));
  });

  it('asks for exactly the vendors’ hosts: the badge needs them, nothing else does', () => {
    // A new vendor host is a new permission: `npm run sync:manifest` writes it, and review sees the line.
    expect([...manifest.host_permissions].sort()).toEqual(vendorHostPermissions());
  });

  it('asks for storage (the tracker) and scripting (settings pages reached in-app) only: no <all_urls>, activeTab or tabs', () => {
    expect(manifest.permissions).toEqual(['scripting', 'storage']);
    // Reminders only, asked when the user turns them on (docs/permissions.md).
    expect(manifest.optional_permissions).toEqual(['alarms', 'notifications']);
    expect(manifest.storage).toEqual({ managed_schema: 'managed-schema.json' });
    expect(JSON.stringify(manifest)).not.toMatch(
      /<all_urls>|activeTab|"tabs"|externally_connectable|web_accessible_resources/,
    );
  });

  it('runs its content script only on the settings pages the vendor records declare, top frame only', async () => {
    const { settingsPageMatches } = await import('../build/vendor-views.ts');
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect(script?.matches).toEqual(settingsPageMatches(registry.vendors));
    expect(script?.all_frames).toBe(false);
    expect(script?.js).toEqual(['src/content/settings-script.ts']);
  });

  it('names its strings through _locales', () => {
    expect(manifest.name).toBe('__MSG_extensionName__');
    expect(manifest.description).toBe('__MSG_extensionDescription__');
    expect(manifest.action.default_title).toBe('__MSG_actionTitle__');
    for (const icon of Object.values(manifest.icons)) expect(existsSync(`public/${icon}`), icon).toBe(true);
  });
});

describe('src/vendors/vendor.schema.json', () => {
  it('is generated from the valibot schema (run `npm run schema:vendors`)', () => {
    expect(readFileSync('src/vendors/vendor.schema.json', 'utf8')).toBe(vendorJsonSchema());
  });

  it.each(readVendorFiles().map((f) => f.name))(
    '%s names it in $schema, so editors check fields as they are typed',
    (name) => {
      expect(JSON.parse(readFileSync(`src/vendors/${name}`, 'utf8')).$schema).toBe('./vendor.schema.json');
    },
  );
});

describe('test fixtures', () => {
  it.each(registry.vendors.map((v) => v.id))('%s has URL fixtures that include one of its pages', (id) => {
    const file = `test/fixtures/urls/${id}.json`;
    expect(existsSync(file), `${file} is missing`).toBe(true);
    const fixtures = JSON.parse(readFileSync(file, 'utf8')) as { vendor: string | null }[];
    expect(fixtures.some((f) => f.vendor === id)).toBe(true);
    expect(
      fixtures.some((f) => f.vendor === null),
      'add lookalike hosts that must not match',
    ).toBe(true);
  });
});

describe('messages.json', () => {
  it('exists for exactly the locales the settings-page script knows of (src/content/strings.ts reads the default one directly)', () => {
    expect(readdirSync('public/_locales').sort()).toEqual([...CATALOG_LOCALES].sort());
    expect(manifest.default_locale).toBe(DEFAULT_LOCALE);
  });

  it.each(Object.keys(messages))('%s has a description and resolves every placeholder', (key) => {
    const entry = (messages as Record<string, { message: string; description?: string }>)[key];
    expect(entry?.description, 'translators need a description').toBeTruthy();
    expect(() => translate(key as MessageKey, ['a', 'b', 'c'])).not.toThrow();
  });
});

describe('docs/vendors.md', () => {
  it('is the table generated from the data (run `npm run docs:vendors`)', async () => {
    const { AS_OF, vendorTable } = await import('../build/vendor-table.ts');
    const page = readFileSync('docs/vendors.md', 'utf8');
    // Ages are counted to the date the page names: the same data and date give the same page.
    const asOf = AS_OF.exec(page)?.[1];
    expect(asOf, 'docs/vendors.md names the date its ages are counted to').toBeDefined();
    expect(page).toBe(vendorTable(registry.vendors, asOf ?? ''));
    for (const vendor of registry.vendors)
      expect((asOf ?? '') >= vendor.reviewed, `${vendor.id} was reviewed after the page was generated`).toBe(true);
  });
});
