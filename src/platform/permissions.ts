import browser from './browser.ts';

/**
 * The vendor hosts NoTrain reads tab URLs on. Chrome grants them at install;
 * Firefox's MV3 lets the user withhold them (and both let the user take them
 * back later), and then a vendor tab looks like any other tab: no URL.
 */
const vendorOrigins = (): string[] => [...(browser.runtime.getManifest().host_permissions ?? [])];

export const hasVendorAccess = (): Promise<boolean> => browser.permissions.contains({ origins: vendorOrigins() });

/** Must run in a user gesture (the popup's button): the browser asks the user. */
export const requestVendorAccess = (): Promise<boolean> => browser.permissions.request({ origins: vendorOrigins() });

/**
 * What reminders need, asked only when the user turns them on: `alarms`, to
 * check once in a while even after the browser stopped the worker, and
 * `notifications`, to show the reminder. Both are optional permissions in
 * Chrome; Firefox does not accept `alarms` as optional (it asks nothing for
 * it), so its build declares it up front (build/firefox-manifest.ts) and
 * only `notifications` is asked for there.
 */
const REMINDER_PERMISSIONS: readonly string[] = ['alarms', 'notifications'];
/** The polyfill's types leave `alarms` out of the optional permissions Chrome accepts. */
const asked = (names: readonly string[]): browser.Permissions.Permissions => ({
  permissions: names as unknown as browser.Manifest.OptionalPermission[],
});

const optionalOnes = (): browser.Permissions.Permissions => {
  const optional: readonly string[] = browser.runtime.getManifest().optional_permissions ?? [];
  return asked(REMINDER_PERMISSIONS.filter((p) => optional.includes(p)));
};

export const hasReminderPermissions = (): Promise<boolean> => browser.permissions.contains(asked(REMINDER_PERMISSIONS));

/** Must be called in a user gesture, before any `await` (the popup's or the options page's switch). */
export const requestReminderPermissions = (): Promise<boolean> => browser.permissions.request(optionalOnes());
