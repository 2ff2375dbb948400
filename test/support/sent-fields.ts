/**
 * Recipient, subject and body of a link that opens a message: a `mailto:`
 * (RFC 6068, `+` is a plus) or a Gmail / Outlook compose page. Tests compare
 * them across the three ways of sending.
 */
export function sentFields(href: string): [string | null, string | null, string | null] {
  const url = new URL(href);
  if (url.protocol === 'mailto:') {
    const q = new URLSearchParams(url.search.replace(/\+/g, '%2B'));
    return [decodeURIComponent(url.pathname), q.get('subject'), q.get('body')];
  }
  const q = url.searchParams;
  return [q.get('to'), q.get('su') ?? q.get('subject'), q.get('body')];
}
