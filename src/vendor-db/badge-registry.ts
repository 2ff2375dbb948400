/** The service worker's view of the vendor database: matching rules and training entries. */
import entries from 'virtual:notrain/vendor-badges';
import { createRegistry } from '../core/registry.ts';

export const badgeRegistry = createRegistry(entries);
