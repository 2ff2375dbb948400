/** One Firefox ESR per test file, with the Firefox build (dist/firefox) installed: see use-harness.ts. */
import { type FirefoxHarness, type FirefoxLaunchOptions, launchFirefox } from './firefox-harness.ts';
import { useLaunched } from './use-harness.ts';

export const useFirefox = (options?: FirefoxLaunchOptions): (() => FirefoxHarness) =>
  useLaunched(() => launchFirefox(options), 120_000);
