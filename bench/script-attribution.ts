/**
 * How much main-thread script a page's renderer ran from one extension,
 * read from a Chromium trace. Script events (evaluating a content script,
 * compiling it, calling one of its functions) name the script's URL, so time
 * can be attributed exactly instead of estimated from the difference of two
 * noisy page loads.
 */

export interface TraceEvent {
  name: string;
  ph?: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean } };
}

/** Trace events that run or compile script and carry the script's URL. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.run',
]);

/** Renderer processes that committed a main-frame document from `origin` (the page under test). */
export function processesOfOrigin(events: readonly TraceEvent[], origin: string): Set<number> {
  const pids = new Set<number>();
  for (const event of events) {
    const data = event.args?.data;
    if (event.name === 'CommitLoad' && data?.isMainFrame && data.url?.startsWith(`${origin}/`)) pids.add(event.pid);
  }
  return pids;
}

/**
 * Spans of script from URLs starting with `scriptPrefix`, run in the given
 * processes (all processes when `pids` is undefined), in microseconds. An
 * event inside another counted event on the same thread (a compile inside an
 * evaluation) is merged into its parent's span.
 */
export function scriptSpans(events: readonly TraceEvent[], scriptPrefix: string, pids?: ReadonlySet<number>): number[] {
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        SCRIPT_EVENTS.has(e.name) &&
        (!pids || pids.has(e.pid)) &&
        e.args?.data?.url?.startsWith(scriptPrefix),
    )
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  const spans: number[] = [];
  let open: { pid: number; tid: number; end: number } | undefined;
  for (const event of ours) {
    const end = event.ts + (event.dur ?? 0);
    if (open && open.pid === event.pid && open.tid === event.tid && event.ts < open.end) {
      open.end = Math.max(open.end, end);
      continue;
    }
    spans.push(event.dur ?? 0);
    open = { pid: event.pid, tid: event.tid, end };
  }
  return spans;
}

/** Milliseconds of script from URLs starting with `scriptPrefix`, run in the given processes (see `scriptSpans`). */
export function scriptTimeFrom(
  events: readonly TraceEvent[],
  scriptPrefix: string,
  pids?: ReadonlySet<number>,
): number {
  return scriptSpans(events, scriptPrefix, pids).reduce((sum, span) => sum + span, 0) / 1000;
}

/** The longest single run of that script, in milliseconds: what it adds to the page's longest task. */
export function longestScriptMs(
  events: readonly TraceEvent[],
  scriptPrefix: string,
  pids?: ReadonlySet<number>,
): number {
  return Math.max(0, ...scriptSpans(events, scriptPrefix, pids)) / 1000;
}

/**
 * Milliseconds of tasks run on the service-worker thread of the extension
 * whose URLs start with `scriptPrefix`. A worker's trace events carry no
 * script URLs; its thread is named by a `TracingSessionIdForWorker` event
 * (or, without one, any thread named "ServiceWorker thread").
 */
export function workerTaskMs(events: readonly TraceEvent[], scriptPrefix: string): number {
  const key = (e: TraceEvent) => `${e.pid}/${e.tid}`;
  const ours = new Set(
    events
      .filter((e) => e.name === 'TracingSessionIdForWorker' && e.args?.data?.url?.startsWith(scriptPrefix))
      .map(key),
  );
  if (ours.size === 0) {
    for (const e of events)
      if (e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'ServiceWorker thread')
        ours.add(key(e));
  }
  const total = events
    .filter((e) => e.ph === 'X' && e.name === 'RunTask' && ours.has(key(e)))
    .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return total / 1000;
}
