import { describe, expect, it } from 'vitest';
import { DEFAULT_PAGE, recordPageVendor, vendorPage } from '../../src/popup/pages.ts';

describe('popup pages', () => {
  it('names a vendor’s prerendered page only for a well-formed id', () => {
    expect(vendorPage('slack')).toBe('/src/popup/vendors/slack.html');
    expect(vendorPage('zendesk', true)).toBe('/src/popup/vendors/zendesk.html?record');
    expect(vendorPage('../index')).toBe(DEFAULT_PAGE);
    expect(vendorPage('Slack')).toBe(DEFAULT_PAGE);
  });

  it('shows a record from the search only on its own page with exactly ?record', () => {
    expect(recordPageVendor({ pathname: '/src/popup/vendors/zendesk.html', search: '?record' })).toBe('zendesk');
    expect(recordPageVendor({ pathname: '/src/popup/vendors/zendesk.html', search: '' })).toBeUndefined();
    expect(recordPageVendor({ pathname: '/src/popup/vendors/zendesk.html', search: '?record&x' })).toBeUndefined();
    expect(recordPageVendor({ pathname: '/src/popup/index.html', search: '?record' })).toBeUndefined();
    expect(recordPageVendor({ pathname: '/src/popup/vendors/../x.html', search: '?record' })).toBeUndefined();
  });
});
