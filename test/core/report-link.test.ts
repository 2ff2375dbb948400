import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { contactOf, reportHref } from '../../src/core/report-link.ts';
import { translate } from '../support/translate.ts';

const record = { name: 'Slack', reviewed: '2026-11-29' };

describe('the "something is wrong" link', () => {
  it('is a mailto to the project’s address, naming the vendor, the review date and the version', () => {
    const href = reportHref({ email: 'records@notrain.example' }, record, '0.1.0', translate);
    expect(href).toBe(
      `mailto:records@notrain.example?subject=${encodeURIComponent('NoTrain record: Slack (reviewed 2026-11-29, NoTrain 0.1.0)')}`,
    );
  });

  it('else a new issue in the repository, with the same title', () => {
    const contact = contactOf({ repository: { type: 'git', url: 'git+https://github.com/notrain/notrain.git' } });
    expect(contact).toEqual({ issues: 'https://github.com/notrain/notrain/issues/new' });
    expect(reportHref(contact, record, '0.1.0', translate)).toBe(
      `https://github.com/notrain/notrain/issues/new?title=${encodeURIComponent('NoTrain record: Slack (reviewed 2026-11-29, NoTrain 0.1.0)')}`,
    );
    expect(contactOf({ bugs: { url: 'https://github.com/notrain/notrain/issues' } })).toEqual({
      issues: 'https://github.com/notrain/notrain/issues/new',
    });
  });

  it('is absent when the project names no address or repository, as package.json does today', () => {
    expect(contactOf(pkg as { bugs?: unknown; repository?: unknown })).toEqual({});
    expect(reportHref(contactOf(pkg as object), record, pkg.version, translate)).toBeUndefined();
  });

  it.each([
    { email: 'a@b.example?cc=evil@x.example' },
    { email: 'a@b.example,evil@x.example' },
    { issues: 'http://github.com/x/y/issues/new' },
    { issues: 'https://user@github.com/x/y/issues/new' },
    { issues: 'javascript:alert(1)' },
    { issues: 'https://github.com/x/y/issues/new?assignees=evil' },
  ])('refuses a malformed contact %j', (contact) => {
    expect(reportHref(contact, record, '0.1.0', translate)).toBeUndefined();
  });
});
