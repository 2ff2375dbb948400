/**
 * axe-core, injected into a page the tests drive. Through the debugging
 * protocol, not a <script>: extension pages' CSP allows no inline script, and
 * evaluation over the protocol is not subject to it.
 */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  nodes: string[];
}

/** What axe needs of a page: Playwright's (Chromium) and Puppeteer's (Firefox) both have it. */
interface Evaluates {
  evaluate<R>(script: string | (() => R | Promise<R>)): Promise<R>;
}

/** Every violation axe finds (WCAG 2.x A and AA, and its best practices): rule and targets. */
export async function axeViolations(page: Evaluates): Promise<AxeViolation[]> {
  // A string is evaluated as a script: axe's source defines `axe` on the page.
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.evaluate(axe.source);
  return page.evaluate(async () => {
    const result = await (globalThis as unknown as { axe: typeof axe }).axe.run(document, {
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
}

/** axe's findings in light and in dark mode. */
export async function axeInBothSchemes(page: Page): Promise<Record<'light' | 'dark', AxeViolation[]>> {
  const found = { light: [] as AxeViolation[], dark: [] as AxeViolation[] };
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    if (dark !== (colorScheme === 'dark')) throw new Error(`the page is not in ${colorScheme} mode`);
    found[colorScheme] = await axeViolations(page);
  }
  await page.emulateMedia({ colorScheme: null });
  return found;
}
