/**
 * The prerendered popup's boot script (`assets/popup-boot.js`): it imports the interactive popup only once the
 * first contentful paint is on screen, so the app's parse and render can never delay that paint; and it still
 * imports the app, once, when the browser reports no paint.
 */
import { runInNewContext } from 'node:vm';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BOOT_FALLBACK_MS, bootScript } from '../../build/prerender-popups-plugin.ts';

const APP = '/assets/popup-app-test.js';

type PaintEntries = { getEntriesByName(name: string): unknown[] };
type Observer = (entries: PaintEntries, observer: { disconnect(): void }) => void;

/** Runs the boot script against a fake page: its paint observer, frames, load event and the app's import. */
function boot({ paintTimed = true, loaded = false } = {}) {
  const imports: string[] = [];
  const marks: string[] = [];
  const observers: { callback: Observer; options: unknown; connected: boolean }[] = [];
  const frames: (() => void)[] = [];
  const loadListeners: (() => void)[] = [];
  class FakeObserver {
    static supportedEntryTypes = paintTimed ? ['paint', 'navigation'] : ['navigation'];
    private readonly record: { callback: Observer; options: unknown; connected: boolean };
    constructor(callback: Observer) {
      this.record = { callback, options: undefined, connected: false };
      observers.push(this.record);
    }
    observe(options: unknown) {
      this.record.options = options;
      this.record.connected = true;
    }
  }
  // `import()` is syntax: the test's copy of the script calls a function in its place.
  const source = bootScript(APP).replace(`import(${JSON.stringify(APP)})`, `load(${JSON.stringify(APP)})`);
  expect(source).not.toContain('import(');
  runInNewContext(source, {
    PerformanceObserver: FakeObserver,
    requestAnimationFrame: (frame: () => void) => frames.push(frame),
    setTimeout: (task: () => void, ms: number) => setTimeout(task, ms),
    document: { readyState: loaded ? 'complete' : 'interactive' },
    addEventListener: (type: string, listener: () => void) => type === 'load' && loadListeners.push(listener),
    load: (url: string) => imports.push(url),
    performance: { mark: (name: string) => marks.push(name) },
  });
  const paint = (...names: string[]) => {
    for (const observer of observers.filter((o) => o.connected)) {
      observer.callback(
        { getEntriesByName: (name) => names.filter((n) => n === name) },
        { disconnect: () => (observer.connected = false) },
      );
    }
  };
  return {
    imports,
    marks,
    observers,
    paint,
    fireLoad: () => loadListeners.splice(0).forEach((listener) => listener()),
    nextFrame: () => frames.splice(0).forEach((frame) => frame()),
  };
}

describe('the prerendered popup boot script', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('watches paint entries, buffered, so a paint before the script ran still counts', () => {
    const page = boot();
    expect(page.observers.map((o) => o.options)).toEqual([{ type: 'paint', buffered: true }]);
  });

  it('does not import the app at load and a frame while the first contentful paint is not on screen', () => {
    const page = boot();
    page.fireLoad();
    page.nextFrame();
    vi.advanceTimersByTime(BOOT_FALLBACK_MS - 1);
    page.paint('first-paint');
    vi.advanceTimersByTime(0);
    expect(page.imports).toEqual([]);
  });

  it('imports the app in a task after the first contentful paint, and only once', () => {
    const page = boot();
    page.paint('first-paint', 'first-contentful-paint');
    expect(page.imports).toEqual([]);
    vi.advanceTimersByTime(0);
    expect(page.imports).toEqual([APP]);
    expect(page.marks).toEqual(['notrain:app-requested']);
    expect(page.observers.every((o) => !o.connected)).toBe(true);
    page.fireLoad();
    page.nextFrame();
    vi.advanceTimersByTime(BOOT_FALLBACK_MS * 4);
    expect(page.imports).toEqual([APP]);
  });

  it('still imports the app when no paint is ever reported, after load, a frame and the fallback delay', () => {
    const page = boot();
    page.fireLoad();
    page.nextFrame();
    vi.advanceTimersByTime(BOOT_FALLBACK_MS - 1);
    expect(page.imports).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(page.imports).toEqual([APP]);
  });

  it('imports right after load and a frame in a browser without paint timing', () => {
    const page = boot({ paintTimed: false });
    expect(page.observers).toEqual([]);
    page.fireLoad();
    expect(page.imports).toEqual([]);
    page.nextFrame();
    vi.advanceTimersByTime(0);
    expect(page.imports).toEqual([APP]);
  });

  it('starts the fallback at once when the page had already loaded', () => {
    const page = boot({ loaded: true });
    page.nextFrame();
    vi.advanceTimersByTime(BOOT_FALLBACK_MS);
    expect(page.imports).toEqual([APP]);
  });
});
