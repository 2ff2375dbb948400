/**
 * `npm run sources:check` end to end: the real command, in a child process,
 * against a loopback HTTPS server that serves one page per outcome. The child
 * trusts the server's throwaway certificate through NODE_EXTRA_CA_CERTS, so
 * TLS is checked as in production; nothing reaches the internet.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../../scripts/sources-check/report.ts';
import { selfSignedCert } from '../../support/self-signed.ts';

const FILLER =
  '<p>This help article explains how workspace data is stored, who can see it, how long it is kept and how to export it. '.repeat(
    3,
  );
const page = (title: string, body: string) =>
  `<!doctype html><html><head><title>${title}</title></head><body>${FILLER}</p>${body}</body></html>`;

const QUOTES = {
  present: 'Your Customer Data (like messages and files) is never used to train any "LLMs" - ever.',
  moved: 'Admins can turn off AI training in Settings.',
  gone: 'We never train on your files.',
  removed: 'Email privacy@acme.example to opt out.',
  notFound: 'Opting out takes effect within 30 days.',
  press: 'Acme quietly changed its terms in 2025.',
  changedDifference: 'EU customers are opted out by default.',
  blocked: 'This quote sits on a page the watch cannot read.',
};

/** One route per outcome; `/hang` never answers. */
const ROUTES: Record<string, (res: import('node:http').ServerResponse) => void> = {
  '/present': (res) =>
    html(
      res,
      page(
        'Privacy',
        '<div>your  customer&nbsp;data (like <strong>mes&shy;sages</strong>\n and files)</div> is NEVER used to train any &ldquo;LLMs&rdquo;&mdash;ever.<script>var x = "hidden";</script>',
      ),
    ),
  '/gone': (res) => html(res, page('Privacy', '<p>We may train models on your files.</p>')),
  '/old': (res) => res.writeHead(301, { location: '/new' }).end(),
  '/new': (res) => html(res, page('AI settings', `<p>${QUOTES.moved}</p>`)),
  '/not-found': (res) => res.writeHead(404).end(),
  '/removed': (res) => res.writeHead(410).end(),
  '/forbidden': (res) => res.writeHead(403).end(),
  '/rate-limited': (res) => res.writeHead(429, { 'retry-after': '3600' }).end(),
  '/hang': () => {},
  '/challenge': (res) =>
    html(
      res,
      '<html><head><title>Just a moment...</title></head><body><p>Checking your browser.</p><script src="/cdn-cgi/challenge-platform/h/g/orchestrate/chl_page/v1"></script></body></html>',
    ),
  '/terms.pdf': (res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7'),
};

function html(res: import('node:http').ServerResponse, body: string) {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
}

let dir: string;
let server: Server;
let certPath: string;
const requests: { path: string; userAgent: string }[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'notrain-sources-'));
  const tls = selfSignedCert(dir);
  certPath = tls.certPath;
  server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const path = req.url ?? '/';
    requests.push({ path, userAgent: req.headers['user-agent'] ?? '' });
    (ROUTES[path] ?? ((r) => r.writeHead(500).end()))(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const source = (path: string, publisher = 'vendor') => ({
    url: `${base}${path}`,
    title: path,
    publisher,
    kind: 'help',
  });
  const cite = (source: string, quote: string, extra = {}) => ({
    source,
    quote,
    verified: '2026-11-29',
    asOf: '2026-11-01',
    ...extra,
  });
  mkdirSync(join(dir, 'vendors'));
  const write = (record: { id: string; [field: string]: unknown }) =>
    writeFileSync(join(dir, 'vendors', `${record.id}.json`), JSON.stringify(record, null, 2));
  write({
    id: 'acme',
    training: [{ usesCustomerData: 'no', evidence: [cite('present', QUOTES.present), cite('gone', QUOTES.gone)] }],
    optOut: {
      methods: [{ kind: 'email', evidence: [cite('removed', QUOTES.removed)] }],
      evidence: [cite('not-found', QUOTES.notFound)],
    },
    history: [{ evidence: [cite('press', QUOTES.press, { confidence: 'medium' })] }],
    sources: {
      present: source('/present'),
      gone: source('/gone'),
      removed: source('/removed'),
      'not-found': source('/not-found'),
      // The same page as "gone", by another address: fetched once.
      press: { ...source('/gone#terms', 'third-party'), archive: 'https://archive.example/gone' },
    },
  });
  write({
    id: 'calm',
    training: [
      {
        evidence: ['moved', 'forbidden', 'rate-limited', 'hang', 'challenge', 'pdf'].map((key) =>
          cite(key, key === 'moved' ? QUOTES.moved : QUOTES.blocked),
        ),
      },
    ],
    optOut: { methods: [], evidence: [cite('moved', QUOTES.moved)] },
    differences: [{ evidence: [cite('gone', QUOTES.changedDifference)] }],
    sources: {
      moved: source('/old'),
      forbidden: source('/forbidden'),
      'rate-limited': source('/rate-limited'),
      hang: source('/hang'),
      challenge: source('/challenge'),
      pdf: source('/terms.pdf'),
      gone: source('/gone'),
    },
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the command as `npm run sources:check` does, trusting only the test certificate. */
function sourcesCheck(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { GITHUB_REPOSITORY: _repo, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/sources-check.ts', '--dir', join(dir, 'vendors'), '--timeout', '2500', ...args],
    {
      env: { ...env, NODE_EXTRA_CA_CERTS: certPath },
    },
  );
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

const outcomes = (report: Report) => Object.fromEntries(report.quotes.map((q) => [`${q.vendor} ${q.path}`, q.outcome]));

describe('npm run sources:check against a loopback HTTPS server', () => {
  it(
    'reports each outcome, writes JSON and Markdown, and fails on critical quotes gone',
    { timeout: 30_000 },
    async () => {
      const out = join(dir, 'all');
      const run = await sourcesCheck('--out', out);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(1);

      const report = JSON.parse(readFileSync(join(out, 'sources-report.json'), 'utf8')) as Report;
      expect(outcomes(report)).toEqual({
        'acme training.0.evidence.0': 'present',
        'acme training.0.evidence.1': 'gone',
        'acme optOut.methods.0.evidence.0': 'page-gone',
        'acme optOut.evidence.0': 'page-gone',
        'acme history.0.evidence.0': 'gone',
        'calm training.0.evidence.0': 'moved',
        'calm training.0.evidence.1': 'blocked',
        'calm training.0.evidence.2': 'blocked',
        'calm training.0.evidence.3': 'blocked',
        'calm training.0.evidence.4': 'blocked',
        'calm training.0.evidence.5': 'blocked',
        'calm optOut.evidence.0': 'moved',
        'calm differences.0.evidence.0': 'gone',
      });
      const quote = (vendor: string, path: string) =>
        report.quotes.find((q) => q.vendor === vendor && q.path === path)!;
      expect(quote('calm', 'training.0.evidence.0')).toMatchObject({
        found: true,
        status: 200,
        finalUrl: expect.stringMatching(/\/new$/),
        critical: true,
      });
      expect(quote('calm', 'training.0.evidence.0').detail).toMatch(
        /^permanently redirected \(301\) to https:\/\/127\.0\.0\.1:\d+\/new: quote found$/,
      );
      expect(quote('calm', 'training.0.evidence.1').detail).toBe('HTTP 403');
      expect(quote('calm', 'training.0.evidence.2').detail).toBe('HTTP 429');
      expect(quote('calm', 'training.0.evidence.3').detail).toBe('timed out after 2.5 s');
      expect(quote('calm', 'training.0.evidence.4').detail).toBe('a bot challenge page (Cloudflare)');
      expect(quote('calm', 'training.0.evidence.5').detail).toBe('application/pdf is not a page the watch can read');
      expect(quote('acme', 'optOut.methods.0.evidence.0').detail).toBe('HTTP 410');
      expect(quote('acme', 'optOut.evidence.0')).toMatchObject({ detail: 'HTTP 404', critical: false });
      expect(quote('acme', 'history.0.evidence.0')).toMatchObject({ publisher: 'third-party', critical: false });

      expect(report.summary).toMatchObject({ pages: 10, pagesAnswered: 6, quotes: 13, critical: 9, failing: 2 });
      expect(report.summary.outcomes).toEqual({
        present: { all: 1, critical: 1 },
        gone: { all: 3, critical: 1 },
        moved: { all: 2, critical: 1 },
        'page-gone': { all: 2, critical: 1 },
        blocked: { all: 5, critical: 5 },
      });
      expect(report.userAgent).toMatch(/^NoTrain-sources-check\/\d+\.\d+\.\d+ \(maintainers' source watch/);

      const markdown = readFileSync(join(out, 'sources-report.md'), 'utf8');
      expect(markdown).toMatch(/^# Source watch: 2 critical quotes are gone\n/);
      const failing = markdown.slice(markdown.indexOf('## Failing'), markdown.indexOf('## Gone,'));
      expect(failing).toContain('**acme** `training.0.evidence.1` (critical): gone, `quote not in the page text`');
      expect(failing).toContain('**acme** `optOut.methods.0.evidence.0` (critical): page-gone, `HTTP 410`');
      expect(markdown).toContain('## Gone, not critical (3)');
      expect(markdown).toContain('## Moved, quote still there (2)');
      expect(markdown).toContain('## Blocked: check by hand (5)');
    },
  );

  it(
    'fetches each page once, names itself, and passes when no critical quote is gone',
    { timeout: 30_000 },
    async () => {
      requests.length = 0;
      const out = join(dir, 'calm');
      const run = await sourcesCheck('--vendor', 'calm', '--out', out);
      expect(run.code).toBe(0);
      const report = JSON.parse(readFileSync(join(out, 'sources-report.json'), 'utf8')) as Report;
      expect(new Set(report.quotes.map((q) => q.vendor))).toEqual(new Set(['calm']));
      expect(report.summary.failing).toBe(0);
      expect(readFileSync(join(out, 'sources-report.md'), 'utf8')).toMatch(
        /^# Source watch: no critical quote is gone; 5 could not be checked\n/,
      );
      // "moved" is cited twice: one request for it (and one for its target).
      expect(requests.map((r) => r.path).sort()).toEqual([
        '/challenge',
        '/forbidden',
        '/gone',
        '/hang',
        '/new',
        '/old',
        '/rate-limited',
        '/terms.pdf',
      ]);
      expect(new Set(requests.map((r) => r.userAgent))).toEqual(new Set([report.userAgent]));
    },
  );

  it('exits 2 and names the problem when it cannot run', { timeout: 30_000 }, async () => {
    const run = await sourcesCheck('--vendor', 'nobody', '--out', join(dir, 'none'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--vendor nobody: no such vendor');
  });
});
