/** One Firefox ESR per test file, with the Firefox build (dist/firefox) installed: see use-harness.ts. */
import { type FirefoxHarness, launchFirefox } from './firefox-harness.ts';
import { useLaunched } from './use-harness.ts';

export const useFirefox = (): (() => FirefoxHarness) => useLaunched(launchFirefox, 120_000);
