import { describe, expect, it } from 'vitest';
import { withoutHidden } from '../../../src/core/tracker/hidden.ts';

describe('withoutHidden', () => {
  const items = [
    { key: 'slack@https://acme.slack.com/', vendorId: 'slack' },
    { key: 'zoom', vendorId: 'zoom' },
    { key: 'slack@T0123ABCD', vendorId: 'slack' },
  ];

  it('leaves out every item of a hidden vendor, keeps the others in order, and counts what it left out', () => {
    expect(withoutHidden(items, (i) => i.vendorId, ['slack'])).toEqual({
      shown: [{ key: 'zoom', vendorId: 'zoom' }],
      hiddenCount: 2,
    });
  });

  it('with nothing hidden, or only vendors without items, shows everything', () => {
    expect(withoutHidden(items, (i) => i.vendorId, [])).toEqual({ shown: items, hiddenCount: 0 });
    expect(withoutHidden(items, (i) => i.vendorId, ['figma'])).toEqual({ shown: items, hiddenCount: 0 });
  });

  it('never changes the list it is given (the stored entries are not deleted)', () => {
    const copy = structuredClone(items);
    withoutHidden(items, (i) => i.vendorId, ['slack', 'zoom']);
    expect(items).toEqual(copy);
  });
});
