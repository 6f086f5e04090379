/**
 * Every action that writes writes what changes (issue 13): after set-up, compute, format and
 * charts have run once, a second run of each writes no cell and makes no write call; after k
 * cells are changed by hand, each action writes O(k) cells (counted by the fakes); and the
 * sheet ends exactly as the same actions from scratch would leave it over the same typed cells.
 */
import { describe, expect, it } from "vitest";
import { scaledSample } from "../../scripts/bench/addon.js";
import { CALL_COST_IN_CELLS } from "../../src/addon/changes.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { WRITES } from "./fakes/calls.js";
import { type FakeSheet, FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { analyseFake, type Loaded, load, sheet } from "./harness.js";
import { changedCells, stateOf } from "./state.js";

/** The menu's writing actions, in the order a school runs them. */
const ACTIONS = ["setUpSheet", "computeResults", "formatSheet", "drawCharts"] as const;
const ROWS = 200;
/** Cells an action may write per cell changed by hand: the cell, a few it drives, a block's slack. */
const PER_EDIT = 3 + CALL_COST_IN_CELLS;

async function world(): Promise<Loaded> {
  const w = await load(FakeSpreadsheet.fromGrids(templateGrids(scaledSample(ROWS))));
  for (const action of ACTIONS) w.call(action);
  return w;
}

interface Edit {
  readonly name: string;
  /** Changes cells by hand and returns how many. */
  readonly edit: (w: Loaded) => number;
}

function header(s: FakeSheet): unknown[] {
  return s._grid()[0]!;
}

/** Results typed as text percents ("100%") typed again as the fraction Sheets stores (1). */
function fractions(k: number): Edit {
  return {
    name: `${k} percent result(s) typed again as fractions`,
    edit: (w) => {
      const s = sheet(w.ss, TAB_NAMES.indicators);
      const years = header(s).flatMap((h, i) => (String(h).startsWith("Kết quả 20") ? [i] : []));
      const percent = analyseFake(w.ss)
        .evaluation.indicators.filter((v) => v.indicator.unit === "percent")
        .map((v) => v.indicator.row);
      let typed = 0;
      for (const row of percent) {
        for (const c of years) {
          const m = /^(\d+(?:,\d+)?)%$/.exec(String(s._get(row, c)));
          if (!m || typed >= k) continue;
          s._set(row, c, Number(m[1]!.replace(",", ".")) / 100);
          typed++;
        }
      }
      expect(typed).toBe(k);
      return k;
    },
  };
}

const EDITS: Edit[] = [
  { name: "nothing changed", edit: () => 0 },
  fractions(1),
  fractions(8),
  {
    name: "3 header cells of Chỉ tiêu restyled by hand (not bold, not wrapped, white)",
    edit: (w) => {
      const s = sheet(w.ss, TAB_NAMES.indicators);
      for (const c of [0, 4, header(s).indexOf(HEADERS.judgement)]) {
        s._weights.set(`0,${c}`, "normal");
        s._wraps.set(`0,${c}`, false);
        s._backgrounds.set(`0,${c}`, null);
      }
      return 3;
    },
  },
  {
    name: "the grey of 4 computed cells painted over",
    edit: (w) => {
      const s = sheet(w.ss, TAB_NAMES.indicators);
      const c = header(s).indexOf(HEADERS.trend);
      for (const r of [1, 2, 50, 120]) s._backgrounds.set(`${r},${c}`, "#ff0000");
      return 4;
    },
  },
  {
    name: "the dropdown of 5 unit cells pasted over, the first data row's included",
    edit: (w) => {
      const s = sheet(w.ss, TAB_NAMES.indicators);
      const c = header(s).indexOf(HEADERS.unit);
      for (const r of [1, 2, 3, 90, 700]) s._validations.set(`${r},${c}`, null);
      return 5;
    },
  },
  {
    name: "one award typed (a pupils' prize count of the chart changes)",
    edit: (w) => {
      const s = sheet(w.ss, TAB_NAMES.awards);
      const grid = s._grid();
      const copy = grid[1]!;
      copy.forEach((v, c) => {
        s._set(grid.length, c, v);
      });
      return copy.length;
    },
  },
];

describe("each writing action writes what changes", () => {
  it.each(EDITS)("$name", async ({ edit }) => {
    const w = await world();
    const k = edit(w);
    const calls = w.ss._calls;
    const written: Record<string, number> = {};
    for (const action of ACTIONS) {
      const before = stateOf(w.ss);
      calls.reset();
      w.call(action);
      const changed = changedCells(before, stateOf(w.ss));
      written[action] = calls.cellsWritten;
      if (changed === 0) {
        // Not a cell, not a rule, not a chart removed or inserted.
        expect([action, calls.writes(), calls.cellsWritten]).toEqual([action, 0, 0]);
      } else {
        const writeCalls = [...calls.counts].filter(([name]) => WRITES.has(name));
        const callCount = writeCalls.reduce((n, [, v]) => n + v, 0);
        expect(calls.cellsWritten, action).toBeLessThanOrEqual(
          3 * changed + CALL_COST_IN_CELLS * callCount,
        );
      }
      // O(k): the action's cells follow the cells changed by hand, not the sheet's size.
      if (action !== "computeResults") {
        expect(calls.cellsWritten, action).toBeLessThanOrEqual(PER_EDIT * k);
      }
    }
    if (k === 0)
      expect(written).toEqual({ setUpSheet: 0, computeResults: 0, formatSheet: 0, drawCharts: 0 });

    // The same as every action from scratch over the same typed cells.
    const owned = new Set<string>([TAB_NAMES.summary, TAB_NAMES.charts]);
    const typed = w.ss._sheets
      .filter((s) => !owned.has(s._name))
      .map((s) => ({ name: s._name, values: s._grid() }));
    const fresh = await load(FakeSpreadsheet.fromGrids(typed));
    for (const action of ACTIONS) fresh.call(action);
    const mine = stateOf(w.ss);
    const theirs = stateOf(fresh.ss);
    for (const name of theirs.keys()) expect(mine.get(name), name).toEqual(theirs.get(name));
  });

  it("keeps the charts when their data changes, redraws only the one removed by hand", async () => {
    const w = await world();
    const tab = sheet(w.ss, TAB_NAMES.charts);
    const ids = tab._charts.map((c) => c.getChartId());
    expect(ids).toHaveLength(2);
    EDITS.at(-1)!.edit(w);
    w.call("computeResults");
    const calls = w.ss._calls;
    calls.reset();
    w.call("drawCharts");
    expect(calls.cellsWritten).toBeGreaterThan(0);
    expect(calls.get("Sheet.removeChart") + calls.get("Sheet.insertChart")).toBe(0);
    expect(tab._charts.map((c) => c.getChartId())).toEqual(ids);
    tab.removeChart(tab._charts[0]!);
    calls.reset();
    w.call("drawCharts");
    expect([calls.get("Sheet.removeChart"), calls.get("Sheet.insertChart")]).toEqual([0, 1]);
    expect(tab._charts).toHaveLength(2);
    expect(tab._charts[0]!.getChartId()).toBe(ids[1]);
  });

  it("a second Cập nhật tất cả writes nothing", async () => {
    const w = await world();
    w.call("updateAll");
    const calls = w.ss._calls;
    calls.reset();
    w.call("updateAll");
    expect([calls.writes(), calls.cellsWritten]).toEqual([0, 0]);
  });
});
