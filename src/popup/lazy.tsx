/**
 * A component loaded on first render from its own chunk: parts of the popup
 * that few people open (the owner note, the vendor search, the folds' lists)
 * stay out of the bytes loaded before the first paint.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function lazy<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  let pending: Promise<ComponentType<P>> | undefined;
  return function Lazy(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      pending ??= load().then((component) => (loaded = component));
      void pending.then(() => live && setReady(true));
      return () => {
        live = false;
      };
    }, []);
    const Component = loaded;
    return Component ? <Component {...props} /> : null;
  };
}
