import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { templateGrids } from "../../src/core/workbook/template.js";

describe("analyse", () => {
  it("orders problems by the schema's tab order even when tabs are renamed and moved", () => {
    const blank = templateGrids();
    const grid = (name: string) => blank.find((g) => g.name === name)!;
    const indicators = grid(TAB_NAMES.indicators);
    const awards = grid(TAB_NAMES.awards);
    // A row with a code and no label (Chỉ tiêu), and one with no award name (Giải thưởng).
    const row = (header: readonly unknown[], first: string) =>
      header.map((_, k) => (k === 0 ? first : ""));
    const grids: NamedGrid[] = [
      {
        name: ` ${TAB_NAMES.awards.toUpperCase()} `,
        values: [awards.values[0]!, row(awards.values[0]!, "2020-2021")],
      },
      {
        name: TAB_NAMES.indicators.normalize("NFD").toLowerCase(),
        values: [indicators.values[0]!, row(indicators.values[0]!, "X1")],
      },
    ];
    const warnings = analyse(grids).problems.filter((p) => p.code === "empty-required");
    expect(warnings.map((p) => p.tab)).toEqual([grids[1]!.name, grids[0]!.name]);
  });
});
