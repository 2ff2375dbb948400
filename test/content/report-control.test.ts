/** The report piece: the worker hears a control's state once per change, never `unknown`, and a failed send is dropped. */
import { describe, expect, it, vi } from 'vitest';
import { createControlReport } from '../../src/content/report-control.ts';

describe('control report', () => {
  it('sends a state once, and again only when it changes', () => {
    const send = vi.fn(() => Promise.resolve());
    const report = createControlReport(send);
    report('AI training', 'training');
    report('AI training', 'training');
    report('AI training', 'opted-out');
    report('AI training', 'opted-out');
    report('AI training', 'training');
    expect(send.mock.calls).toEqual([
      ['AI training', 'training'],
      ['AI training', 'opted-out'],
      ['AI training', 'training'],
    ]);
  });

  it('never sends unknown, and an unknown read does not reset what was sent', () => {
    const send = vi.fn(() => Promise.resolve());
    const report = createControlReport(send);
    report('AI training', 'unknown');
    report('AI training', 'opted-out');
    report('AI training', 'unknown');
    report('AI training', 'opted-out');
    expect(send.mock.calls).toEqual([['AI training', 'opted-out']]);
  });

  it('keeps labels apart (two switches on one page)', () => {
    const send = vi.fn(() => Promise.resolve());
    const report = createControlReport(send);
    report('In-app data', 'opted-out');
    report('Metadata', 'opted-out');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('drops a failed send without throwing', async () => {
    const send = vi.fn(() => Promise.reject(new Error('worker restarting')));
    const report = createControlReport(send);
    expect(() => report('AI training', 'training')).not.toThrow();
    await Promise.resolve();
    expect(send).toHaveBeenCalledTimes(1);
  });
});
