/**
 * URL → vendor and workspace lookups per second: the real database, the real
 * one plus 10,000 synthetic vendors, and a naive linear scan over every host
 * pattern of that large database, on the same URLs in the same run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { readVendorFiles, todayUtc } from '../build/vendor-files.ts';
import { classifyTab } from '../src/core/classify-tab.ts';
import { createRegistry, type VendorEntry } from '../src/core/registry.ts';
import { hostMatchesPattern, parseTrustedUrl } from '../src/core/url.ts';
import { validateVendorFiles } from '../src/core/validate-vendors.ts';

const SYNTHETIC = 10_000;

function syntheticVendors(count: number): VendorEntry[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `synthetic-${i}`,
    name: `Synthetic ${i}`,
    match: {
      hosts: [`app${i}.synthetic.example`, `*.tenants${i}.synthetic.example`],
      workspaces: [
        { from: 'subdomain', parent: `tenants${i}.synthetic.example`, scope: 'workspace', reserved: ['www'] },
      ],
      pages: [{ kind: 'settings', hosts: [`app${i}.synthetic.example`], paths: ['/settings'] }],
      defaultPage: 'workspace',
    },
  }));
}

/** The URLs every variant looks up: real vendor pages, lookalikes and unrelated sites. */
function lookupUrls(): string[] {
  const dir = 'test/fixtures/urls';
  const fixtures = readdirSync(dir).flatMap(
    (name) => JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { url: string }[],
  );
  const others = Array.from({ length: 200 }, (_, i) => `https://site${i}.unrelated.example/page/${i}`);
  return [...fixtures.map((f) => f.url), ...others];
}

function opsPerSecond(urls: readonly string[], lookup: (url: string) => unknown, budgetMs = 250): number {
  let ops = 0;
  const start = performance.now();
  while (performance.now() - start < budgetMs) {
    for (const url of urls) lookup(url);
    ops += urls.length;
  }
  return (ops * 1000) / (performance.now() - start);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

export function benchMatching(runs: number) {
  const { vendors, errors } = validateVendorFiles(readVendorFiles(), todayUtc());
  if (errors.length) throw new Error(errors.join('\n'));
  const real = createRegistry<VendorEntry>(vendors);
  const large = createRegistry<VendorEntry>([...vendors, ...syntheticVendors(SYNTHETIC)]);
  const patterns = large.vendors.flatMap((vendor) => vendor.match.hosts.map((pattern) => ({ pattern, vendor })));
  const linearScan = (url: string) => {
    const parsed = parseTrustedUrl(url);
    return parsed && patterns.find(({ pattern }) => hostMatchesPattern(parsed.host, pattern))?.vendor;
  };
  const urls = lookupUrls();
  const samples = { real: [] as number[], large: [] as number[], linear: [] as number[] };
  for (let run = 0; run < runs; run++) {
    samples.real.push(opsPerSecond(urls, (url) => classifyTab({ url }, real)));
    samples.large.push(opsPerSecond(urls, (url) => classifyTab({ url }, large)));
    samples.linear.push(opsPerSecond(urls, linearScan, 100));
  }
  return {
    vendorsReal: vendors.length,
    vendorsLarge: large.vendors.length,
    urls: urls.length,
    realOpsPerSec: median(samples.real),
    largeOpsPerSec: median(samples.large),
    linearOpsPerSec: median(samples.linear),
  };
}
