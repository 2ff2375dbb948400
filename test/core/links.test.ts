import { describe, expect, it } from 'vitest';
import { composeLinks } from '../../src/core/draft-email.ts';
import { allowedHref, composeHref } from '../../src/core/links.ts';

describe('allowedHref', () => {
  it.each([
    ['https://slack.com/trust/ai-principles', 'https://slack.com/trust/ai-principles'],
    ['mailto:feedback@slack.com?subject=a%20b&body=c', 'mailto:feedback@slack.com?subject=a%20b&body=c'],
    // The note a member addresses to their owner themselves: no recipient at all.
    ['mailto:?subject=a&body=b', 'mailto:?subject=a&body=b'],
    ['http://slack.com/', undefined],
    ['javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['https://user:pw@slack.com/', undefined],
    ['https://slack.com:8443/', undefined],
    ['mailto:a@x.example,b@y.example', undefined],
    ['mailto:?to=a@x.example', undefined],
    ['mailto:?subject=a&cc=a@x.example', undefined],
    ['mailto:feedback@slack.com?subject=a&bcc=a@x.example', undefined],
    ['mailto:?body=a&To=a@x.example', undefined],
    ['//slack.com/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (href, expected) => {
    expect(allowedHref(href)).toBe(expected);
  });
});

describe('composeHref: webmail compose links on two fixed hosts only', () => {
  it.each([
    ['https://mail.google.com/mail/?view=cm&fs=1&to=a%40b.example&su=s&body=b', true],
    ['https://outlook.office.com/mail/deeplink/compose?to=a%40b.example&subject=s&body=b', true],
    ['https://outlook.live.com/mail/0/deeplink/compose?to=a%40b.example&subject=s&body=b', true],
    ['https://mail.google.com/mail/u/0/#inbox', false],
    ['https://mail.google.com/mail/?view=cm&to=a&su=s#x', false],
    ['https://mail.google.com/mail/?view=cm&to=a&cc=evil%40x.example', false],
    ['https://mail.google.com/mail/?view=cm&to=a&to=evil%40x.example', false],
    ['https://mail.google.com.evil.example/mail/?view=cm', false],
    ['https://accounts.google.com/ServiceLogin?continue=https://mail.google.com/mail/', false],
    ['https://outlook.office.com/owa/?path=/mail/action/compose', false],
    ['http://mail.google.com/mail/?view=cm', false],
    ['https://user@mail.google.com/mail/?view=cm', false],
  ])('%s → allowed %s', (href, allowed) => {
    expect(composeHref(href) !== undefined).toBe(allowed);
  });

  it('builds both links from address, subject and body, each encoded, and a hostile body adds no parameter', () => {
    const links = composeLinks({
      to: 'feedback@slack.com',
      subject: 'Opt-out & more',
      body: 'x&cc=evil@x.example\r\n#frag',
    });
    for (const href of [links.gmail, links.outlook]) {
      expect(composeHref(href)).toBe(href);
      const url = new URL(href);
      expect(url.searchParams.get('to')).toBe('feedback@slack.com');
      expect(url.searchParams.get('cc')).toBeNull();
      expect(url.searchParams.get('body')).toBe('x&cc=evil@x.example\r\n#frag');
      expect(url.hash).toBe('');
    }
    expect(new URL(links.gmail).searchParams.get('su')).toBe('Opt-out & more');
    expect(new URL(links.outlook).searchParams.get('subject')).toBe('Opt-out & more');
  });
});
