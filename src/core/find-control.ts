/**
 * Finds a settings control the way a person does: by the text that labels it
 * (its `aria-labelledby` or `aria-label`, its `<label>`, or the text of the
 * row it sits in) and by what it is (a switch or a checkbox), never by the
 * vendor's class names, which change with every release.
 *
 * Pure over the DOM it is handed: no globals, no browser API, so it runs on a
 * live page in the content script and on fixture documents in the tests.
 * Visibility needs layout, so the caller decides it.
 */

export type ControlState = 'on' | 'off' | 'unknown';

export interface FoundControl {
  readonly control: Element;
  /** Which of the wanted labels named it, as given. */
  readonly label: string;
  readonly state: ControlState;
  /** How the label was found: an explicit name beats the text of the surrounding row. */
  readonly via: 'name' | 'row';
}

const CONTROLS = '[role="switch"], [role="checkbox"], input[type="checkbox"], button[aria-pressed]';
/** How far up from a control its row may be; real settings rows are a few levels deep. */
const MAX_ROW_DEPTH = 5;

export const normalizeText = (text: string) => text.replace(/\s+/gu, ' ').trim().toLocaleLowerCase('en');

export function findControl(
  root: ParentNode & { getElementById?(id: string): Element | null },
  labels: readonly string[],
  isUsable: (element: Element) => boolean = () => true,
): FoundControl | undefined {
  // A label with a placeholder ("Prevent third-party sharing for [your blog name]") is matched by its fixed text.
  const wanted = labels
    .map((label) => ({ label, normal: normalizeText(label.replace(/\[[^\]]*\]/gu, ' ')) }))
    .filter((w) => w.normal !== '');
  if (wanted.length === 0) return undefined;
  const labelIn = (text: string | null | undefined) => {
    const normal = normalizeText(text ?? '');
    return normal === '' ? undefined : wanted.find((w) => normal.includes(w.normal))?.label;
  };
  let byRow: FoundControl | undefined;
  for (const control of Array.from(root.querySelectorAll(CONTROLS))) {
    const named = labelIn(accessibleName(control, root));
    if (named !== undefined && isUsable(control)) return found(control, named, 'name');
    const inRow = byRow ? undefined : labelIn(rowText(control));
    if (inRow !== undefined && isUsable(control)) byRow = found(control, inRow, 'row');
  }
  return byRow;
}

export function readState(control: Element): ControlState {
  const checked = control.getAttribute('aria-checked') ?? control.getAttribute('aria-pressed');
  if (checked === 'true') return 'on';
  if (checked === 'false') return 'off';
  if ('checked' in control && typeof control.checked === 'boolean') return control.checked ? 'on' : 'off';
  return 'unknown';
}

const found = (control: Element, label: string, via: FoundControl['via']): FoundControl => ({
  control,
  label,
  state: readState(control),
  via,
});

/** The name a screen reader would announce, from the explicit sources only. */
function accessibleName(control: Element, root: { getElementById?(id: string): Element | null }): string {
  const owner = control.ownerDocument;
  const byId = (id: string) => root.getElementById?.(id) ?? owner?.getElementById(id) ?? null;
  const labelledBy = control.getAttribute('aria-labelledby');
  if (labelledBy) {
    const text = labelledBy
      .split(/\s+/u)
      .map((id) => byId(id)?.textContent ?? '')
      .join(' ');
    if (text.trim()) return text;
  }
  const ariaLabel = control.getAttribute('aria-label');
  if (ariaLabel?.trim()) return ariaLabel;
  const labels = 'labels' in control ? (control.labels as ArrayLike<Element> | null) : null;
  if (labels && labels.length > 0) return Array.from(labels, (label) => label.textContent ?? '').join(' ');
  return control.closest('label')?.textContent ?? '';
}

/** The text of the nearest ancestor that holds this control and no other: its settings row. */
function rowText(control: Element): string {
  let row: Element | null = control.parentElement;
  for (let depth = 0; row && depth < MAX_ROW_DEPTH; depth++, row = row.parentElement) {
    if (row.querySelectorAll(CONTROLS).length > 1) return '';
    const text = row.textContent ?? '';
    if (text.trim()) return text;
  }
  return '';
}
