/**
 * The settings-page script's DOM reader, captured from this isolated world's
 * prototypes when the script starts (see src/core/safe-dom.ts): named
 * elements on the page's forms and document cannot reach it.
 */
import { captureDom } from '../core/safe-dom.ts';

export const dom = captureDom(globalThis);
