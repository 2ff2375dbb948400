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
