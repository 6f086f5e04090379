/**
 * The kindergarten fixture (term 2025-2027 across the reform of 1 July 2025, typed by hand:
 * test/fixtures/schools/mam-non-hoa-an.ts) read back from XLSX and drafted: every figure of
 * the draft traced to its cell, every judgement as its figures support, every problem at its
 * cell, the school's own section "Công tác bán trú" under its own heading.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { type Draft, draftRuns, runsText } from "../../../src/core/outputs/draft/model.js";
import { schoolGrids } from "../../fixtures/schools/index.js";
import { MAM_NON_HOA_AN } from "../../fixtures/schools/mam-non-hoa-an.js";
import { addressOf } from "../../fixtures/schools/typed.js";
import { allowedNumbers, foreignNumbers } from "../../support/draft-numbers.js";
import { type DraftText, draftText, headingsOf, inOrder } from "../../support/draft-text.js";

const cell = (code: string, header: string) =>
  `Chỉ tiêu!${addressOf(MAM_NON_HOA_AN, "Chỉ tiêu", "Mã", code, header)}`;

let analysis: Analysis;
let draft: Draft;
let t: DraftText;
beforeAll(async () => {
  analysis = analyse(await schoolGrids("mam-non"));
  draft = buildDraft(analysis);
  t = draftText(draft);
});

const verdict = (code: string) =>
  analysis.evaluation.indicators.find((x) => x.indicator.code === code)!;

describe("Mầm non Hòa An: problems, each at its cell", () => {
  it("the #REF!, the blank year and the fraction typed as '0,989', nothing else", () => {
    const found = analysis.problems.map((p) =>
      `${p.severity} ${p.tab}!${p.cell} ${p.code}`.normalize("NFC"),
    );
    expect(found.sort()).toEqual(
      [
        `info ${cell("HD2", "KQ NH 2024-2025")} fraction-as-percent`,
        `warning ${cell("CC1", "KQ NH 2025-2026")} formula-error`,
        `warning ${cell("CC1", "KQ NH 2025-2026")} missing-result`,
        `warning ${cell("SDD2", "KQ NH 2025-2026")} missing-result`,
        // A district typed in 2025-2026, after the reform ("gõ theo thói quen"), at its cell;
        // and the pupils' province-level prizes have no line in 2025-2026: none, or not typed?
        "warning Giải thưởng!C5 level-not-in-year",
        "warning Giải thưởng! award-year-gap",
      ].sort(),
    );
    expect(analysis.workbook.schoolYears).toEqual(["2024-2025", "2025-2026", "2026-2027"]);
    expect(analysis.evaluation.indicators).toHaveLength(18);
  });

  it("the placeholders name the same cells", () => {
    expect(t.line("đi học chuyên cần hằng năm: năm học")).toContain(
      `2025-2026 đạt [chưa có số liệu: ${cell("CC1", "KQ NH 2025-2026")}]`,
    );
    // A rate to keep low "là" its figure, never "đạt" it (issue 8).
    expect(t.line("thấp còi năm học")).toContain(
      `2025-2026 là [chưa có số liệu: ${cell("SDD2", "KQ NH 2025-2026")}]`,
    );
  });
});

describe("Mầm non Hòa An: every judgement as its figures support", () => {
  it.each([
    ["CT1", "met"],
    ["HD1", "notMet"], // 52,4% in 2024-2025 against from 55%
    ["HD2", "exceeded"], // 98,9 … 99,5 against from 98%
    ["HD3", "met"], // exactly 100% each year
    ["PC1", "met"],
    ["CC1", "noData"], // 2025-2026 is a #REF!: the term cannot be judged whole
    ["SDD1", "notMet"], // 2,1% in 2024-2025 against under 2%
    ["SDD2", "noData"], // 2025-2026 blank
    ["DG1", "met"],
    ["BT1", "exceeded"], // 98,7 … 100 against from 98%
    ["BT2", "met"],
    ["BT3", "noTarget"],
    ["VC2", "met"],
    ["DV2", "met"],
  ])("%s: %s", (code, judgement) => {
    expect(verdict(code).term.judgement).toBe(judgement);
  });

  // Time scopes (issue 8): in the label, or typed in the scope column ("Cả nhiệm kì").
  it.each([
    ["DN1", "termEnd", "met"], // "đến cuối nhiệm kỳ": 100% in 2026-2027
    ["DN2", "term", "exceeded"], // column "Cả nhiệm kì": 2 + 3 + 2 = 7 against 6
    ["VC1", "termEnd", "met"], // 12 rooms at the end against 12
    ["DV1", "term", "met"], // "trong nhiệm kỳ": 1 + 0 + 1 = 2 against 2
    ["CC1", "yearly", "noData"], // "hằng năm", with a #REF! year
  ])("%s, scope %s: %s", (code, scope, judgement) => {
    expect(verdict(code).indicator.scope.key).toBe(scope);
    expect(verdict(code).term.judgement).toBe(judgement);
  });

  it("the years that fell short are the ones the figures show", () => {
    const short = (code: string) =>
      verdict(code)
        .years.filter((y) => y.judgement === "notMet")
        .map((y) => y.schoolYear);
    expect(short("HD1")).toEqual(["2024-2025"]);
    expect(short("SDD1")).toEqual(["2024-2025"]);
    expect(short("SDD2")).toEqual([]);
  });
});

describe("Mầm non Hòa An: every figure of the draft from its cell", () => {
  it("no number that is not in the workbook", async () => {
    const grids = await schoolGrids("mam-non");
    expect(foreignNumbers(draft, allowedNumbers(grids, analysis))).toEqual([]);
  });

  it("enrolment typed '52,4%', '56 %', 58,1% and '0,989'", () => {
    const l = t.line("huy động trẻ nhà trẻ ra lớp: năm học");
    expect(l).toContain("năm học 2024-2025 đạt 52,4%, 2025-2026 đạt 56%, 2026-2027 đạt 58,1%");
    // The year that kept the term from being met is named (issue 8: judgements one can sign).
    expect(l).toContain(
      "(chỉ tiêu từ 55% trở lên: chưa đạt chỉ tiêu; năm học 2024-2025 đạt 52,4%, chưa đạt; các năm học sau vượt)",
    );
    expect(l).toContain("huy động trẻ mẫu giáo ra lớp: năm học 2024-2025 đạt 98,9%");
  });

  it("attendance '91,5%' and '93 %' around the #REF!; malnutrition falling", () => {
    expect(t.line("đi học chuyên cần hằng năm: năm học")).toMatch(
      /2024-2025 đạt 91,5%.*2026-2027 đạt 93%/,
    );
    // A rate to keep low "là" its figure, never "đạt" it; the year over the ceiling is named.
    expect(t.line("suy dinh dưỡng thể nhẹ cân năm học")).toContain(
      "năm học 2024-2025 là 2,1%, 2025-2026 là 1,6%, 2026-2027 là 1,2%",
    );
    expect(t.line("suy dinh dưỡng thể nhẹ cân năm học")).toContain(
      "(chỉ tiêu dưới 2%: chưa đạt chỉ tiêu; năm học 2024-2025 là 2,1%, chưa đạt; các năm học sau đạt)",
    );
  });

  it("the school's section 'Công tác bán trú' has its own heading, in Part One and Part Three", () => {
    const h = headingsOf(draft);
    expect(
      inOrder(h, [
        "2.2. Chất lượng giáo dục toàn diện",
        "2.4. Công tác bán trú",
        "3. Xây dựng đội ngũ cán bộ, giáo viên",
      ]),
    ).toBe(true);
    expect(h.filter((x) => x.endsWith("Công tác bán trú"))).toHaveLength(2);
    expect(h).not.toContain("2.5. Các chỉ tiêu khác");
    expect(t.line("ăn bán trú tại trường: năm học")).toContain(
      "năm học 2024-2025 đạt 98,7%, 2025-2026 đạt 99,4%, 2026-2027 đạt 100%",
    );
    expect(t.all).toContain("Phấn đấu tỉ lệ trẻ ăn bán trú tại trường đạt 100%.");
    expect(t.all).toContain("Phấn đấu không có vụ ngộ độc thực phẩm, mất an toàn cho trẻ.");
  });

  it("prizes by year at the level of that year: district before the reform, commune after", () => {
    expect(t.line("Năm học 2024-2025:")).toContain("4 giải cấp huyện");
    expect(t.line("Năm học 2025-2026:")).toContain("6 giải cấp xã");
    expect(t.line("Năm học 2026-2027:")).toContain("5 giải cấp xã");
  });

  it("funding typed '85.000.000', '350 triệu', '1,45 tỷ' adds up to the stated total", () => {
    expect(t.line("Đầu tư cơ sở vật chất:")).toBe(
      "Đầu tư cơ sở vật chất: năm học 2024-2025: 85.000.000 đồng, năm học 2025-2026: 350.000.000 đồng, năm học 2026-2027: 1.450.000.000 đồng; cộng 1.885.000.000 đồng.",
    );
  });

  it("membership 18 = 17 + 1 from the short labels; the two admissions", () => {
    expect(t.line("Tổng số đảng viên")).toBe(
      "Tổng số đảng viên: 18 đồng chí. Trong đó đảng viên chính thức 17 đồng chí, dự bị 1 đồng chí.",
    );
    expect(t.line("kết nạp đồng chí")).toContain(
      "đồng chí Đỗ Thị Ngọc (11/2024), đồng chí Lương Thị Hạnh (03/2027)",
    );
    expect(t.line("Xếp loại chi bộ:")).toBe(
      "Xếp loại chi bộ: năm 2024, 2026 đạt Hoàn thành xuất sắc nhiệm vụ; năm 2025 đạt Hoàn thành tốt nhiệm vụ.",
    );
  });

  it("a staff paragraph not typed is a placeholder naming it, never invented text", () => {
    const missing = draftRuns(draft)
      .flat()
      .filter((r) => r.missing)
      .map((r) => r.text.normalize("NFC"));
    expect(missing).toContain(
      "[chưa có nội dung: Nội dung — Công tác kiểm tra, giám sát và kỉ luật Đảng]",
    );
  });
});

describe("Mầm non Hòa An: the document", () => {
  it("header, a short number completed, the date line, signature", () => {
    expect(runsText(draft.header.superiorBody)).toBe("ĐẢNG BỘ XÃ HÒA AN");
    expect(runsText(draft.header.issuingBody)).toBe("CHI BỘ TRƯỜNG MẦM NON HÒA AN");
    expect(draft.header.numberLine).toBe("Số 07-BC/CB");
    expect(runsText(draft.header.placeDate)).toBe("Hòa An, ngày 15 tháng 5 năm 2027");
    expect(runsText(draft.signature.name)).toBe("Nguyễn Thị Thanh Hương");
    expect(t.all).toContain("Tổng kết thực hiện Nghị quyết Chi bộ nhiệm kỳ 2025-2027");
  });
});
