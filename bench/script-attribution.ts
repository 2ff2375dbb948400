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
  /** Thread (CPU) time of an `X` event, where the platform records it. */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; isMainFrame?: boolean; functionName?: string } };
}

/** One uninterrupted run of an extension's script on one thread (nested script events merged in). */
export interface ScriptSpan {
  pid: number;
  tid: number;
  ts: number;
  /** Wall time, µs. */
  dur: number;
  /** Thread CPU time of the outermost event, µs (its wall time where the trace has none). */
  tdur: number;
  /** The outermost event: `EvaluateScript`, or `FunctionCall` with the function's name. */
  what: string;
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
export function scriptSpans(
  events: readonly TraceEvent[],
  scriptPrefix: string,
  pids?: ReadonlySet<number>,
): ScriptSpan[] {
  const ours = events
    .filter(
      (e) =>
        e.ph === 'X' &&
        SCRIPT_EVENTS.has(e.name) &&
        (!pids || pids.has(e.pid)) &&
        e.args?.data?.url?.startsWith(scriptPrefix),
    )
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  const spans: ScriptSpan[] = [];
  let open: { pid: number; tid: number; end: number } | undefined;
  for (const event of ours) {
    const end = event.ts + (event.dur ?? 0);
    if (open && open.pid === event.pid && open.tid === event.tid && event.ts < open.end) {
      open.end = Math.max(open.end, end);
      continue;
    }
    const name = event.args?.data?.functionName;
    spans.push({
      pid: event.pid,
      tid: event.tid,
      ts: event.ts,
      dur: event.dur ?? 0,
      tdur: event.tdur ?? event.dur ?? 0,
      what: name ? `${event.name} ${name}` : event.name,
    });
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
  return scriptSpans(events, scriptPrefix, pids).reduce((sum, span) => sum + span.dur, 0) / 1000;
}

/** The browser's own work that can run inside a script's call, by kind: what makes a long task long. */
const INSIDE_KINDS: Record<string, string> = {
  Layout: 'layout',
  UpdateLayoutTree: 'style',
  HitTest: 'hit test',
  MinorGC: 'GC',
  MajorGC: 'GC',
  'V8.GC_SCAVENGER': 'GC',
  'V8.GC_MC_BACKGROUND_MARKING': 'GC',
  ParseHTML: 'parse',
};

/** The longest span of the extension's script in one trace, in wall and thread (CPU) time, and what it was made of. */
export interface LongestRun {
  wallMs: number;
  cpuMs: number;
  /** The outermost event: `EvaluateScript`, or `FunctionCall` with the function's name. */
  what: string;
  /** The browser's layout, style, hit-test and GC work nested in it, ms by kind. */
  inside: Record<string, number>;
}

/** Totals of that script in one trace: wall and CPU time of all its spans, and its longest span (by wall time). */
export function scriptSummary(
  events: readonly TraceEvent[],
  scriptPrefix: string,
  pids?: ReadonlySet<number>,
): { wallMs: number; cpuMs: number; longest: LongestRun } {
  const spans = scriptSpans(events, scriptPrefix, pids);
  const wallMs = spans.reduce((sum, span) => sum + span.dur, 0) / 1000;
  const cpuMs = spans.reduce((sum, span) => sum + span.tdur, 0) / 1000;
  const empty: LongestRun = { wallMs: 0, cpuMs: 0, what: '-', inside: {} };
  const top = spans.reduce<ScriptSpan | undefined>((a, b) => (a && a.dur >= b.dur ? a : b), undefined);
  if (!top) return { wallMs, cpuMs, longest: empty };
  const end = top.ts + top.dur;
  const inside: Record<string, number> = {};
  for (const e of events) {
    const kind = INSIDE_KINDS[e.name];
    if (!kind || e.ph !== 'X' || e.pid !== top.pid || e.tid !== top.tid) continue;
    if (e.ts < top.ts || e.ts + (e.dur ?? 0) > end) continue;
    inside[kind] = (inside[kind] ?? 0) + (e.dur ?? 0) / 1000;
  }
  // The longest by CPU can differ from the longest by wall time (a short run the OS preempted looks long).
  const cpuTop = Math.max(...spans.map((span) => span.tdur)) / 1000;
  return { wallMs, cpuMs, longest: { wallMs: top.dur / 1000, cpuMs: cpuTop, what: top.what, inside } };
}

/**
 * Milliseconds (wall and thread CPU time) of tasks run on the service-worker
 * thread of the extension whose URLs start with `scriptPrefix`. A worker's trace events carry no
 * script URLs; its thread is named by a `TracingSessionIdForWorker` event
 * (or, without one, any thread named "ServiceWorker thread").
 */
export function workerTaskMs(events: readonly TraceEvent[], scriptPrefix: string): { wallMs: number; cpuMs: number } {
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
  const tasks = events.filter((e) => e.ph === 'X' && e.name === 'RunTask' && ours.has(key(e)));
  return {
    wallMs: tasks.reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000,
    cpuMs: tasks.reduce((sum, e) => sum + (e.tdur ?? e.dur ?? 0), 0) / 1000,
  };
}
