import { lazy } from '../lazy.tsx';

/** The objection letter: only for forms and privacy requests in a region with a right to object, so it loads on demand. */
export const ObjectionLetter = lazy(() => import('./ObjectionLetter.tsx').then((m) => m.ObjectionLetter));
