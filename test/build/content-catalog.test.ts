/**
 * The settings-page script bundles the English catalog cut to the keys its
 * code names (build/content-keys.ts). A key it asks for and does not bundle
 * would throw on a user's settings page (`translatorFor`); these tests fail
 * first: the script's own calls name keys it bundles, and every message the
 * core composes for it (marks, "not found" notices, opt-out emails, for every
 * record) translates from the bundled catalog alone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { CONTENT_SCRIPT, importGraph, literalKeys } from '../../build/content-keys.ts';
import { DEFAULT_CATALOG_FILE } from '../../build/vendor-data-plugin.ts';
import { contentCatalog } from '../../build/vendor-data.ts';
import { settingsView } from '../../build/vendor-views.ts';
import type { Workspace } from '../../src/core/classify-tab.ts';
import { draftOptOutEmail } from '../../src/core/draft-email.ts';
import type { ControlState } from '../../src/core/find-control.ts';
import { messageTranslator } from '../../src/core/i18n.ts';
import { type MessageEntry, translatorFor } from '../../src/core/messages-table.ts';
import { controlMarkText, notFoundParts } from '../../src/core/settings-page.ts';
import { registry } from '../support/vendors.ts';

const bundled = JSON.parse(readFileSync(DEFAULT_CATALOG_FILE, 'utf8')) as Record<string, MessageEntry>;
const t = translatorFor(bundled);
const views = registry.vendors.map(settingsView);

describe('the catalog the settings-page script bundles', () => {
  it('is the shipped English catalog cut to the keys its modules name, far smaller than the whole', () => {
    expect(bundled).toEqual(JSON.parse(contentCatalog()));
    const keys = Object.keys(bundled);
    expect(keys).toEqual(literalKeys(messages));
    for (const key of keys) expect(bundled[key]?.message).toBe(messages[key as keyof typeof messages].message);
    expect(keys.length).toBeLessThan(Object.keys(messages).length / 4);
  });

  it('follows the script’s imports into the core and the platform', () => {
    const graph = importGraph(CONTENT_SCRIPT);
    for (const file of ['src/content/strings.ts', 'src/core/settings-page.ts', 'src/core/draft-email.ts'])
      expect(graph).toContain(file);
    expect(graph.some((file) => file.startsWith('src/popup/'))).toBe(false);
  });

  it('holds every key the script’s own files ask for, each named as a literal', () => {
    const dir = 'src/content';
    const calls = readdirSync(dir).flatMap((name) => [
      ...readFileSync(join(dir, name), 'utf8').matchAll(/\b(?:translate|emailTranslate)\(\s*([^,)]*)/g),
    ]);
    expect(calls.length).toBeGreaterThan(5);
    for (const [call, argument = ''] of calls) {
      expect(argument, call).toMatch(/^'[A-Za-z0-9_]+'$/);
      expect(bundled, call).toHaveProperty(argument.slice(1, -1));
    }
  });

  it('translates every mark and "not found" notice of every record’s controls', () => {
    const text = messageTranslator(t);
    const specs = views.flatMap((v) => v.controls.map((spec) => [v, spec] as const));
    expect(specs.length).toBeGreaterThan(10);
    for (const [vendor, spec] of specs) {
      for (const state of ['on', 'off', 'unknown'] satisfies ControlState[]) {
        const mark = controlMarkText(vendor, spec, state);
        for (const m of [mark.what, mark.how, mark.now]) expect(text(m)).not.toBe('');
      }
      for (const pageLang of ['en', 'de', 'fr', 'es', 'ja'])
        for (const uiLang of ['en', 'en-GB', 'ja'])
          expect(notFoundParts(spec, pageLang, uiLang, t).length).toBeGreaterThan(0);
    }
  });

  it('drafts every record’s opt-out email, for every kind of workspace', () => {
    const workspaces: (Workspace | undefined)[] = [
      undefined,
      { scope: 'workspace', url: 'https://acme.example.com/', id: 'T0123', name: 'Acme' },
      { scope: 'org', url: 'https://admin.example.com/o/acme/', id: 'acme', name: 'Acme' },
    ];
    const emails = views.flatMap((v) => (v.email ? [[v.name, v.email] as const] : []));
    expect(emails.length).toBeGreaterThan(0);
    for (const [name, email] of emails)
      for (const workspace of workspaces) {
        const draft = draftOptOutEmail(name, email, workspace, t);
        if (draft.ok) expect(draft.value.body).not.toBe('');
      }
  });
});
