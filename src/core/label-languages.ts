/**
 * The UI languages NoTrain speaks besides English, in which a record may give
 * a settings control's label. Its own module, without valibot, because the
 * settings-page script and the worker need the list but never the schema.
 */
export const LABEL_LANGUAGES = ['de', 'fr', 'es'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];
