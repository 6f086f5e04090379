/**
 * What the kinds take from Thông tin: the resolution is dated with the congress (not the
 * report it answers), and a value left out is a placeholder naming its cell, or its key when
 * the tab has no row for it — never an invented date or name.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { runsText } from "../../../src/core/outputs/draft/model.js";
import { INFO_KEYS, TAB_NAMES } from "../../../src/core/vocabulary/vi.js";
import type { NamedGrid } from "../../../src/core/workbook/model.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../../src/core/workbook/template.js";
import { draftMarkdown } from "../../../src/writers/index.js";
import { schoolGrids } from "../../fixtures/schools/index.js";
import { draftText } from "../../support/draft-text.js";

const sampleWith = (info: Partial<typeof SAMPLE.info>) =>
  analyse(templateGrids({ ...SAMPLE, info: { ...SAMPLE.info, ...info } }));

/** The grids without the Thông tin rows whose key is one of `keys` (as typed, NFC). */
function withoutInfoRows(grids: readonly NamedGrid[], keys: readonly string[]): NamedGrid[] {
  return grids.map((g) =>
    g.name.normalize("NFC") === TAB_NAMES.info
      ? {
          ...g,
          values: g.values.filter((r) => !keys.includes(String(r[0] ?? "").normalize("NFC"))),
        }
      : g,
  );
}

describe("the resolution's date line is the congress's day", () => {
  it("the sample: the congress of 20/10/2022, not the report's date", () => {
    const a = sampleWith({ reportDate: "15/10/2022" });
    expect(runsText(buildDraft(a).header.placeDate)).toBe("Hoà Bình, ngày 15 tháng 10 năm 2022");
    const d = buildDraft(a, { kind: "nghi-quyet" });
    expect(runsText(d.header.placeDate)).toBe("Hoà Bình, ngày 20 tháng 10 năm 2022");
    expect(d.header.placeDate.some((r) => r.missing)).toBe(false);
  });

  it.each([
    ["06/02/2025", "ngày 06 tháng 02 năm 2025"],
    ["9/3/2025", "ngày 09 tháng 3 năm 2025"],
    ["12/11/2024", "ngày 12 tháng 11 năm 2024"],
    ["5/1/2026", "ngày 05 tháng 01 năm 2026"],
  ])("congress on %s: %s (a leading zero only below 10 and for months 1, 2)", (typed, words) => {
    const d = buildDraft(sampleWith({ congressDate: typed }), { kind: "nghi-quyet" });
    expect(runsText(d.header.placeDate)).toBe(`Hoà Bình, ${words}`);
    expect(draftText(d).all).toContain(`họp ${words}`);
  });

  it("no congress date: a placeholder naming its cell, on the date line and in the opening", () => {
    const a = sampleWith({ reportDate: "15/10/2022", congressDate: "" });
    const cell = a.workbook.info.cells.congressDate;
    expect(cell).toMatch(/^B\d+$/);
    const d = buildDraft(a, { kind: "nghi-quyet" });
    const placeholder = `[chưa điền: ${TAB_NAMES.info}!${cell}]`;
    expect(runsText(d.header.placeDate)).toBe(`Hoà Bình, ${placeholder}`);
    expect(d.header.placeDate.at(-1)?.missing).toBe(true);
    expect(runsText(d.header.placeDate)).not.toMatch(/\d{4}/);
    expect(draftText(d).all).toContain(`họp ${placeholder}, có 16/17`);
  });

  describe("the other schools", () => {
    const analyses = new Map<string, Analysis>();
    beforeAll(async () => {
      for (const id of ["thcs", "mam-non"]) analyses.set(id, analyse(await schoolGrids(id)));
    });
    it.each([
      ["thcs", "Xuân Hòa, ngày 15 tháng 4 năm 2025", "Xuân Hòa, ngày 22 tháng 4 năm 2025"],
      ["mam-non", "Hòa An, ngày 15 tháng 5 năm 2027", "Hòa An, ngày 28 tháng 5 năm 2027"],
    ])("%s: the report of %s, the resolution of %s", (id, report, resolution) => {
      const a = analyses.get(id)!;
      expect(runsText(buildDraft(a).header.placeDate).normalize("NFC")).toBe(report);
      const d = buildDraft(a, { kind: "nghi-quyet" });
      expect(runsText(d.header.placeDate).normalize("NFC")).toBe(resolution);
    });

    it("no row for the congress date: the placeholder names the key", async () => {
      const grids = withoutInfoRows(await schoolGrids("thcs"), [INFO_KEYS.congressDate]);
      const d = buildDraft(analyse(grids), { kind: "nghi-quyet" });
      expect(runsText(d.header.placeDate).normalize("NFC")).toBe(
        `Xuân Hòa, [chưa điền: ${TAB_NAMES.info} — ${INFO_KEYS.congressDate}]`,
      );
    });
  });
});

describe("the resolution's signer", () => {
  it("the sample's empty row: the placeholder names its cell", () => {
    const a = sampleWith({});
    const d = buildDraft(a, { kind: "nghi-quyet" });
    const cell = a.workbook.info.cells.congressChair;
    expect(cell).toMatch(/^B\d+$/);
    expect(runsText(d.signature.name)).toBe(`[chưa điền: ${TAB_NAMES.info}!${cell}]`);
  });

  it.each(["thcs", "mam-non"])(
    "%s, which has no such row: the placeholder names the key",
    async (id) => {
      const d = buildDraft(analyse(await schoolGrids(id)), { kind: "nghi-quyet" });
      expect(d.signature.name).toEqual([
        {
          text: `[chưa điền: ${TAB_NAMES.info} — ${INFO_KEYS.congressChair}]`,
          missing: true,
        },
      ]);
    },
  );

  it("typed: the name, in bold under 'T/M ĐOÀN CHỦ TỊCH' with no empty title line", () => {
    const d = buildDraft(sampleWith({ congressChair: "Nguyễn Văn An" }), { kind: "nghi-quyet" });
    expect(runsText(d.signature.name)).toBe("Nguyễn Văn An");
    expect(d.signature.onBehalf).toBe("T/M ĐOÀN CHỦ TỊCH");
    expect(draftMarkdown(d, (id) => id)).toMatch(
      /\*\*T\/M ĐOÀN CHỦ TỊCH\*\* {2}\n\n\*\*Nguyễn Văn An\*\*/,
    );
    expect(draftMarkdown(d, (id) => id)).not.toContain("****");
  });
});
