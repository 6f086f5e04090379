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
