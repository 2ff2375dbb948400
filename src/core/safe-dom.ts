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
/** NodeFilter.SHOW_ELEMENT and SHOW_TEXT. */
export const SHOW_ELEMENT = 0x1;
export const SHOW_TEXT = 0x4;

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
  title(doc: Document): string;
  createElement<K extends keyof HTMLElementTagNameMap>(doc: Document, name: K): HTMLElementTagNameMap[K];
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
  const get = find(proto, name).get;
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
  const title = getter<string>(document, 'title');
  const createElement = method<[string], HTMLElement>(document, 'createElement');
  const createTreeWalker = method<[Node, number], TreeWalker>(document, 'createTreeWalker');
  const rect = method<[], DOMRect>(element, 'getBoundingClientRect');
  const checkVisibility = method<[CheckVisibilityOptions], boolean>(element, 'checkVisibility');
  const hitAt = method<[number, number], Element | null>(document, 'elementFromPoint');
  const after = method<[Node], void>(element, 'after');
  const append = method<[Node], void>(element, 'append');
  const addEventListener = method<[string, () => void, AddEventListenerOptions], void>(realm.EventTarget.prototype, 'addEventListener');
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
    title,
    createElement: createElement as SafeDom['createElement'],
    walker: createTreeWalker,
    rect,
    checkVisibility,
    hitAt,
    after,
    append,
    listen: addEventListener,
  };
}
