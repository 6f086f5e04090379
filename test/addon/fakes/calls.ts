/**
 * Call counting for the fakes: every public method call on a fake is counted as
 * "Class.method". Which of them change the spreadsheet is listed in {@link WRITES}.
 */

/** Methods that change the document (builder setters only build and are not writes). */
export const WRITES = new Set([
  "Spreadsheet.insertSheet",
  "Sheet.setFrozenRows",
  "Sheet.insertColumnsAfter",
  "Sheet.insertRowsAfter",
  "Sheet.setColumnWidth",
  "Sheet.clearContents",
  "Sheet.protect",
  "Sheet.setConditionalFormatRules",
  "Sheet.removeChart",
  "Sheet.insertChart",
  "Range.setValues",
  "Range.setNumberFormats",
  "Range.setNumberFormat",
  "Range.setBackground",
  "Range.setBackgrounds",
  "Range.setFontWeight",
  "Range.setFontWeights",
  "Range.setWrap",
  "Range.setDataValidation",
  "Range.protect",
  "Protection.setDescription",
  "Protection.setWarningOnly",
  "Protection.remove",
]);

export class Calls {
  readonly counts = new Map<string, number>();
  /** Cells whose value, format, weight, colour, wrap or rule a write set (a range counts all its cells). */
  cellsWritten = 0;

  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  get(name: string): number {
    return this.counts.get(name) ?? 0;
  }

  total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  writes(): number {
    let n = 0;
    for (const [k, v] of this.counts) if (WRITES.has(k)) n += v;
    return n;
  }

  /** Calls whose name matches, e.g. all reads of values. */
  matching(re: RegExp): number {
    let n = 0;
    for (const [k, v] of this.counts) if (re.test(k)) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.cellsWritten = 0;
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries([...this.counts].sort(([a], [b]) => a.localeCompare(b)));
  }
}

/**
 * Wraps a fake so each call of a public method (not starting with "_") is counted under
 * `kind.method`. Internal bookkeeping uses underscore members and is not counted.
 */
export function counted<T extends object>(target: T, kind: string, calls: Calls): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function" || typeof prop !== "string" || prop.startsWith("_")) {
        return value;
      }
      if (prop === "constructor") return value;
      return (...args: unknown[]) => {
        calls.hit(`${kind}.${prop}`);
        return (value as (...a: unknown[]) => unknown).apply(receiver, args);
      };
    },
  });
}
