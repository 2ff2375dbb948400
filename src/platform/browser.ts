/**
 * The one module that imports the browser API. Everything else goes through
 * here, so tests swap in an in-memory browser with one `vi.mock`, and browser
 * quirks are handled in one place.
 */
import browser from 'webextension-polyfill';

export default browser;
