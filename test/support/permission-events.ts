/**
 * `permissions.onAdded` and `onRemoved` for the in-memory browser, which does
 * not implement them: listeners are kept, and `trigger` calls them as the
 * browser would when the user grants or revokes a permission.
 */
import { fakeBrowser } from '@webext-core/fake-browser';

type Listener = (permissions: { permissions?: string[]; origins?: string[] }) => void;

export function stubPermissionEvents() {
  const events = Object.fromEntries(
    (['onAdded', 'onRemoved'] as const).map((name) => {
      const listeners = new Set<Listener>();
      return [
        name,
        {
          addListener: (l: Listener) => void listeners.add(l),
          removeListener: (l: Listener) => void listeners.delete(l),
          hasListener: (l: Listener) => listeners.has(l),
          trigger: (p: Parameters<Listener>[0]) => listeners.forEach((l) => l(p)),
        },
      ];
    }),
  ) as unknown as Record<'onAdded' | 'onRemoved', { trigger: (p: Parameters<Listener>[0]) => void }>;
  Object.assign(fakeBrowser.permissions, events);
  return events;
}
