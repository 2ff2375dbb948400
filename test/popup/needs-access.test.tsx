import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EmptyState } from '../../src/popup/components/EmptyState.tsx';
import { NeedsAccess } from '../../src/popup/components/NeedsAccess.tsx';
import { LocaleContext } from '../../src/popup/i18n-context.ts';
import { locale } from '../support/translate.ts';

afterEach(cleanup);

function renderBlind(request: () => Promise<boolean>, granted = vi.fn()) {
  render(
    <LocaleContext.Provider value={locale}>
      <NeedsAccess vendorCount={41} request={request} granted={granted} />
    </LocaleContext.Provider>,
  );
  return { granted };
}

describe('popup without access to the vendors’ sites (Firefox asks the user for it)', () => {
  it('says it cannot see the site instead of claiming there is nothing to flag, and asks', async () => {
    const request = vi.fn(() => Promise.resolve(true));
    const { granted } = renderBlind(request);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NoTrain cannot see which site this is');
    expect(screen.queryByText('Nothing to flag here')).toBeNull();
    expect(screen.getByText(/To recognise the 41 services it knows/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Allow NoTrain on these services’ sites' }));
    await waitFor(() => expect(granted).toHaveBeenCalledOnce());
    expect(request).toHaveBeenCalledOnce();
  });

  it('says so in the live region when the user refuses', async () => {
    renderBlind(() => Promise.resolve(false));
    fireEvent.click(screen.getByTestId('grant-access'));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Not allowed. NoTrain will ask again the next time you open it.',
      ),
    );
  });

  it('leaves the usual empty state to EmptyState', () => {
    render(
      <LocaleContext.Provider value={locale}>
        <EmptyState vendorCount={41} />
      </LocaleContext.Provider>,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('NoTrain has no record for this page');
  });
});
