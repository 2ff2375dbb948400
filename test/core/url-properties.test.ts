/**
 * Property tests: generated hosts, paths and junk never reach the wrong
 * vendor, never make a workspace URL that is not rebuilt from a clean label,
 * and never throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyTab } from '../../src/core/classify-tab.ts';
import { parseTrustedUrl } from '../../src/core/url.ts';
import { registry } from '../support/vendors.ts';

const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,20}[a-z0-9])?$/);
const junk = fc.string({ unit: 'binary', maxLength: 60 });
const RUNS = 2000;

describe('URL classification properties', () => {
  it('never throws, whatever the input', () => {
    fc.assert(
      fc.property(junk, junk, (url, title) => {
        expect(() => classifyTab({ url, title }, registry)).not.toThrow();
        expect(() => parseTrustedUrl(url)).not.toThrow();
      }),
      { numRuns: RUNS },
    );
  });

  it('a vendor host as a prefix of another domain is never the vendor', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('slack.com', 'app.slack.com', 'chatgpt.com', 'www.linkedin.com'),
        label,
        fc.constantFrom('evil.example', 'com', 'co'),
        (host, middle, tld) => {
          expect(classifyTab({ url: `https://${host}.${middle}.${tld}/` }, registry)).toBeUndefined();
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a vendor domain glued to another label without a dot is never the vendor', () => {
    fc.assert(
      fc.property(label, fc.constantFrom('', '-', '_'), (prefix, glue) => {
        const match = classifyTab({ url: `https://${prefix}${glue}slack.com/` }, registry);
        if (`${prefix}${glue}` !== '') expect(match?.vendor.id).not.toBe('slack');
      }),
      { numRuns: RUNS },
    );
  });

  it('userinfo, ports and plain http never match, whatever the host', () => {
    fc.assert(
      fc.property(label, fc.integer({ min: 1, max: 65535 }), (workspace, port) => {
        const host = `${workspace}.slack.com`;
        expect(classifyTab({ url: `http://${host}/` }, registry)).toBeUndefined();
        if (port !== 443) expect(classifyTab({ url: `https://${host}:${port}/` }, registry)).toBeUndefined();
        expect(classifyTab({ url: `https://${workspace}@${host}/` }, registry)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });

  it('a workspace URL is always rebuilt from one clean label, never from the path, query or fragment', () => {
    fc.assert(
      fc.property(label, junk, junk, (workspace, path, rest) => {
        const url = `https://${workspace}.slack.com/${encodeURIComponent(path)}?${encodeURIComponent(rest)}#${encodeURIComponent(rest)}`;
        const found = classifyTab({ url }, registry)?.workspace?.url;
        if (found !== undefined) expect(found).toMatch(/^https:\/\/[a-z0-9-]+(\.enterprise)?\.slack\.com\/$/);
        const reserved = [
          'www',
          'app',
          'api',
          'my',
          'status',
          'enterprise',
          'files',
          'docs',
          'get',
          'hooks',
          'edgeapi',
        ];
        // `xn--…` labels are IDNs: the URL parser rejects the invalid ones, and so does NoTrain.
        if (!reserved.includes(workspace) && !workspace.startsWith('xn--'))
          expect(found).toBe(`https://${workspace}.slack.com/`);
      }),
      { numRuns: RUNS },
    );
  });

  it('a team ID is taken only in its known shape', () => {
    fc.assert(
      fc.property(junk, (segment) => {
        const id = classifyTab({ url: `https://app.slack.com/client/${encodeURIComponent(segment)}/C1` }, registry)
          ?.workspace?.id;
        if (id !== undefined) expect(id).toMatch(/^[TE][A-Z0-9]{6,20}$/);
      }),
      { numRuns: RUNS },
    );
  });
});
