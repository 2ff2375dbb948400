/**
 * Every destination in a record belongs to the vendor. A record declares the
 * registrable domains its vendor owns (`domains`), checked against the Public
 * Suffix List bundled with tldts; every host NoTrain matches, every link it
 * opens and every address it drafts mail to must fall under one of them. What
 * the usual rule refuses (a domain the vendor uses but does not own, a public
 * suffix it runs, an internationalised name) is allowed only by a reasoned
 * `domainExceptions` entry, which the docs table shows to reviewers.
 *
 * Build and test time only: tldts and node:url never reach the extension.
 */
// eslint-disable-next-line no-restricted-imports -- validation runs in the build and the tests only (validate-vendors.ts); nothing the extension loads imports it
import { domainToUnicode } from 'node:url';
import { parse } from 'tldts';
import type { Vendor } from '../vendor-schema.ts';
import type { Problem } from './problem.ts';
import { confusableScripts } from './text.ts';

// The private section counts: `*.github.io` or `*.pages.dev` is anyone's site, not one vendor's.
const PSL = { allowPrivateDomains: true } as const;

/** The registrable domain of a host, or undefined when the host is a public suffix itself. */
export function registrableDomain(host: string): string | undefined {
  return parse(host, PSL).domain ?? undefined;
}

export function isPublicSuffix(host: string): boolean {
  const { publicSuffix, domain } = parse(host, PSL);
  return domain === null && publicSuffix === host;
}

/** A host on a private public suffix: a free-hosting or platform subdomain anyone can get. */
export function onPrivateSuffix(host: string): boolean {
  return parse(host, PSL).isPrivate === true;
}

const under = (host: string, domain: string) => host === domain || host.endsWith(`.${domain}`);

export function domainProblems(vendor: Vendor): Problem[] {
  const problems: Problem[] = [];
  const exceptions = vendor.domainExceptions ?? [];
  const excepted = (allow: 'not-owned' | 'public-suffix' | 'punycode') =>
    exceptions.filter((e) => e.allow === allow).map((e) => e.domain);
  const publicSuffixes = excepted('public-suffix');
  const owned = [...vendor.domains, ...publicSuffixes];
  const usable = [...owned, ...excepted('not-owned')];

  vendor.domains.forEach((domain, i) => {
    if (isPublicSuffix(domain))
      problems.push({ field: `domains.${i}`, message: `"${domain}" is a public suffix, not a domain anyone owns` });
    else if (registrableDomain(domain) !== domain) {
      problems.push({
        field: `domains.${i}`,
        message: `"${domain}" is not a registrable domain (declare ${registrableDomain(domain) ?? 'its domain'})`,
      });
    }
  });
  exceptions.forEach((exception, i) => {
    const field = `domainExceptions.${i}.domain`;
    if (exception.allow === 'public-suffix' && !isPublicSuffix(exception.domain)) {
      problems.push({ field, message: `"${exception.domain}" is not a public suffix; declare it in "domains"` });
    }
    if (exception.allow === 'not-owned' && registrableDomain(exception.domain) !== exception.domain) {
      problems.push({ field, message: `"${exception.domain}" is not a registrable domain` });
    }
    if (exception.allow === 'punycode' && !exception.domain.split('.').some((label) => label.startsWith('xn--'))) {
      problems.push({ field, message: `"${exception.domain}" has no punycode label` });
    }
  });

  for (const { field, host } of matchedHosts(vendor)) {
    const wildcard = host.startsWith('*.');
    const name = wildcard ? host.slice(2) : host;
    problems.push(...readableHostProblems(field, name, excepted('punycode')));
    if (wildcard && isPublicSuffix(name) && !publicSuffixes.includes(name)) {
      problems.push({
        field,
        message: `"${host}" is a wildcard on the public suffix "${name}": anyone can register a site under it`,
      });
    } else if (!owned.some((domain) => under(name, domain))) {
      problems.push({ field, message: `"${host}" is not under the vendor's domains (${owned.join(', ')})` });
    }
  }

  for (const { field, host } of destinationHosts(vendor)) {
    problems.push(...readableHostProblems(field, host, excepted('punycode')));
    if (!usable.some((domain) => under(host, domain))) {
      problems.push({ field, message: `${host} is not under the vendor's domains (${usable.join(', ')})` });
    }
  }
  return problems;
}

/** Punycode only where a reasoned exception allows it, and never mixing look-alike scripts. */
function readableHostProblems(field: string, host: string, allowedPunycode: readonly string[]): Problem[] {
  if (!host.split('.').some((label) => label.startsWith('xn--'))) return [];
  const unicode = domainToUnicode(host);
  if (!allowedPunycode.some((domain) => under(host, domain))) {
    return [
      {
        field,
        message: `"${host}" (${unicode || 'undecodable'}) is punycode; allow it with a "punycode" domain exception and a reason`,
      },
    ];
  }
  const scripts = confusableScripts(unicode);
  return scripts.length > 1
    ? [{ field, message: `"${host}" (${unicode}) mixes ${scripts.join(' and ')} letters` }]
    : [];
}

/** The hosts NoTrain matches tabs against: it reads their URLs and runs its script there. */
function matchedHosts(vendor: Vendor): { field: string; host: string }[] {
  const { match } = vendor;
  return [
    ...match.hosts.map((host, i) => ({ field: `match.hosts.${i}`, host })),
    ...match.workspaces.map((rule, i) => ({
      field: `match.workspaces.${i}.${rule.from === 'subdomain' ? 'parent' : 'host'}`,
      host: rule.from === 'subdomain' ? rule.parent : rule.host,
    })),
    ...match.pages.flatMap((page, i) => page.hosts.map((host, j) => ({ field: `match.pages.${i}.hosts.${j}`, host }))),
    ...(match.dialogs ?? []).flatMap((dialog, i) =>
      dialog.hosts.map((host, j) => ({ field: `match.dialogs.${i}.hosts.${j}`, host })),
    ),
  ];
}

/** Where NoTrain sends people: links it opens, addresses it drafts mail to, pages it calls the vendor's own. */
function destinationHosts(vendor: Vendor): { field: string; host: string }[] {
  const hostOf = (url: string) => new URL(url.replaceAll('{workspace-id}', 'id')).hostname;
  const destinations = [{ field: 'policyUrl', host: hostOf(vendor.policyUrl) }];
  vendor.optOut.methods.forEach((method, i) => {
    if (method.kind === 'email')
      destinations.push({
        field: `optOut.methods.${i}.to`,
        host: method.to.slice(method.to.lastIndexOf('@') + 1).toLowerCase(),
      });
    else if (method.url) destinations.push({ field: `optOut.methods.${i}.url`, host: hostOf(method.url) });
    // `{workspace-host}` is filled with a host classifyTab rebuilt from the vendor's own matching rules.
    if (
      method.kind === 'settings' &&
      method.workspaceUrl &&
      !method.workspaceUrl.startsWith('https://{workspace-host}/')
    ) {
      destinations.push({ field: `optOut.methods.${i}.workspaceUrl`, host: hostOf(method.workspaceUrl) });
    }
  });
  for (const [key, source] of Object.entries(vendor.sources)) {
    if (source.publisher === 'vendor') destinations.push({ field: `sources.${key}.url`, host: hostOf(source.url) });
  }
  return destinations;
}

/**
 * A host or domain naming another vendor under a domain this vendor does not
 * own: `slack.evil.example`, `slack-help.example`. `labelOwners` maps each
 * vendor domain's first label ("slack") to the records that own it.
 */
export function borrowedNameProblems(vendor: Vendor, labelOwners: ReadonlyMap<string, readonly string[]>): Problem[] {
  const ownLabels = new Set(vendor.domains.map(domainLabel));
  const names = [
    ...vendor.domains.map((host, i) => ({ field: `domains.${i}`, host })),
    ...matchedHosts(vendor),
    ...destinationHosts(vendor),
  ];
  return names.flatMap(({ field, host }) => {
    const labels = host.replace(/^\*\./, '').split('.');
    const words = [...labels, ...labels.flatMap((label) => label.split('-'))];
    const borrowed = words.find(
      (word) => !ownLabels.has(word) && (labelOwners.get(word) ?? []).some((id) => id !== vendor.id),
    );
    return borrowed
      ? [
          {
            field,
            message: `"${host}" names ${borrowed}, a domain of ${labelOwners
              .get(borrowed)
              ?.filter((id) => id !== vendor.id)
              .join(', ')}, under a domain this vendor does not own`,
          },
        ]
      : [];
  });
}

/** `slack` for `slack.com`, `microsoft` for `cloud.microsoft`'s owner `microsoft.com`. */
export function domainLabel(domain: string): string {
  return parse(domain, PSL).domainWithoutSuffix ?? domain;
}
