import { describe, expect, it } from 'vitest';
import { allowedHref } from '../../src/core/links.ts';

describe('allowedHref', () => {
  it.each([
    ['https://slack.com/trust/ai-principles', 'https://slack.com/trust/ai-principles'],
    ['mailto:feedback@slack.com?subject=a%20b&body=c', 'mailto:feedback@slack.com?subject=a%20b&body=c'],
    ['http://slack.com/', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['https://user:pw@slack.com/', undefined],
    ['https://slack.com:8443/', undefined],
    ['mailto:a@x.example,b@y.example', undefined],
    ['mailto:?to=a@x.example', undefined],
    ['//slack.com/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (href, expected) => {
    expect(allowedHref(href)).toBe(expected);
  });
});
