/** The extension's English strings, translated the way the browser does. */
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { translatorFor } from '../../src/core/messages-table.ts';

export const translate = translatorFor(messages);

export const locale = { t: translate, language: 'en-GB' };
