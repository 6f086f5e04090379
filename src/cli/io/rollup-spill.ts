/**
 * The roll-up's store on disk: records are buffered by key and, past a few megabytes,
 * appended to one temporary file, each key's stretch remembered by its offset and length;
 * reading a key reads its stretches back (synchronously: the sheets' rows are produced while
 * the archive writer pulls them). The file lives in a directory of its own under the system's
 * temporary directory, made when the store is, removed by `close()` — and, should the
 * process end without it, on exit.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { RollupStore } from "../../core/index.js";

interface Stretch {
  readonly offset: number;
  readonly length: number;
}

/** Stores not closed yet: removed when the process exits. */
const open = new Set<TempFileStore>();
let hooked = false;

function removeOnExit(store: TempFileStore): void {
  open.add(store);
  if (hooked) return;
  hooked = true;
  process.once("exit", () => {
    for (const s of open) s.close();
  });
}

export class TempFileStore implements RollupStore {
  private readonly dir: string;
  private readonly fd: number;
  private size = 0;
  private readonly stretches = new Map<string, Stretch[]>();
  private readonly buffers = new Map<string, string[]>();
  private bufferedChars = 0;
  private readBuffer = Buffer.alloc(0);
  private closed = false;

  /** `limit`: characters buffered in memory before they are written to the file. */
  /** Made at once, so that a failure to make it comes before any file is read. */
  constructor(
    private readonly limit = 1_000_000,
    parent = tmpdir(),
  ) {
    this.dir = mkdtempSync(join(parent, "tongket-tong-hop-"));
    this.fd = openSync(join(this.dir, "records"), "w+");
    removeOnExit(this);
  }

  /** The temporary directory (for tests). */
  get directory(): string {
    return this.dir;
  }

  /** Records waiting in memory to be written. */
  get heldRecords(): number {
    let n = 0;
    for (const b of this.buffers.values()) n += b.length;
    return n;
  }

  append(key: string, record: string): void {
    if (this.closed) throw new Error("roll-up store closed");
    const list = this.buffers.get(key);
    if (list) list.push(record);
    else this.buffers.set(key, [record]);
    this.bufferedChars += record.length;
    if (this.bufferedChars > this.limit) this.flush();
  }

  *read(key: string): Iterable<string> {
    if (this.closed) throw new Error("roll-up store closed");
    for (const s of this.stretches.get(key) ?? []) {
      // One buffer for every read: a buffer per stretch is memory outside the JS heap that
      // the collector frees late, tens of megabytes over a thousand schools' tabs.
      if (this.readBuffer.length < s.length) this.readBuffer = Buffer.alloc(s.length * 2);
      readSync(this.fd, this.readBuffer, 0, s.length, s.offset);
      yield* this.readBuffer.toString("utf8", 0, s.length).split("\n");
    }
    yield* this.buffers.get(key) ?? [];
  }

  /** Writes every buffered record to the file. */
  private flush(): void {
    for (const [key, records] of this.buffers) {
      const bytes = Buffer.from(records.join("\n"), "utf8");
      let done = 0;
      while (done < bytes.length) {
        done += writeSync(this.fd, bytes, done, bytes.length - done, this.size + done);
      }
      const list = this.stretches.get(key);
      const stretch = { offset: this.size, length: bytes.length };
      if (list) list.push(stretch);
      else this.stretches.set(key, [stretch]);
      this.size += bytes.length;
    }
    this.buffers.clear();
    this.bufferedChars = 0;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    open.delete(this);
    this.buffers.clear();
    this.stretches.clear();
    this.readBuffer = Buffer.alloc(0);
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}
