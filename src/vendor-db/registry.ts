/**
 * The popup's view of the vendor database: ids and matching rules only (the
 * name and the rest come with the one full record the popup loads). Every record
 * was validated when the extension was built (`build/vendor-data.ts`)
 * and by `npm test`, so the data is taken as typed without checking again.
 */
import entries from 'virtual:notrain/vendor-index';
import { createRegistry } from '../core/registry.ts';

export const registry = createRegistry(entries);
