import { describe, expect, it } from 'vitest';
import { recordOf, recordPage } from '../../src/popup/pages.ts';

describe('a record opened from the default page’s search', () => {
  it('is addressed only by a well-formed id', () => {
    expect(recordPage('zendesk')).toBe('/src/popup/index.html?record=zendesk');
    expect(recordPage('../index')).toBeUndefined();
    expect(recordPage('Slack')).toBeUndefined();
  });

  it('is read back only as exactly one well-formed id', () => {
    expect(recordOf('?record=zendesk')).toBe('zendesk');
    expect(recordOf('')).toBeUndefined();
    expect(recordOf('?record=')).toBeUndefined();
    expect(recordOf('?record=../x')).toBeUndefined();
    expect(recordOf('?record=zendesk&tab=3')).toBeUndefined();
    expect(recordOf('?record=zendesk&record=slack')).toBeUndefined();
  });
});
