/**
 * Generated settings pages for the page-safety tests and the benchmark: a
 * large admin console (thousands of rows, each a label and a checkbox, the
 * real AI-training switch last) and hostile variants. One generator, so the
 * browser tests and `npm run bench` load the same pages.
 */

export const AI_LABEL = 'Use my data for training content creation AI models';

const STYLE = `body { margin: 0; font: 14px/1.4 system-ui, sans-serif; }
.row { display: flex; gap: 12px; align-items: center; padding: 2px 8px; }
[role="switch"] { width: 40px; height: 24px; border-radius: 12px; border: 0; background: #01754f; }
[role="switch"][aria-checked="false"] { background: #8c8c8c; }`;

const CLICK = `document.addEventListener('click', function (e) {
  var sw = e.target instanceof Element ? e.target.closest('[role="switch"]') : null;
  if (sw) sw.setAttribute('aria-checked', sw.getAttribute('aria-checked') === 'true' ? 'false' : 'true');
});`;

const page = (title: string, body: string) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${title}</title><style>${STYLE}</style></head>
<body>${body}<script>${CLICK}</script></body></html>`;

const realSwitch = () => `<section class="row"><h3 id="gai-toggle-label">${AI_LABEL}</h3>
<button type="button" role="switch" aria-checked="true" aria-labelledby="gai-toggle-label" data-fixture="target"></button></section>`;

/** `rows` settings rows, each a `<label for>` and a checkbox, then the real switch. */
export function manyRowsPage(rows: number): string {
  const parts: string[] = [];
  for (let i = 0; i < rows; i++) {
    parts.push(
      `<div class="row"><label for="s${i}">Member ${i}: notify on new channel ${i % 97}</label><input type="checkbox" id="s${i}"${i % 3 ? ' checked' : ''}></div>`,
    );
  }
  return page(
    'Members | Admin',
    `<main><h1>Members</h1><div id="rows">${parts.join('\n')}</div>${realSwitch()}</main>`,
  );
}

/**
 * Every DOM property and method a content script might touch, as names of
 * form inputs and named elements: with whatwg/html#4458, `form.parentElement`
 * is then an `<input>` in NoTrain's isolated world too.
 */
export const CLOBBERED_NAMES = [
  'parentElement',
  'parentNode',
  'closest',
  'attributes',
  'getAttribute',
  'hasAttribute',
  'matches',
  'textContent',
  'querySelector',
  'querySelectorAll',
  'contains',
  'getBoundingClientRect',
  'checkVisibility',
  'children',
  'childNodes',
  'firstChild',
  'nextSibling',
  'nodeType',
  'nodeName',
  'localName',
  'tagName',
  'id',
  'ownerDocument',
  'isConnected',
  'labels',
  'control',
  'htmlFor',
  'after',
  'append',
  'remove',
  'addEventListener',
  'compareDocumentPosition',
  'style',
  'hidden',
  'inert',
  'lang',
  'checked',
  'dataset',
  'shadowRoot',
  'attachShadow',
  'offsetParent',
  'getRootNode',
] as const;

/** Names that shadow `document` members: `<img name="body">` makes `document.body` that image. */
export const DOCUMENT_NAMES = [
  'body',
  'title',
  'documentElement',
  'querySelector',
  'querySelectorAll',
  'getElementById',
  'createElement',
  'createTreeWalker',
  'elementFromPoint',
  'defaultView',
  'head',
  'forms',
  'activeElement',
] as const;

/** One part of a generated clobbering page: a `<form>` (whose inputs shadow DOM members) or a section. */
export interface ClobberSegment {
  form: boolean;
  hiddenDecoy: boolean;
  otherRows: number;
  depth: number;
}

const switchRow = (id: string, label: string, fixture: string) =>
  `<div class="row"><h3 id="l-${id}">${label}</h3><button type="button" role="switch" aria-checked="true" aria-labelledby="l-${id}" data-fixture="${fixture}"></button></div>`;

/**
 * A settings page of `segments`, the real switch in segment `realAt`; each
 * form holds hidden inputs named `formNames`, and the document images named
 * `documentNames`.
 */
export function clobberedPage(
  segments: readonly ClobberSegment[],
  realAt: number,
  formNames: readonly string[],
  documentNames: readonly string[],
): string {
  const inputs = formNames.map((name) => `<input type="hidden" name="${name}" value="x">`).join('');
  const parts = segments.map((segment, s) => {
    let inner = '';
    for (let r = 0; r < segment.otherRows; r++) inner += `<label><input type="checkbox"> Notify me ${s}.${r}</label>`;
    if (segment.hiddenDecoy) inner += `<div hidden>${switchRow(`d${s}`, AI_LABEL, 'decoy')}</div>`;
    if (s === realAt) inner += switchRow('real', AI_LABEL, 'target');
    for (let d = 0; d < segment.depth; d++) inner = `<div>${inner}</div>`;
    return segment.form
      ? `<form name="f${s}" onsubmit="return false">${inputs}${inner}</form>`
      : `<section>${inner}</section>`;
  });
  const named = documentNames.map((name) => `<img name="${name}" alt="" width="1" height="1">`).join('');
  return page(
    'Data for Generative AI Improvement | LinkedIn',
    `${named}<main><h1>Data for Generative AI Improvement</h1>${parts.join('')}</main>`,
  );
}

/** Every name at once: a hidden decoy in one clobbered form, the real switch three levels deep in another. */
export function clobberingPage(): string {
  const segments = [
    { form: true, hiddenDecoy: true, otherRows: 2, depth: 0 },
    { form: true, hiddenDecoy: false, otherRows: 1, depth: 3 },
  ];
  return clobberedPage(segments, 1, CLOBBERED_NAMES, DOCUMENT_NAMES);
}

/** A copy of the switch at `opacity: 0.05` (on an ancestor) before the real one. */
export function faintDecoyPage(): string {
  const decoy = `<div style="opacity: 0.2"><div style="opacity: 0.25"><div class="row"><h3 id="faint-label">${AI_LABEL}</h3>
<button type="button" role="switch" aria-checked="true" aria-labelledby="faint-label" data-fixture="decoy"></button></div></div></div>`;
  return page('Data for Generative AI Improvement | LinkedIn', `<main>${decoy}${realSwitch()}</main>`);
}

/** A label wrapped in RIGHT-TO-LEFT OVERRIDE (it renders reversed) before the real one. */
export function bidiDecoyPage(): string {
  const decoy = `<div class="row"><h3 id="rlo-label">\u202E${AI_LABEL}\u202C</h3>
<button type="button" role="switch" aria-checked="true" aria-labelledby="rlo-label" data-fixture="decoy"></button></div>`;
  return page('Data for Generative AI Improvement | LinkedIn', `<main>${decoy}${realSwitch()}</main>`);
}
