/**
 * Where the roll-up keeps what it does not hold in memory. A thousand schools' indicators,
 * tallies and problems are far more than their summary: the accumulator appends them here as
 * text records, by key (one key per indicator group, one per school, one per kind of note),
 * and the sheets read them back one key at a time while they are written. The command line
 * gives a store that spills to a temporary file; the browser, which holds the whole output in
 * memory anyway, the one below.
 */

export interface RollupStore {
  /** Appends one record (a line of text with no line break) under `key`. */
  append(key: string, record: string): void;
  /** The records of `key`, in the order they were appended; none for an unknown key. */
  read(key: string): Iterable<string>;
  /** Frees what the store holds (its temporary files). Reading after it is an error. */
  close(): void;
}

/** Records kept as they are, in memory. */
export class MemoryStore implements RollupStore {
  private readonly records = new Map<string, string[]>();
  private closed = false;

  append(key: string, record: string): void {
    const list = this.records.get(key);
    if (list) list.push(record);
    else this.records.set(key, [record]);
  }

  read(key: string): Iterable<string> {
    if (this.closed) throw new Error("roll-up store closed");
    return this.records.get(key) ?? [];
  }

  close(): void {
    this.closed = true;
    this.records.clear();
  }
}

/** A value as one line of text (JSON: its strings escape line breaks). */
export function encodeRecord(value: unknown): string {
  return JSON.stringify(value);
}

export function decodeRecord<T>(line: string): T {
  return JSON.parse(line) as T;
}
