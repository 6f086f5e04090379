/**
 * Everything the add-on can leave on a fake spreadsheet, as comparable text: values and
 * formulas, number formats, weights, backgrounds, wraps and validations per cell, and per tab
 * its frozen rows, protections, conditional-format rules and charts.
 */
import type { FakeChart } from "./fakes/builders.js";
import type { FakeSheet, FakeSpreadsheet } from "./fakes/spreadsheet.js";

/** Per tab, "row,column,layer" → what the cell shows in that layer (absent when default). */
export type State = Map<string, Map<string, string>>;

function cellsOf(s: FakeSheet): Map<string, string> {
  const cells = new Map<string, string>();
  const put = (key: string, layer: string, v: unknown) => cells.set(`${key},${layer}`, String(v));
  s._grid().forEach((row, r) => {
    row.forEach((v, c) => {
      if (v !== "") put(`${r},${c}`, "v", v instanceof Date ? v.toISOString() : v);
    });
  });
  for (const [k, f] of s._formulas) put(k, "=", f);
  for (const [k, f] of s._formats) {
    const [r, c] = k.split(",").map(Number) as [number, number];
    // A number format shows only in a cell with a value.
    if (f !== "General" && s._get(r, c) !== "") put(k, "f", f);
  }
  for (const [k, w] of s._weights) if (w === "bold") put(k, "w", w);
  for (const [k, b] of s._backgrounds) {
    if (b && b.toLowerCase() !== "#ffffff") put(k, "b", b.toLowerCase());
  }
  for (const [k, w] of s._wraps) if (w) put(k, "wrap", w);
  for (const [k, v] of s._validations) {
    if (v) put(k, "dv", `${String(v.getCriteriaType())}:${JSON.stringify(v.getCriteriaValues())}`);
  }
  return cells;
}

function sheetOf(s: FakeSheet): Map<string, string> {
  const cells = cellsOf(s);
  cells.set("frozen", String(s._frozenRows));
  const protections = s._protections.map(
    (p) => `${p.getRange().getA1Notation()}|${p._description}|${p._warningOnly}`,
  );
  cells.set("protections", protections.sort().join("\n"));
  const rules = s._rules.map((r) => {
    const c = r.getBooleanCondition();
    const ranges = r.getRanges().map((x) => x.getA1Notation());
    return `${String(c?.getCriteriaType())}|${c?.getCriteriaValues()}|${c?.getBackground()}|${c?.getFontColor()}|${ranges}`;
  });
  cells.set("rules", rules.join("\n"));
  const charts = s._charts.map((chart) => {
    const c = chart as FakeChart;
    const ranges = c._ranges.map((x) => x.getA1Notation());
    return `${String(c._type)}|${ranges}|${c._headers}|${c._position}|${JSON.stringify(c._options)}`;
  });
  cells.set("charts", charts.join("\n"));
  return cells;
}

export function stateOf(ss: FakeSpreadsheet): State {
  return new Map(ss._sheets.map((s) => [s._name, sheetOf(s)]));
}

/** The cells (tab, row, column) whose value or look differs, plus a tab-wide layer that does. */
export function changedCells(a: State, b: State): number {
  const cells = new Set<string>();
  for (const name of new Set([...a.keys(), ...b.keys()])) {
    const x = a.get(name) ?? new Map<string, string>();
    const y = b.get(name) ?? new Map<string, string>();
    for (const k of new Set([...x.keys(), ...y.keys()])) {
      if (x.get(k) !== y.get(k)) cells.add(`${name}:${k.split(",").slice(0, 2).join(",")}`);
    }
  }
  return cells.size;
}
