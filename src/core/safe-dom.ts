/**
 * DOM reads a page cannot redirect. A page can shadow any property of a
 * `<form>` or of `document` with a named element: `<input name="parentElement">`
 * makes `form.parentElement` that input, in NoTrain's isolated world too
 * (whatwg/html#4458), and `<img name="body">` does the same to `document.body`.
 * A walk up `parentElement` can then loop forever. So every read goes through
 * the getter or method on the prototype, captured once when the script
 * starts, and called on the node: named properties live on the instance and
 * never reach it.
 *
 * Pure: the realm (the content script's `globalThis`, or a test window) is
 * passed in, so this runs on fixture documents in Node as well.
 */

/** The interface objects the reader captures its getters and methods from. */
export interface Realm {
  Node: { prototype: object };
  Element: { prototype: object };
  Document: { prototype: object };
  CharacterData: { prototype: object };
  HTMLInputElement: { prototype: object };
  EventTarget: { prototype: object };
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
/** NodeFilter.SHOW_ELEMENT. */
export const SHOW_ELEMENT = 0x1;

export interface SafeDom {
  parent(node: Node): Node | null;
  nodeType(node: Node): number;
  isConnected(node: Node): boolean;
  localName(element: Element): string;
  attr(element: Element, name: string): string | null;
  closest(element: Element, selector: string): Element | null;
  matches(element: Element, selector: string): boolean;
  contains(node: Node, other: Node): boolean;
  /** Negative when `a` comes first in the document. */
  order(a: Node, b: Node): number;
  data(text: Node): string;
  checked(element: Element): boolean | undefined;
  byId(doc: Document, id: string): Element | null;
  documentElement(doc: Document): Element | null;
  body(doc: Document): HTMLElement | null;
  title(doc: Document): string;
  createElement<K extends keyof HTMLElementTagNameMap>(doc: Document, name: K): HTMLElementTagNameMap[K];
  /** `root.querySelector(selector)` by the prototype's method: the first match, found natively. */
  query(root: Element, selector: string): Element | null;
  /** The text of `node` (all of it: cap what you keep), read natively. */
  textContent(node: Node): string;
  /** `node.childNodes`: a live list the page cannot shadow (it is the browser's, reached by the getter). */
  children(node: Node): ArrayLike<Node>;
  /** Length of the text of `parent`'s children `from` (inclusive) to `to` (exclusive), without building a wrapper per child where the realm allows. */
  spanLength(doc: Document, parent: Node, from: number, to: number): number;
  /** `root.querySelectorAll(selector)` by the prototype's method: a static list in document order, found natively. */
  queryAll(root: Element | Document, selector: string): ArrayLike<Element>;
  /** A TreeWalker: it walks the real tree in the browser, never a page-defined property. */
  walker(doc: Document, root: Node, show: number): TreeWalker;
  rect(element: Element): DOMRect;
  checkVisibility(element: Element, options: CheckVisibilityOptions): boolean;
  hitAt(doc: Document, x: number, y: number): Element | null;
  after(node: Element, inserted: Node): void;
  append(parent: Element, inserted: Node): void;
  listen(target: EventTarget, type: string, listener: () => void, options: AddEventListenerOptions): void;
}

type Fn = (...args: never[]) => unknown;
const apply = Reflect.apply;
const describe = Object.getOwnPropertyDescriptor;
const protoOf = Object.getPrototypeOf;

function find(proto: object, name: string): PropertyDescriptor {
  for (let at: object | null = proto; at; at = protoOf(at) as object | null) {
    const found = describe(at, name);
    if (found) return found;
  }
  throw new Error(`NoTrain: no ${name} on this realm's prototypes`);
}

function getter<T>(proto: object, name: string): (self: object) => T {
  // A getter as a plain function: it is only ever applied to a node, never called on the descriptor.
  const descriptor: { readonly get?: (this: object) => unknown } = find(proto, name);
  const get = descriptor.get;
  if (!get) throw new Error(`NoTrain: ${name} is not an accessor`);
  return (self) => apply(get, self, []) as T;
}

function method<A extends unknown[], R>(proto: object, name: string): (self: object, ...args: A) => R {
  const fn = find(proto, name).value as Fn;
  if (typeof fn !== 'function') throw new Error(`NoTrain: ${name} is not a method`);
  return (self, ...args) => apply(fn, self, args) as R;
}

/** Captures the reader from `realm`'s prototypes; call it once, before the page can run anything more. */
export function captureDom(realm: Realm): SafeDom {
  const node = realm.Node.prototype;
  const element = realm.Element.prototype;
  const document = realm.Document.prototype;
  const parent = getter<Node | null>(node, 'parentNode');
  const nodeType = getter<number>(node, 'nodeType');
  const isConnected = getter<boolean>(node, 'isConnected');
  const localName = getter<string>(element, 'localName');
  const getAttribute = method<[string], string | null>(element, 'getAttribute');
  const closest = method<[string], Element | null>(element, 'closest');
  const matches = method<[string], boolean>(element, 'matches');
  const contains = method<[Node], boolean>(node, 'contains');
  const position = method<[Node], number>(node, 'compareDocumentPosition');
  const data = getter<string>(realm.CharacterData.prototype, 'data');
  const checked = getter<boolean>(realm.HTMLInputElement.prototype, 'checked');
  const getElementById = method<[string], Element | null>(document, 'getElementById');
  const documentElement = getter<Element | null>(document, 'documentElement');
  const body = getter<HTMLElement | null>(document, 'body');
  const title = getter<string>(document, 'title');
  const queryOne = method<[string], Element | null>(element, 'querySelector');
  // Looked up from each kind's prototype: a test DOM may override Node's getter per subclass (browsers define it once, on Node).
  const elementText = getter<string | null>(element, 'textContent');
  const characterText = getter<string | null>(realm.CharacterData.prototype, 'textContent');
  const textContent = (n: Node) =>
    nodeType(n) === ELEMENT_NODE ? elementText(n) : nodeType(n) === TEXT_NODE ? characterText(n) : '';
  const elementChildren = getter<ArrayLike<Node>>(element, 'childNodes');
  const documentChildren = getter<ArrayLike<Node>>(document, 'childNodes');
  const childNodes = (n: Node): ArrayLike<Node> =>
    nodeType(n) === ELEMENT_NODE ? elementChildren(n) : nodeType(n) === 9 ? documentChildren(n) : [];
  const createRange = method<[], Range>(document, 'createRange');
  const sumOfChildren = (parent: Node, from: number, to: number) => {
    const kids = childNodes(parent);
    let length = 0;
    for (let i = from; i < to; i++) length += (textContent(kids[i] as Node) ?? '').length;
    return length;
  };
  // Range.toString reads a span of children's text natively; happy-dom's returns '' for parsed documents.
  const createElement = method<[string], HTMLElement>(document, 'createElement');
  const rangeWorks = new WeakMap<Document, boolean>();
  const rangeWorksIn = (doc: Document) => {
    let works = rangeWorks.get(doc);
    if (works === undefined) {
      const probe = createElement(doc, 'p');
      probe.append('ab', 'c');
      const range = createRange(doc);
      range.setStart(probe, 0);
      range.setEnd(probe, 1);
      works = range.toString() === 'ab';
      rangeWorks.set(doc, works);
    }
    return works;
  };
  const queryElement = method<[string], ArrayLike<Element>>(element, 'querySelectorAll');
  const queryDocument = method<[string], ArrayLike<Element>>(document, 'querySelectorAll');
  const createTreeWalker = method<[Node, number], TreeWalker>(document, 'createTreeWalker');
  const rect = method<[], DOMRect>(element, 'getBoundingClientRect');
  const checkVisibility = method<[CheckVisibilityOptions], boolean>(element, 'checkVisibility');
  const hitAt = method<[number, number], Element | null>(document, 'elementFromPoint');
  const after = method<[Node], void>(element, 'after');
  const append = method<[Node], void>(element, 'append');
  const addEventListener = method<[string, () => void, AddEventListenerOptions], void>(
    realm.EventTarget.prototype,
    'addEventListener',
  );
  return {
    parent,
    nodeType,
    isConnected,
    localName,
    attr: getAttribute,
    closest,
    matches,
    contains,
    // DOCUMENT_POSITION_FOLLOWING (4): `b` follows `a`.
    order: (a, b) => (a === b ? 0 : position(a, b) & 4 ? -1 : 1),
    data,
    checked: (el) => (localName(el) === 'input' ? checked(el) : undefined),
    byId: getElementById,
    documentElement,
    body,
    title,
    createElement: createElement as SafeDom['createElement'],
    query: queryOne,
    textContent: (n) => textContent(n) ?? '',
    children: childNodes,
    spanLength: (doc, parent, from, to) => {
      if (!rangeWorksIn(doc)) return sumOfChildren(parent, from, to);
      const range = createRange(doc);
      range.setStart(parent, from);
      range.setEnd(parent, to);
      return range.toString().length;
    },
    queryAll: (root, selector) =>
      nodeType(root) === ELEMENT_NODE ? queryElement(root, selector) : queryDocument(root, selector),
    walker: createTreeWalker,
    rect,
    checkVisibility,
    hitAt,
    after,
    append,
    listen: addEventListener,
  };
}
