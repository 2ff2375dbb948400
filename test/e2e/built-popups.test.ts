/**
 * The built prerendered popups (dist/chrome/generated/popups/*.html): their
 * summary is in the HTML, and all that stands before their first paint is a
 * stylesheet and one small classic script. The browser tests open them; this
 * checks what they are made of.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BOOT_FILE } from '../../build/prerender-popups-plugin.ts';
import { PRERENDERED_POPUPS } from '../../src/core/popup-page.ts';
import { registry } from '../support/vendors.ts';
import { EXTENSION_DIR } from './harness.ts';

const pagesDir = join(EXTENSION_DIR, PRERENDERED_POPUPS);
const pages = readdirSync(pagesDir);
const defaultPopup = readFileSync(join(EXTENSION_DIR, 'src/popup/index.html'), 'utf8');

describe('the prerendered vendor popups as built', () => {
  it('exist for every vendor and no other', () => {
    expect(pages.sort()).toEqual(registry.vendors.map((v) => `${v.id}.html`).sort());
  });

  it.each(pages)('%s: one classic deferred script, no module script, one stylesheet', (name) => {
    const html = readFileSync(join(pagesDir, name), 'utf8');
    expect(html.match(/<script\b[^>]*>/g)).toEqual([`<script defer src="/${BOOT_FILE}">`]);
    expect(html.match(/<link rel="stylesheet"[^>]*>/g)).toHaveLength(1);
    expect(html).toContain('data-testid="headline"');
  });

  it('boot the interactive vendor popup after load, a chunk the default popup never loads', () => {
    const boot = readFileSync(join(EXTENSION_DIR, BOOT_FILE), 'utf8');
    const app = /import\("(\/assets\/popup-app-[^"]+\.js)"\)/.exec(boot)?.[1];
    expect(app).toBeDefined();
    const defaultScript = defaultPopup.match(/<script type="module"[^>]*src="(\/assets\/[^"]+\.js)"/)?.[1];
    expect(defaultScript).toBeDefined();
    expect(defaultScript).not.toBe(app);
    // The default page loads that app only on a vendor tab, or for a record from its search, by a plain import()
    // of its literal address (no computed import for store linters, no Vite preload helper in its first paint).
    const defaultCode = readFileSync(join(EXTENSION_DIR, defaultScript ?? ''), 'utf8');
    expect(defaultCode).toContain(`import(\`${app}\`)`);
    expect(defaultCode).not.toContain('notrain:vendor-popup');
    expect(defaultCode).not.toContain('modulepreload');
    expect(boot).toContain("addEventListener('load'");
    // Classic: a static import would make it a module, and fail to parse as a classic script.
    expect(boot).not.toMatch(/^\s*import\s/m);
  });
});
