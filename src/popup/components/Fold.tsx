import type { ComponentChildren } from 'preact';

/**
 * A closed fold, "Sources (6)", one line until opened. Its contents are in the
 * page, so a footnote link (`#source-2`) opens it: browsers expand a closed
 * <details> to show a fragment's target.
 */
export function Fold({
  id,
  label,
  children,
  testId,
}: {
  id?: string;
  label: string;
  children: ComponentChildren;
  testId?: string;
}) {
  return (
    <details class="fold" id={id} data-testid={testId}>
      <summary>{label}</summary>
      {children}
    </details>
  );
}
