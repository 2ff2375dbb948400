/**
 * The shape of every id in the data: a vendor id (the record's file name,
 * `google-workspace`), a plan id, a source key. Lower-case kebab-case, so an
 * id is safe in a file name, a URL path or a storage key as it stands.
 */
export const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const isKebabId = (id: string): boolean => KEBAB_ID.test(id);
