import type { EmailMethod } from './tracker/preferences.ts';

/**
 * The one place that decides which links NoTrain renders. A link is either an
 * https URL from NoTrain's own reviewed data (no credentials, default port), a
 * webmail compose link on one of two fixed hosts (see `composeHref`), or a
 * mailto: URL built by a drafter: one recipient, or none at all for the note
 * a member addresses to their owner themselves. Anything else is shown as text.
 */
export function allowedHref(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '') return url.href;
  // Headers other than subject and body (to, cc, bcc) would add recipients: a mailto carries none.
  const headers = url.protocol === 'mailto:' ? [...new URLSearchParams(url.search).keys()] : [];
  if (
    url.protocol === 'mailto:' &&
    /^(?:[^,?&%]+@[^,?&%]+)?$/.test(url.pathname) &&
    headers.every((h) => h === 'subject' || h === 'body')
  )
    return href;
  return undefined;
}

/** The webmail compose pages NoTrain links to, by exact origin and path: Gmail and Outlook on the web. */
const COMPOSE_PAGES = [
  'https://mail.google.com/mail/',
  'https://outlook.office.com/mail/deeplink/compose',
  'https://outlook.live.com/mail/0/deeplink/compose',
];
const COMPOSE_PARAMS = new Set(['view', 'fs', 'to', 'su', 'subject', 'body']);

/**
 * A compose link is allowed only on those exact pages, with only the known
 * parameters, each once, and no fragment: so a record or a workspace name
 * cannot turn it into any other page on those hosts.
 */
export function composeHref(href: string): string | undefined {
  const safe = allowedHref(href);
  if (!safe?.startsWith('https:')) return undefined;
  const url = new URL(safe);
  const keys = [...url.searchParams.keys()];
  const known = keys.every((key) => COMPOSE_PARAMS.has(key)) && new Set(keys).size === keys.length;
  return COMPOSE_PAGES.includes(`${url.origin}${url.pathname}`) && known && url.hash === '' ? safe : undefined;
}

/**
 * The link for the user's way of sending (the opt-out email, the objection
 * letter): a compose page checked against its exact origin and path, a
 * `mailto:` against the drafters' shape; anything else is no link ('').
 */
export const sendHref = (method: EmailMethod, href: string): string =>
  (method === 'mailto' ? allowedHref(href) : composeHref(href)) ?? '';
