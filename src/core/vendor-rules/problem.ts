/** One thing wrong with a record: the field (a dot path) and what is wrong with it. */
export interface Problem {
  readonly field: string;
  readonly message: string;
}
