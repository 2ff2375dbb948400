/**
 * The Firefox build's differences from manifest.json, applied at build time:
 * one manifest in the repository, a small overlay here (never a second file).
 *
 * - `browser_specific_settings.gecko`: the add-on ID addons.mozilla.org and
 *   Firefox need, the first Firefox version with everything used here, and
 *   `data_collection_permissions` saying that nothing is collected
 *   (Firefox 140 is the first to read that key, and an ESR; on Android, 142).
 * - `background.scripts` instead of `service_worker`: Firefox runs MV3
 *   background code as an event page, not a service worker.
 * - `alarms` moves from `optional_permissions` to `permissions`: Firefox
 *   refuses it as an optional permission (its list of optional ones leaves
 *   it out) and asks the user nothing for it at install, so declaring it
 *   up front costs no prompt; reminders still ask for `notifications`.
 */
export const GECKO_ID = 'notrain@notrain';
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads `data_collection_permissions` from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

interface SourceManifest {
  background?: { service_worker?: string; type?: string };
  permissions?: string[];
  optional_permissions?: string[];
  [key: string]: unknown;
}

/** Permissions Firefox does not accept as optional: declared up front there (see above). */
const NOT_OPTIONAL_IN_FIREFOX = ['alarms'];

export function firefoxManifest<M extends SourceManifest>(manifest: M) {
  const worker = manifest.background?.service_worker;
  if (!worker) throw new Error('firefoxManifest: manifest.json has no background.service_worker');
  const { background: _chromeBackground, ...rest } = manifest;
  const optional = manifest.optional_permissions ?? [];
  const moved = optional.filter((p) => NOT_OPTIONAL_IN_FIREFOX.includes(p));
  return {
    ...rest,
    ...(moved.length
      ? {
          permissions: [...(manifest.permissions ?? []), ...moved],
          optional_permissions: optional.filter((p) => !moved.includes(p)),
        }
      : {}),
    background: { scripts: [worker], type: 'module' },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        data_collection_permissions: { required: ['none' as const] },
      },
      gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
    },
  };
}
