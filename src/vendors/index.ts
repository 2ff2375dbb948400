/**
 * The bundled vendor database. Every record was validated against
 * `core/vendor-schema.ts` when the extension was built (see the
 * `validate-vendors` plugin in `vite.config.ts`) and by `npm test`, so this is
 * the one place where JSON is taken as a `Vendor` without checking again.
 */
import { createRegistry } from '../core/registry.ts';
import type { Vendor } from '../core/vendor-schema.ts';

const records = import.meta.glob<Vendor>('./*.json', { eager: true, import: 'default' });

export const registry = createRegistry(Object.values(records));
