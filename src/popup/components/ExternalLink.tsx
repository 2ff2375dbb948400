import type { ComponentChildren } from 'preact';

const isHttps = (href: string) => {
  try {
    return new URL(href).protocol === 'https:';
  } catch {
    return false;
  }
};

/**
 * The only way the popup links out: https only (vendor data is validated for
 * that at build time; this guards the render too), a new tab, and no referrer
 * or opener handed to the vendor's page.
 */
export function ExternalLink({ href, children, class: className }: { href: string; children: ComponentChildren; class?: string }) {
  if (!isHttps(href)) return <span class={className}>{children}</span>;
  return (
    <a class={className} href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  );
}
