import { describe, expect, it } from 'vitest';
import {
  processesOfOrigin,
  scriptSummary,
  scriptTimeFrom,
  type TraceEvent,
  workerTaskMs,
} from '../../bench/script-attribution.ts';

const OURS = 'chrome-extension://abc/';
const script = (name: string, ts: number, dur: number, url: string, pid = 1, tid = 1): TraceEvent => ({
  name,
  ph: 'X',
  ts,
  dur,
  pid,
  tid,
  args: { data: { url } },
});

describe('script time attributed to an extension from a trace', () => {
  it('counts a compile inside an evaluation once', () => {
    const events = [
      script('EvaluateScript', 1000, 5000, `${OURS}content.js`),
      script('v8.compile', 1100, 2000, `${OURS}content.js`),
    ];
    expect(scriptTimeFrom(events, OURS, new Set([1]))).toBe(5);
  });

  it('adds separate runs of our script, such as observer callbacks', () => {
    const events = [
      script('EvaluateScript', 0, 3000, `${OURS}content.js`),
      script('FunctionCall', 10_000, 500, `${OURS}content.js`),
    ];
    expect(scriptTimeFrom(events, OURS, new Set([1]))).toBe(3.5);
  });

  it("ignores the page's own scripts, other processes and other extensions", () => {
    const events = [
      script('EvaluateScript', 0, 70_000, 'https://app.slack.com/client.js'),
      script('EvaluateScript', 0, 9000, `${OURS}background.js`, 2),
      script('FunctionCall', 0, 9000, 'chrome-extension://other/content.js'),
      { name: 'Layout', ph: 'X', ts: 0, dur: 9000, pid: 1, tid: 1 },
    ];
    expect(scriptTimeFrom(events, OURS, new Set([1]))).toBe(0);
  });

  it('keeps threads apart when timestamps overlap', () => {
    const events = [
      script('EvaluateScript', 0, 4000, `${OURS}a.js`, 1, 1),
      script('EvaluateScript', 1000, 1000, `${OURS}a.js`, 1, 2),
    ];
    expect(scriptTimeFrom(events, OURS, new Set([1]))).toBe(5);
  });

  it('finds the renderer of the page under test by its navigation', () => {
    const events: TraceEvent[] = [
      {
        name: 'CommitLoad',
        ts: 0,
        pid: 7,
        tid: 1,
        args: { data: { isMainFrame: true, url: 'https://app.slack.com/client/T1' } },
      },
      {
        name: 'CommitLoad',
        ts: 0,
        pid: 8,
        tid: 1,
        args: { data: { isMainFrame: true, url: 'https://app.slack.com.evil.example/' } },
      },
      { name: 'CommitLoad', ts: 0, pid: 9, tid: 1, args: { data: { isMainFrame: true, url: `${OURS}popup.html` } } },
      {
        name: 'CommitLoad',
        ts: 0,
        pid: 10,
        tid: 1,
        args: { data: { isMainFrame: false, url: 'https://app.slack.com/frame' } },
      },
    ];
    expect([...processesOfOrigin(events, 'https://app.slack.com')]).toEqual([7]);
  });
});

describe('CPU and wall time of runs and worker tasks', () => {
  const run = (ts: number, dur: number, tdur: number | undefined, functionName?: string): TraceEvent => ({
    name: functionName ? 'FunctionCall' : 'EvaluateScript',
    ph: 'X',
    ts,
    dur,
    ...(tdur === undefined ? {} : { tdur }),
    pid: 1,
    tid: 1,
    args: { data: { url: `${OURS}content.js`, ...(functionName ? { functionName } : {}) } },
  });

  it('adds wall and thread time apart, and names the longest run and what the browser did inside it', () => {
    const events: TraceEvent[] = [
      run(0, 5000, 4000),
      // Preempted: 60 ms of wall time, 2 ms on the CPU.
      run(10_000, 60_000, 2000, 'slice'),
      { name: 'Layout', ph: 'X', ts: 20_000, dur: 1500, pid: 1, tid: 1 },
      { name: 'Layout', ph: 'X', ts: 20_000, dur: 9000, pid: 1, tid: 2 },
    ];
    expect(scriptSummary(events, OURS, new Set([1]))).toEqual({
      wallMs: 65,
      cpuMs: 6,
      longest: { wallMs: 60, cpuMs: 4, what: 'FunctionCall slice', inside: { layout: 1.5 } },
    });
  });

  it('counts a run without thread time at its wall time', () => {
    expect(scriptSummary([run(0, 3000, undefined)], OURS).cpuMs).toBe(3);
  });

  it('reads each worker from its own thread, named by its tracing session', () => {
    const worker = (tid: number, url: string): TraceEvent => ({
      name: 'TracingSessionIdForWorker',
      ts: 0,
      pid: 5,
      tid,
      args: { data: { url } },
    });
    const task = (tid: number, dur: number, tdur: number): TraceEvent => ({
      name: 'RunTask',
      ph: 'X',
      ts: 1,
      dur,
      tdur,
      pid: 5,
      tid,
    });
    const events = [
      worker(1, `${OURS}service-worker-loader.js`),
      worker(2, 'chrome-extension://floor/sw.js'),
      task(1, 3000, 1000),
      task(1, 2000, 500),
      task(2, 9000, 700),
    ];
    expect(workerTaskMs(events, OURS)).toEqual({ wallMs: 5, cpuMs: 1.5 });
    expect(workerTaskMs(events, 'chrome-extension://floor/')).toEqual({ wallMs: 9, cpuMs: 0.7 });
  });
});
