/**
 * Parsing a tab URL into the parts NoTrain may trust.
 *
 * Everything here treats the URL as attacker-controlled: it is parsed by the
 * WHATWG `URL` parser (never by a regex over the raw string), only plain
 * `https:` on the default port without credentials is accepted, and the host
 * is the parser's canonical one (lower case, IDNs as punycode), so a homoglyph
 * host such as `slаck.com` (Cyrillic а) arrives as `xn--slck-...` and matches
 * nothing.
 */

export interface TrustedUrl {
  /** Canonical host, lower case, without a trailing dot. */
  readonly host: string;
  /** The path only: never the query, fragment or credentials. */
  readonly path: string;
}

export function parseTrustedUrl(raw: string | undefined): TrustedUrl | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') {
    return undefined;
  }
  // `slack.com.` is the same site as `slack.com`; strip exactly one dot so
  // `slack.com..` (not a valid name) is still rejected by the matcher.
  const host = url.hostname.endsWith('.') ? url.hostname.slice(0, -1) : url.hostname;
  // Empty labels (`.slack.com`, `a..slack.com`) and IPv6 literals name no vendor.
  if (host === '' || host.startsWith('.') || host.includes('..') || host.startsWith('[')) return undefined;
  return { host, path: url.pathname };
}

/**
 * A host pattern from vendor data: `slack.com` matches that host exactly,
 * `*.slack.com` matches any host below it (never `slack.com` itself).
 */
export function hostMatchesPattern(host: string, pattern: string): boolean {
  if (pattern.startsWith('*.')) {
    return host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1;
  }
  return host === pattern;
}

/** `/admin` covers `/admin` and `/admin/x`, not `/administrator`. */
export function pathHasPrefix(path: string, prefix: string): boolean {
  if (prefix.endsWith('/')) return path.startsWith(prefix);
  return path === prefix || path.startsWith(`${prefix}/`);
}

/** Whether a page rule (`hosts` × path prefixes) covers this URL. */
export function ruleCovers(
  url: TrustedUrl,
  rule: { readonly hosts: readonly string[]; readonly paths: readonly string[] },
): boolean {
  return (
    rule.hosts.some((pattern) => hostMatchesPattern(url.host, pattern)) &&
    rule.paths.some((prefix) => pathHasPrefix(url.path, prefix))
  );
}
