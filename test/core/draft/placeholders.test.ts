/**
 * Issue 8: a placeholder names its tab in NFC even when the tab's name was typed in NFD
 * (pasted text, some keyboards), so that "[chưa có số liệu: Chỉ tiêu!J7]" reads, and is
 * found by a search, one way. The runs are checked as the draft holds them, not normalised.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { KINDS } from "../../../src/core/outputs/draft/kinds/all.js";
import { draftRuns } from "../../../src/core/outputs/draft/model.js";
import { readXlsxBytes } from "../../../src/writers/index.js";
import { THCS_XUAN_HOA } from "../../fixtures/schools/thcs-xuan-hoa.js";
import { nfd, type TypedWorkbook, xlsxOf } from "../../fixtures/schools/typed.js";

/** The THCS fixture with every tab named in NFD, and its staff texts and members left empty. */
const ALL_NFD: TypedWorkbook = {
  ...THCS_XUAN_HOA,
  sheets: THCS_XUAN_HOA.sheets.map((s) => {
    const name = nfd(s.name);
    const emptied = ["Nội dung", "Đảng viên"].includes(s.name.normalize("NFC"));
    return { ...s, name, rows: emptied ? s.rows.slice(0, 1) : s.rows };
  }),
};

describe("placeholders name their tab in NFC", () => {
  it("every kind of draft, tabs typed in NFD", async () => {
    const grids = await readXlsxBytes(await xlsxOf(ALL_NFD), "thcs.xlsx");
    // The reader keeps the names as typed: the test is about the draft, not the reader.
    expect(grids.some((g) => g.name !== g.name.normalize("NFC"))).toBe(true);
    const analysis = analyse(grids);
    const named = new Set<string>();
    for (const kind of Object.values(KINDS)) {
      for (const year of kind.id === "nam-hoc" ? analysis.workbook.schoolYears : [undefined]) {
        const draft = buildDraft(analysis, { kind: kind.id, schoolYear: year });
        for (const run of draftRuns(draft).flat()) {
          if (!run.missing) continue;
          expect([kind.id, run.text.normalize("NFC") === run.text]).toEqual([kind.id, true]);
          const tab = /: ([^!\]—]+?)(?:!| —|\])/.exec(run.text)?.[1];
          if (tab) named.add(tab);
        }
      }
    }
    // The indicators, staff texts and members tabs were all named by some placeholder.
    expect([...named]).toEqual(expect.arrayContaining(["Chỉ tiêu", "Nội dung", "Đảng viên"]));
  });
});

/** The THCS fixture without some award lines: a year of one series, and a whole series. */
function withoutAwardLines(drop: (row: readonly unknown[]) => boolean): TypedWorkbook {
  return {
    ...THCS_XUAN_HOA,
    sheets: THCS_XUAN_HOA.sheets.map((s) =>
      s.name.normalize("NFC") === "Giải thưởng"
        ? { ...s, rows: s.rows.filter((r, k) => k === 0 || !drop(r)) }
        : s,
    ),
  };
}

describe("a count taken from award lines, for a year with no line", () => {
  it("points to the Giải thưởng line to type, never to the Chỉ tiêu cell", async () => {
    const book = withoutAwardLines(
      (r) =>
        (r[0] === "2022-2023" && r[1] === "Huyện" && r[2] === "Học sinh") ||
        String(r[1]).normalize("NFC").toLowerCase().includes("tỉnh"),
    );
    const analysis = analyse(await readXlsxBytes(await xlsxOf(book), "thcs.xlsx"));
    const runs = draftRuns(buildDraft(analysis)).flat();
    const gaps = runs.filter((r) => r.missing).map((r) => r.text);
    const cl4 = analysis.workbook.indicators.find((i) => i.code === "CL4")!;
    const cl5 = analysis.workbook.indicators.find((i) => i.code === "CL5")!;
    // One year of CL4 (Học sinh, Huyện) has no line; CL5 (Học sinh, Tỉnh) has none at all.
    expect(gaps).toContain(
      "[chưa có số liệu: Giải thưởng — chưa có dòng năm học 2022-2023, Học sinh, Huyện / Quận]",
    );
    expect(gaps).toContain(
      "[chưa có số liệu: Giải thưởng — chưa có dòng Học sinh, Thành phố / Tỉnh]",
    );
    for (const i of [cl4, cl5])
      for (const f of Object.values(i.results))
        if (f.cell) expect(gaps.some((g) => g.includes(`!${f.cell}]`))).toBe(false);
  });
});
