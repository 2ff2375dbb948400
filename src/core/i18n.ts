/**
 * The core composes text but does not own a browser: it names messages by key
 * (keys of `public/_locales/en/messages.json`, checked by the compiler) and the
 * caller supplies the translator (`browser.i18n.getMessage` in the extension,
 * a reader of the same JSON in tests).
 */
export type MessageKey = Extract<keyof typeof import('../../public/_locales/en/messages.json'), string>;

export type Translate = (key: MessageKey, substitutions?: readonly string[]) => string;

/** A message not yet translated: what the core hands to the UI. */
export interface Message {
  readonly key: MessageKey;
  readonly subs?: readonly string[];
  /** Messages translated in turn and substituted after `subs` ("Off for $OFF$…" with "generative AI"). */
  readonly parts?: readonly Message[];
}

export const message = (key: MessageKey, ...subs: string[]): Message => (subs.length ? { key, subs } : { key });

/** Translates the messages the core composes, with whichever translator the caller has. */
export const messageTranslator =
  (translate: Translate) =>
  (m: Message): string => {
    const inner = messageTranslator(translate);
    return translate(m.key, m.parts ? [...(m.subs ?? []), ...m.parts.map(inner)] : m.subs);
  };
