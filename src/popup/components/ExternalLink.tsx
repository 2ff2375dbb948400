import type { ComponentChildren } from 'preact';
import { allowedHref } from '../../core/links.ts';

/**
 * The only way the popup links out: https only (vendor data is validated for
 * that at build time; this guards the render too), a new tab, and no referrer
 * or opener handed to the vendor's page.
 */
export function ExternalLink({
  href,
  children,
  class: className,
  testId,
  onClick,
}: {
  href: string;
  children: ComponentChildren;
  class?: string;
  testId?: string;
  /** Runs as the link opens (the tracker notes an opened settings page or form). */
  onClick?: (() => void) | undefined;
}) {
  const safe = allowedHref(href);
  if (!safe?.startsWith('https:')) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={safe} target="_blank" rel="noreferrer noopener" onClick={onClick} data-testid={testId}>
      {children}
    </a>
  );
}
