/**
 * The one bounded cache of the core. A workbook repeats the same texts and figures row after
 * row ("100%", "dưới 1%", units, headers), so parsers remember what they computed; past its
 * limit a cache starts afresh, so a huge workbook of unique texts cannot grow it without bound.
 * Cached values must never be mutated: one object stands for every cell that gave it.
 */
export class BoundedCache<K, V> {
  private map = new Map<K, V>();

  constructor(private readonly limit: number) {}

  /** The value remembered for `key`, computed and remembered when there is none yet. */
  get(key: K, compute: (key: K) => V): V {
    let found = this.map.get(key);
    if (found === undefined) {
      found = compute(key);
      if (this.map.size >= this.limit) this.map = new Map();
      this.map.set(key, found);
    }
    return found;
  }
}
