/** A failure on a hostile or changed page must not take the rest of NoTrain down with it. */
export function guarded(work: () => void) {
  try {
    work();
  } catch (error) {
    console.debug('NoTrain:', error);
  }
}
