/** An Io for `run()` that keeps what the command line prints, for the tests to read. */
import type { Io } from "../../src/cli/main.js";

export interface Captured {
  readonly io: Io;
  /** Lines written to stdout and stderr. */
  readonly out: string[];
  readonly err: string[];
  /** Progress texts, when the Io pretends stderr is a terminal. */
  readonly shown: string[];
  /** Everything in the order it was printed: "out: …", "err: …", "progress: …". */
  readonly order: string[];
}

export function capture(terminal = false): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const shown: string[] = [];
  const order: string[] = [];
  const io: Io = {
    out: (l) => out.push(l) && order.push(`out: ${l}`),
    err: (l) => err.push(l) && order.push(`err: ${l}`),
    ...(terminal ? { progress: (t: string) => shown.push(t) && order.push(`progress: ${t}`) } : {}),
  };
  return { io, out, err, shown, order };
}
