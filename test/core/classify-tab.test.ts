import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { registry } from '../support/vendors.ts';

interface UrlFixture {
  url: string;
  title?: string;
  vendor: string | null;
  page?: string;
  workspace?: Record<string, string>;
  why?: string;
}

const FIXTURE_DIR = 'test/fixtures/urls';
const fixtures = readdirSync(FIXTURE_DIR)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) =>
    (JSON.parse(readFileSync(`${FIXTURE_DIR}/${name}`, 'utf8')) as UrlFixture[]).map((f) => ({ ...f, file: name })),
  );

describe('classifyTab', () => {
  it.each(fixtures)('$file: $url → $vendor $page', ({ url, title, vendor, page, workspace }) => {
    const match = classifyTab({ url, title }, registry);
    if (vendor === null) {
      expect(match).toBeUndefined();
      return;
    }
    expect(match?.vendor.id).toBe(vendor);
    expect(match?.page).toBe(page);
    expect(match?.workspace).toEqual(workspace);
  });

  it('cleans a hostile workspace name from the title and keeps it on one line', () => {
    const title = 'general - Acme\r\nBcc: victim@example.com\u202Emoc.kcals - Slack';
    const match = classifyTab({ url: 'https://app.slack.com/client/T0123ABCD/C1', title }, registry);
    expect(match?.workspace?.name).toBe('Acme Bcc: victim@example.com moc.kcals');
  });

  it('never copies the query, fragment or credentials into the workspace', () => {
    const match = classifyTab({ url: 'https://acme.slack.com/x?to=evil@example.com#bcc=evil' }, registry);
    expect(match?.workspace).toEqual({ scope: 'workspace', url: 'https://acme.slack.com/' });
  });

  it('gives no vendor for a tab whose URL the browser hid', () => {
    expect(classifyTab({}, registry)).toBeUndefined();
    expect(classifyTab({ url: undefined, title: 'general - Acme - Slack' }, registry)).toBeUndefined();
  });
});
