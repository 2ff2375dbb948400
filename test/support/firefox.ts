/** Debian's Firefox ESR (`apt-get install firefox-esr`); never a browser downloaded by a package. */
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Firefox's release builds ignore a changed Remote Settings server (the
 * `services.settings.server` pref puppeteer sets) unless this is in the
 * environment; without it Firefox polls its settings server at start.
 */
export const FIREFOX_ENV = { MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' };

/**
 * Preferences for a test profile: every host name resolves to loopback (the
 * vendor server), the extension's internal UUID is fixed so its pages have a
 * known address, WebDriver BiDi may open extension pages, and Firefox's own
 * services stay quiet (they would otherwise call home at start, and land on
 * the vendor server too). `loopback` is the vendor server's address, any of
 * 127.0.0.0/8; with `downloadDir`, downloads are saved there without asking.
 */
export function firefoxPrefs(
  geckoId: string,
  uuid: string,
  loopback = '127.0.0.1',
  downloadDir?: string,
): Record<string, unknown> {
  return {
    ...(downloadDir ? downloadPrefs(downloadDir) : {}),
    'network.dns.forceResolve': loopback,
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }),
    'remote.system-access-check.enabled': false,
    // The popup asks for host permissions with a button; a test cannot click the browser's prompt, so it is granted.
    'extensions.webextOptionalPermissionPrompts': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.downloads.remote.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.provider.mozilla.updateURL': '',
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'browser.newtabpage.enabled': false,
    'browser.startup.homepage': 'about:blank',
  };
}

/**
 * Downloads land in `dir` without a dialog or the downloads panel: a test
 * reads the file the page made, as a user would find it. (No driver reports
 * Firefox's downloads as Playwright does Chromium's.)
 */
function downloadPrefs(dir: string): Record<string, unknown> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.manager.addToRecentDocs': false,
  };
}
