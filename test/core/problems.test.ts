import { describe, expect, it } from "vitest";
import { at, issue, sortProblems } from "../../src/core/base/problems.js";

describe("sortProblems", () => {
  it("puts errors first, then tabs in order, then cells by row and column", () => {
    const p = (tab: string, cell: string, severity: "error" | "warning" = "warning") =>
      at(tab, cell, issue(severity, "x", "x"));
    const sorted = sortProblems(
      [
        p("B", "A1"),
        p("A", "AC5"),
        p("A", "AB5"),
        p("A", "Z5"),
        p("A", "B10"),
        p("A", "C2"),
        p("A", ""),
        p("B", "Q9", "error"),
      ],
      ["A", "B"],
    );
    expect(sorted.map((x) => `${x.tab}!${x.cell}`)).toEqual([
      "B!Q9",
      "A!",
      "A!C2",
      "A!Z5",
      "A!AB5",
      "A!AC5",
      "A!B10",
      "B!A1",
    ]);
  });
});
