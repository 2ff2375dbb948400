import { describe, expect, it } from 'vitest';
import { processesOfOrigin, scriptTimeFrom, type TraceEvent } from '../../bench/script-attribution.ts';

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
