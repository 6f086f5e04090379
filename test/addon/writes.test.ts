/**
 * Compute writes what changes: the cells it writes (counted by the fakes) follow the cells
 * whose value, number format or weight changes, a run over an unchanged sheet writes
 * nothing, and the sheet ends as a compute from scratch would leave it.
 */
import { describe, expect, it } from "vitest";
import { CALL_COST_IN_CELLS } from "../../src/addon/changes.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { WRITES } from "./fakes/calls.js";
import { type FakeSheet, FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { load, sheet } from "./harness.js";

type Snapshot = Map<string, Map<string, unknown>>;

/** Every cell's value, format and weight, by tab and "row,column,layer". */
function snapshot(ss: FakeSpreadsheet): Snapshot {
  const out: Snapshot = new Map();
  for (const s of ss._sheets) {
    const cells = new Map<string, unknown>();
    s._grid().forEach((row, r) => {
      row.forEach((v, c) => {
        if (v !== "") cells.set(`${r},${c},v`, v instanceof Date ? v.getTime() : v);
      });
    });
    // A number format shows only in a cell with a value.
    for (const [k, f] of s._formats) {
      const [r, c] = k.split(",").map(Number) as [number, number];
      if (f !== "General" && s._get(r, c) !== "") cells.set(`${k},f`, f);
    }
    for (const [k, w] of s._weights) if (w === "bold") cells.set(`${k},w`, w);
    out.set(s._name, cells);
  }
  return out;
}

/** Cells whose value, format or weight differs between two snapshots. */
function changedCells(a: Snapshot, b: Snapshot): number {
  const cells = new Set<string>();
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name) ?? new Map();
    const y = b.get(name) ?? new Map();
    for (const k of new Set([...x.keys(), ...y.keys()])) {
      if (x.get(k) !== y.get(k)) cells.add(`${name}:${k.split(",").slice(0, 2).join(",")}`);
    }
  }
  return cells.size;
}

function column(s: FakeSheet, header: string): number {
  return s._grid()[0]!.indexOf(header);
}

function rowOf(s: FakeSheet, code: string): number {
  const c = column(s, HEADERS.code);
  return s._grid().findIndex((r) => r[c] === code);
}

interface Edit {
  readonly name: string;
  readonly edit: (indicators: FakeSheet) => void;
}

const EDITS: Edit[] = [
  { name: "nothing typed since the last compute", edit: () => {} },
  {
    name: "one result typed again (HT1's last year)",
    edit: (s) => {
      const row = rowOf(s, "HT1");
      const header = s._grid()[0]!;
      const last = header.reduce<number>(
        (k, h, i) => (String(h).startsWith("Kết quả") ? i : k),
        -1,
      );
      s._set(row, last, "100%");
    },
  },
  {
    name: "one target changed",
    edit: (s) => s._set(rowOf(s, "HT1"), column(s, HEADERS.target), "95%"),
  },
  {
    name: "the last indicator deleted (the summary gets shorter)",
    edit: (s) => {
      s._values.length = s._grid().length - 1;
    },
  },
];

describe("compute writes only what changes", () => {
  it.each(EDITS)("$name", async ({ edit }) => {
    const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
    world.call("setUpSheet");
    world.call("computeResults");
    const indicators = sheet(world.ss, TAB_NAMES.indicators);
    edit(indicators);
    const before = snapshot(world.ss);
    const calls = world.ss._calls;
    calls.reset();
    world.call("computeResults");
    const changed = changedCells(before, snapshot(world.ss));
    const writeCalls = [...calls.counts].filter(([k]) => WRITES.has(k)).length;
    if (changed === 0) {
      expect(calls.writes()).toBe(0);
      expect(calls.cellsWritten).toBe(0);
    } else {
      expect(calls.cellsWritten).toBeGreaterThanOrEqual(changed);
      expect(calls.cellsWritten).toBeLessThanOrEqual(
        3 * changed + CALL_COST_IN_CELLS * calls.writes(),
      );
      expect(writeCalls).toBeGreaterThan(0);
    }

    // The same sheet as a first compute over the same typed cells.
    const typed = world.ss._sheets
      .filter((s) => s._name !== TAB_NAMES.summary)
      .map((s) => ({ name: s._name, values: s._grid() }));
    const fresh = await load(FakeSpreadsheet.fromGrids(typed));
    fresh.call("setUpSheet");
    fresh.call("computeResults");
    for (const name of [TAB_NAMES.indicators, TAB_NAMES.summary]) {
      expect(snapshot(world.ss).get(name)).toEqual(snapshot(fresh.ss).get(name));
    }
  });

  it("writes a tenth of the first compute's cells or less when one result changes", async () => {
    const world = await load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
    world.call("setUpSheet");
    const calls = world.ss._calls;
    calls.reset();
    world.call("computeResults");
    const first = calls.cellsWritten;
    EDITS[1]!.edit(sheet(world.ss, TAB_NAMES.indicators));
    calls.reset();
    world.call("computeResults");
    expect(calls.cellsWritten).toBeGreaterThan(0);
    expect(calls.cellsWritten * 10).toBeLessThanOrEqual(first);
  });
});
