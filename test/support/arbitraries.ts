/** fast-check generators shared by the unit and browser property tests. */
import fc from 'fast-check';
import type { ClobberSegment } from './hostile-pages.ts';

/** Layouts of a clobbering page: segments (forms or sections, nested, with decoys) and where the real switch is. */
export const clobberLayouts: fc.Arbitrary<[ClobberSegment[], number]> = fc
  .array(
    fc.record({
      form: fc.boolean(),
      hiddenDecoy: fc.boolean(),
      otherRows: fc.nat({ max: 3 }),
      depth: fc.nat({ max: 4 }),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .chain((segments) => fc.tuple(fc.constant(segments), fc.nat({ max: segments.length - 1 })));
