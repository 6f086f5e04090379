/**
 * Property: whatever the sheet holds, no action changes a cell someone typed. Set-up may only
 * fill empty cells (new headers, missing Thông tin rows); every other action may write only
 * Chỉ tiêu's computed columns and the tabs it owns (Tổng hợp, Biểu đồ).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchKey } from "../../src/core/base/text.js";
import { COMPUTED_KEYS } from "../../src/core/outputs/computed.js";
import { TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { layoutTab } from "../../src/core/workbook/read.js";
import { type SCHEMA, tabDef } from "../../src/core/workbook/schema.js";
import { templateColumns } from "../../src/core/workbook/template.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { load } from "./harness.js";

const OWNED = new Set([TAB_NAMES.summary, TAB_NAMES.charts].map(matchKey));

const cellValue = fc.oneof(
  fc.constantFrom(
    "",
    "",
    "99,3%",
    "99.3",
    0.993,
    13,
    2,
    "dưới 1%",
    "#N/A",
    "Năm sau cao hơn năm trước",
    "Mức độ 3",
    "Tối thiểu (≥)",
    "Hòa Bình",
    "2019-2020",
    "Thành phố",
    "Ngân sách",
    "<b>đậm</b>",
    "1.157.274.000",
    true,
  ),
  fc.string({ maxLength: 12 }),
);

/** One tab: a header drawn from the schema's (shuffled, some NFD, some unknown), then rows. */
function tabArb(key: (typeof SCHEMA)[number]["key"]) {
  const def = tabDef(key);
  const headers = templateColumns(def, ["2019-2020", "2020-2021"]).map((c) => c.header);
  return fc
    .record({
      columns: fc.shuffledSubarray([...headers, "Cột riêng"], { minLength: 0 }),
      nfd: fc.boolean(),
      rows: fc.array(fc.array(cellValue, { minLength: 0, maxLength: 10 }), { maxLength: 6 }),
      nameNfd: fc.boolean(),
    })
    .map(({ columns, nfd, rows, nameNfd }) => ({
      name: nameNfd ? def.name.normalize("NFD") : def.name,
      values: [
        columns.map((h) => (nfd ? h.normalize("NFD") : h)),
        ...rows.map((r) => r.slice(0, Math.max(columns.length, 1))),
      ],
    }));
}

const workbookArb = fc
  .record({
    info: fc.option(tabArb("info"), { nil: undefined }),
    indicators: fc.option(tabArb("indicators"), { nil: undefined }),
    awards: fc.option(tabArb("awards"), { nil: undefined }),
    funding: fc.option(tabArb("funding"), { nil: undefined }),
    other: fc.array(fc.array(cellValue, { maxLength: 4 }), { maxLength: 3 }),
  })
  .map(({ other, ...tabs }) => [
    { name: "Ghi chép riêng", values: other },
    ...Object.values(tabs).filter((t) => t !== undefined),
  ]);

type Cells = Map<string, unknown>;

/** Every non-empty cell of the tabs people type in, except computed cells of Chỉ tiêu. */
function userCells(ss: FakeSpreadsheet): Cells {
  const out: Cells = new Map();
  for (const s of ss._sheets) {
    if (OWNED.has(matchKey(s._name))) continue;
    const grid = s._grid();
    const computed = new Set<number>();
    let headerRow = Number.POSITIVE_INFINITY;
    if (matchKey(s._name) === matchKey(TAB_NAMES.indicators)) {
      const layout = layoutTab(tabDef("indicators"), s._name, grid);
      headerRow = layout.headerRow;
      for (const k of COMPUTED_KEYS) {
        if (layout.columns[k] !== undefined) computed.add(layout.columns[k]!);
      }
    }
    grid.forEach((row, r) => {
      row.forEach((v, c) => {
        if (v === "") return;
        if (r > headerRow && computed.has(c)) return;
        out.set(`${s._name}!${r},${c}`, v);
      });
    });
  }
  return out;
}

const ACTIONS = ["setUpSheet", "computeResults", "formatSheet", "checkSheet", "drawCharts"];

describe("user-entered cells", () => {
  it("are identical before and after every action, on random sheets", async () => {
    await fc.assert(
      fc.asyncProperty(
        workbookArb,
        fc.array(fc.constantFrom(...ACTIONS), { minLength: 1, maxLength: 5 }),
        async (grids, actions) => {
          const world = await load(FakeSpreadsheet.fromGrids(grids));
          for (const action of ["computeResults", ...actions, "computeResults"]) {
            const before = userCells(world.ss);
            world.call(action);
            expect(world.ui._alerts, action).toEqual([]);
            const after = userCells(world.ss);
            for (const [k, v] of before) expect(after.get(k), `${action} ${k}`).toEqual(v);
            if (action !== "setUpSheet") expect(after.size, action).toBe(before.size);
          }
          expect(world.ss._ambiguous).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
