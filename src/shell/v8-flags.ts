/**
 * V8 settings a build stage changes for itself and restores when it ends. Set at run time
 * (`v8.setFlagsFromString`), not on Node's command line: a flag a later V8 no longer knows is
 * then reported on stderr and ignored, where on the command line Node would refuse to start.
 * A test checks that this Node's V8 knows every flag set here.
 */
import { setFlagsFromString } from 'node:v8';

export interface StageFlags {
  /** Set when the stage starts. */
  during: string;
  /** Set when it ends, however it ends: V8's default again. */
  after: string;
}

/**
 * V8's allocation-site pretenuring off while the archive is parsed. After the first young
 * collections V8 sees that the parsed results outlive them (they are kept all build long) and
 * from then on allocates them straight in the old generation; to do so it throws away the
 * optimised code of the functions that make them (`finishArticle`, `headlineRoles`, `rejoin`,
 * `runPage`, in every thread's isolate) and compiles it again. Without it those results are
 * copied out of the young generation like any other survivor: the two-thread parse of 2,000
 * issues 0.23 s shorter and 0.42 s cheaper in CPU (mean of eight alternating pairs, faster in
 * all eight; 0.31-0.40 s in eleven pairs before).
 */
export const PARSE_FLAGS: StageFlags = { during: '--no-allocation-site-pretenuring', after: '--allocation-site-pretenuring' };

/** Run `stage` with `flags.during` set, and `flags.after` once it has ended or failed. */
export async function withV8Flags<T>(flags: StageFlags, stage: () => Promise<T>, set: (flags: string) => void = setFlagsFromString): Promise<T> {
  set(flags.during);
  try {
    return await stage();
  } finally {
    set(flags.after);
  }
}
