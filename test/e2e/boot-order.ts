/**
 * When a prerendered popup painted, and when its boot script asked for the interactive popup and that rendered
 * (`performance` times in the popup, run inside it by `page.evaluate`). No helper functions inside: tsx would wrap
 * them in a `__name` call the page does not have.
 */
export async function bootOrder(): Promise<{ fcp: number; appRequested: number; rendered: number }> {
  for (let i = 0; i < 200 && performance.getEntriesByName('notrain:rendered').length === 0; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
  return {
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    appRequested: performance.getEntriesByName('notrain:app-requested')[0]?.startTime ?? Number.NaN,
    rendered: performance.getEntriesByName('notrain:rendered')[0]?.startTime ?? Number.NaN,
  };
}
