/**
 * NoTrain's notes on a vendor page (the mark beside a settings control, and
 * the notice in the corner): each a closed shadow root on a plain host
 * element, so the page's CSS cannot restyle it and the page's scripts cannot
 * read it. Text only (no markup from strings), no resources loaded by URL, and
 * no control that changes anything on the page. Its text carries no bidi or
 * control characters, whatever a translation or a record holds. Page
 * elements are reached through `dom` only (the page may clobber them).
 */
import type { TextPart } from '../core/lang-parts.ts';
import { allowedHref } from '../core/links.ts';
import { stripUnsafe } from '../core/page-text.ts';
import { dom } from './dom.ts';

const STYLE = `
:host { all: initial; }
.box { display: inline-block; box-sizing: border-box; max-width: 360px; margin: 4px 0 4px 8px; padding: 6px 10px;
  border: 1px solid #8a5a00; border-left-width: 4px; border-radius: 6px; background: #fff8e1; color: #1f1f1f;
  font: 12px/1.4 system-ui, sans-serif; vertical-align: middle; }
.box[data-reading='opted-out'] { border-color: #146c2e; background: #e6f4ea; }
.notice { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; margin: 0; box-shadow: 0 2px 8px rgb(0 0 0 / 0.25); }
.tag { font-weight: 700; margin-right: 4px; }
.now { display: block; font-weight: 600; }
a { color: #0b57d0; }
button { margin-left: 8px; font: inherit; cursor: pointer; }
`;

export interface MarkContent {
  /** The language NoTrain's text is in (the user's), not the page's: a screen reader reads it in that voice. */
  lang: string;
  what: string;
  how: string;
  now: string;
  reading: string;
  sourceLabel: string;
  sourceUrl: string;
}

/** A mark or a notice, as placed on the page. */
export interface Note {
  readonly host: HTMLElement;
  update(content: MarkContent): void;
  remove(): void;
}

function shell(kind: 'mark' | 'notice', lang: string): { host: HTMLElement; box: HTMLElement } {
  const host = dom.createElement(document, 'span');
  host.setAttribute('data-notrain', kind);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = dom.createElement(document, 'style');
  style.textContent = STYLE;
  const box = dom.createElement(document, 'span');
  box.className = kind === 'notice' ? 'box notice' : 'box';
  box.setAttribute('role', 'note');
  // The host sits in the page, whose lang (German, say) the note would otherwise inherit.
  box.setAttribute('lang', safeLang(lang));
  shadow.append(style, box);
  return { host, box };
}

/** A BCP 47 tag of letters, digits and hyphens, else none: the attribute never carries anything else. */
const safeLang = (lang: string) => (/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/u.test(lang) ? lang : '');

const span = (className: string, text: string) => {
  const element = dom.createElement(document, 'span');
  element.className = className;
  element.textContent = stripUnsafe(text);
  return element;
};

function link(text: string, href: string): HTMLElement {
  // Only links from NoTrain's own data or drafter, never from the page.
  const safe = allowedHref(href);
  if (!safe) return span('', text);
  const a = dom.createElement(document, 'a');
  a.href = safe;
  a.target = '_blank';
  a.rel = 'noreferrer noopener';
  a.textContent = stripUnsafe(text);
  return a;
}

/** The mark beside a control; placed after the control's own label, so clicking it never toggles anything. */
export function attachMark(control: Element, content: MarkContent): Note {
  const { host, box } = shell('mark', content.lang);
  const render = (c: MarkContent) => {
    box.dataset.reading = c.reading;
    // No aria-label: the note's own text is what a screen reader reads, once.
    box.replaceChildren(
      span('tag', 'NoTrain'),
      span('', `${c.what} ${c.how} `),
      link(c.sourceLabel, c.sourceUrl),
      span('now', c.now),
    );
  };
  render(content);
  dom.after(dom.closest(control, 'label') ?? control, host);
  return { host, update: render, remove: () => host.remove() };
}

/**
 * A small notice in the page's corner: the control was not found, or the way
 * out is by email. A landmark named NoTrain (screen readers list it), whose
 * text arrives in a polite live region after the region is in the page, so
 * it is announced; it sits last in the Tab order, Dismiss included.
 */
export function showNotice(
  text: readonly TextPart[],
  lang: string,
  action: { label: string; href: string } | undefined,
  dismissLabel: string,
  onDismiss?: () => void,
): Note {
  const { host, box } = shell('notice', lang);
  box.setAttribute('role', 'region');
  box.setAttribute('aria-label', 'NoTrain');
  const status = dom.createElement(document, 'span');
  status.setAttribute('role', 'status');
  const dismiss = dom.createElement(document, 'button');
  dismiss.type = 'button';
  dismiss.textContent = stripUnsafe(dismissLabel);
  dismiss.addEventListener('click', () => {
    host.remove();
    onDismiss?.();
  });
  box.append(span('tag', 'NoTrain'), status, ...(action ? [link(action.label, action.href)] : []), dismiss);
  const root = dom.documentElement(document);
  if (root) dom.append(root, host);
  // After the region is in the page, so that screen readers announce the text.
  // Quoted record text (an English label in a German sentence) is read in its own language.
  setTimeout(() => {
    status.replaceChildren(
      ...text.map((part) => {
        // Cleaned like all of the note's text, but a run keeps the space that separates it from the next.
        const run = span('', part.text);
        run.textContent = `${/^\s/u.test(part.text) ? ' ' : ''}${run.textContent}${/\s$/u.test(part.text) ? ' ' : ''}`;
        if (part.lang) run.setAttribute('lang', safeLang(part.lang));
        return run;
      }),
      ' ',
    );
  }, 100);
  return { host, update: () => {}, remove: () => host.remove() };
}
