/**
 * The audit page's component: what it lists and offers when the
 * organisation hid vendors (managed `hiddenVendors`). The rows, summary and
 * exports themselves are tested in test/core/audit/audit.test.ts and in
 * Chromium (test/e2e/audit.test.ts).
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Audit, type AuditProps } from '../../src/audit/Audit.tsx';
import { LoadFailed } from '../../src/audit/LoadFailed.tsx';
import type { AuditItem } from '../../src/core/audit/items.ts';
import { readChoices } from '../../src/core/choices.ts';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { translate } from '../support/translate.ts';
import { vendor } from '../support/vendors.ts';

afterEach(cleanup);

const figma: AuditItem = { key: 'figma', vendorId: 'figma', status: 'not-started', added: true };

function renderAudit(overrides: Partial<AuditProps> = {}) {
  const props: AuditProps = {
    items: [figma],
    hidden: [],
    hiddenCount: 0,
    vendors: new Map([['figma', vendor('figma')]]),
    choices: readChoices(undefined),
    db: { version: '0.1.0', records: 41, reviewed: '2026-12-01' },
    today: '2026-12-01',
    onAdd: vi.fn(),
    onRemove: vi.fn(),
    download: vi.fn(),
    print: vi.fn(),
    ...overrides,
  };
  render(
    <LocaleContext.Provider value={{ t: translate, language: 'en' }}>
      <Audit {...props} />
    </LocaleContext.Provider>,
  );
  return props;
}

const offered = () =>
  [...(screen.queryByTestId('audit-found')?.querySelectorAll('button') ?? [])].map((b) => b.dataset['vendor']);

describe('the audit page with vendors the organisation hid', () => {
  it('never offers a hidden vendor to add', () => {
    renderAudit();
    fireEvent.input(screen.getByTestId('audit-add'), { target: { value: 'zo' } });
    expect(offered()).toContain('zoom');
    cleanup();
    renderAudit({ hidden: ['zoom'] });
    fireEvent.input(screen.getByTestId('audit-add'), { target: { value: 'zo' } });
    expect(offered()).not.toContain('zoom');
    fireEvent.input(screen.getByTestId('audit-add'), { target: { value: 'slack' } });
    expect(offered()).toEqual(['slack']);
  });

  it('says how many rows it leaves out, and that what the user did stays stored', () => {
    renderAudit({ hidden: ['slack'], hiddenCount: 2 });
    expect(screen.getByTestId('audit-hidden').textContent).toBe(
      'Rows for tools your organisation hid, not listed: 2. What you did there stays stored.',
    );
    expect(screen.getAllByTestId('audit-row')).toHaveLength(1);
  });

  it('with only hidden rows, never says it has seen nothing', () => {
    renderAudit({ items: [], hidden: ['slack'], hiddenCount: 1 });
    expect(screen.queryByTestId('audit-empty')).toBeNull();
    expect(screen.getByTestId('audit-hidden')).toBeTruthy();
  });

  it('says nothing when nothing is left out', () => {
    renderAudit();
    expect(screen.queryByTestId('audit-hidden')).toBeNull();
  });
});

describe('when the audit page cannot read what NoTrain stored', () => {
  it('says so in an alert, under the page title, instead of staying blank', () => {
    render(
      <LocaleContext.Provider value={{ t: translate, language: 'en' }}>
        <LoadFailed />
      </LocaleContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(translate('auditTitle'));
    expect(screen.getByRole('alert').textContent).toBe('NoTrain could not read what it stored. Nothing was changed.');
  });
});
