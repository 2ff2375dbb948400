/**
 * `npm start` (after the build it runs): a fresh browser profile with NoTrain
 * loaded, through `web-ext run`, for trying it by hand on a machine with a
 * display. Chromium by default; `npm start -- --firefox` for Firefox. The
 * profile is temporary: nothing of your own browser is touched.
 *
 * Browsers: CHROMIUM_PATH (default /usr/bin/chromium, else web-ext's own
 * search for Chrome) and FIREFOX_PATH (default /usr/bin/firefox-esr when it
 * exists, else web-ext's default Firefox).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export interface StartOptions {
  firefox: boolean;
  chromiumPath?: string | undefined;
  firefoxPath?: string | undefined;
  /** Chromium refuses to run as root with its sandbox on. */
  asRoot?: boolean;
}

/** The `web-ext run` arguments for one browser. */
export function webExtRunArgs({ firefox, chromiumPath, firefoxPath, asRoot = false }: StartOptions): string[] {
  const common = ['run', '--no-input', '--start-url', 'https://slack.com/'];
  if (firefox) {
    return [
      ...common,
      '--source-dir',
      'dist/firefox',
      '--target',
      'firefox-desktop',
      ...(firefoxPath ? ['--firefox', firefoxPath] : []),
    ];
  }
  return [
    ...common,
    '--source-dir',
    'dist/chrome',
    '--target',
    'chromium',
    ...(chromiumPath ? ['--chromium-binary', chromiumPath] : []),
    ...(asRoot ? ['--arg=--no-sandbox'] : []),
  ];
}

function main() {
  const firefox = process.argv.includes('--firefox');
  const chromiumPath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  const firefoxPath =
    process.env.FIREFOX_PATH ?? (existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : undefined);
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY && process.platform === 'linux') {
    console.warn('npm start: no DISPLAY or WAYLAND_DISPLAY; the browser needs a screen to open on.');
  }
  const child = spawn(
    'npx',
    ['web-ext', ...webExtRunArgs({ firefox, chromiumPath, firefoxPath, asRoot: process.getuid?.() === 0 })],
    { stdio: 'inherit' },
  );
  child.on('exit', (code) => process.exit(code ?? 1));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
