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
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'v8.compileModule', 'v8.evaluateModule', 'v8.run']);

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
 * Milliseconds of script from URLs starting with `scriptPrefix`, run in the
 * given processes. An event inside another counted event on the same thread
 * (a compile inside an evaluation) is counted once, through its parent.
 */
export function scriptTimeFrom(events: readonly TraceEvent[], scriptPrefix: string, pids: ReadonlySet<number>): number {
  const ours = events
    .filter((e) => e.ph === 'X' && SCRIPT_EVENTS.has(e.name) && pids.has(e.pid) && e.args?.data?.url?.startsWith(scriptPrefix))
    .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts);
  let total = 0;
  let open: { pid: number; tid: number; end: number } | undefined;
  for (const event of ours) {
    const end = event.ts + (event.dur ?? 0);
    if (open && open.pid === event.pid && open.tid === event.tid && event.ts < open.end) {
      open.end = Math.max(open.end, end);
      continue;
    }
    total += event.dur ?? 0;
    open = { pid: event.pid, tid: event.tid, end };
  }
  return total / 1000;
}
