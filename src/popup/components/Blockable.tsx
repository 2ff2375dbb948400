import type { ComponentChildren } from 'preact';
import { allowedHref } from '../../core/links.ts';

/**
 * A button that a blank can block: while `blockedBy` names the element that
 * says why, it stays focusable and announced as unavailable (`aria-disabled`,
 * the reason as its description). A native `disabled` would drop it from the
 * Tab order, and the reason with it. The click still reaches `onClick`, which
 * must refuse on its own: it holds no draft while a blank is left.
 */
export function BlockableButton({
  blockedBy,
  onClick,
  class: className = 'button small',
  testId,
  label,
  children,
}: {
  blockedBy?: string | undefined;
  onClick: () => void;
  class?: string;
  testId: string;
  label?: string | undefined;
  children: ComponentChildren;
}) {
  return (
    <button
      type="button"
      class={className}
      aria-disabled={blockedBy ? 'true' : undefined}
      aria-describedby={blockedBy}
      aria-label={label}
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </button>
  );
}

/**
 * The primary mail action: a real link (the mail handler opens it, it can be
 * copied, keyboards reach it) once the draft is complete; until then, the same
 * words on a button that a blank blocks. Without `href` (the build-time page,
 * before the tab is known) the link has no address: nothing wrong to click.
 */
export function MailLink({
  href,
  blockedBy,
  onClick,
  testId,
  children,
}: {
  href?: string | undefined;
  blockedBy?: string | undefined;
  /** Runs as the link opens (the tracker notes a draft made or the owner asked). */
  onClick?: (() => void) | undefined;
  testId: string;
  children: ComponentChildren;
}) {
  if (blockedBy)
    return (
      <button
        type="button"
        class="button primary"
        aria-disabled="true"
        aria-describedby={blockedBy}
        data-testid={testId}
      >
        {children}
      </button>
    );
  return (
    <a
      class="button primary"
      {...(href !== undefined ? { href: allowedHref(href) ?? '' } : {})}
      target="_blank"
      rel="noreferrer noopener"
      onClick={onClick}
      data-testid={testId}
    >
      {children}
    </a>
  );
}
