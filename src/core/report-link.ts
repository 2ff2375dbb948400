/**
 * "Something wrong in this record?": a pre-filled email or new-issue link
 * naming the vendor, the record's review date and NoTrain's version. The
 * user sends it, or not; NoTrain sends nothing. Where to send it comes from
 * package.json (`bugs.email`, else `bugs.url` or the repository's issues), and
 * there is no link when the project names neither.
 */
import type { Translate } from './i18n.ts';

export interface ReportContact {
  /** An address for reports, from package.json `bugs.email`. */
  readonly email?: string | undefined;
  /** The repository's new-issue page (`https://github.com/<owner>/<repo>/issues/new`). */
  readonly issues?: string | undefined;
}

const EMAIL = /^[^\s@,?&%]+@[^\s@,?&%]+\.[a-z]{2,}$/i;

export function reportHref(
  contact: ReportContact,
  record: { readonly name: string; readonly reviewed: string },
  version: string,
  t: Translate,
): string | undefined {
  const title = t('reportSubject', [record.name, record.reviewed, version]);
  if (contact.email && EMAIL.test(contact.email)) return `mailto:${contact.email}?subject=${encodeURIComponent(title)}`;
  try {
    const url = new URL(contact.issues ?? '');
    if (url.protocol !== 'https:' || url.username || url.password || url.port || url.search || url.hash)
      return undefined;
    return `${url.href}?title=${encodeURIComponent(title)}`;
  } catch {
    return undefined;
  }
}

/** The contact a package.json names, if any: read at build time (build/vendor-data-plugin.ts). */
export function contactOf(pkg: { bugs?: unknown; repository?: unknown }): ReportContact {
  const bugs =
    typeof pkg.bugs === 'string'
      ? { url: pkg.bugs }
      : typeof pkg.bugs === 'object' && pkg.bugs !== null
        ? (pkg.bugs as Record<string, unknown>)
        : {};
  const repo =
    typeof pkg.repository === 'string'
      ? pkg.repository
      : typeof pkg.repository === 'object' && pkg.repository !== null
        ? (pkg.repository as Record<string, unknown>).url
        : undefined;
  const repoIssues =
    typeof repo === 'string' && /^(?:git\+)?https:\/\/github\.com\/[\w.-]+\/[\w.-]+?(?:\.git)?$/.test(repo)
      ? `${repo.replace(/^git\+/, '').replace(/\.git$/, '')}/issues/new`
      : undefined;
  const issues =
    typeof bugs.url === 'string' ? bugs.url.replace(/\/?$/, bugs.url.endsWith('/issues') ? '/new' : '') : repoIssues;
  return { ...(typeof bugs.email === 'string' ? { email: bugs.email } : {}), ...(issues ? { issues } : {}) };
}
