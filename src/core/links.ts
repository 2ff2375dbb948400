/**
 * The one place that decides which links NoTrain renders. A link is either an
 * https URL from NoTrain's own reviewed data (no credentials, default port) or
 * a mailto: URL built by the drafter; anything else is shown as text.
 */
export function allowedHref(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '') return url.href;
  if (url.protocol === 'mailto:' && /^[^,?&%]+@[^,?&%]+$/.test(url.pathname)) return href;
  return undefined;
}
