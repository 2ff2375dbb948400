import type { Route } from '../../core/summarize.ts';
import { Refs } from './Refs.tsx';
import { Scope, Status } from './Status.tsx';

/** Where a route applies, its footnotes, and how it is backed. */
export function RouteMeta({ route }: { route: Route }) {
  return (
    <>
      <Scope regions={route.regions} plans={route.plans} />
      <Refs refs={route.refs} />
      <Status status={route.status} />
    </>
  );
}
