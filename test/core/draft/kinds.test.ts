/**
 * Report kinds as data: each kind's outline on the sample (headings in order, figures from
 * the sheet), the date line and document number of issue 8, the mid-term rules by scope, and
 * a school's own outline in "Mẫu báo cáo".
 */
import { describe, expect, it } from "vitest";
import { DRAFT } from "../../../src/core/i18n/messages.js";
import { analyse } from "../../../src/core/judge/analyse.js";
import type { IndicatorVerdict } from "../../../src/core/judge/evaluate.js";
import { buildDraft, dateParts, lastYearWithData } from "../../../src/core/outputs/draft/build.js";
import { sheetRowsOf } from "../../../src/core/outputs/draft/custom.js";
import { KINDS, kindNamed } from "../../../src/core/outputs/draft/kinds/all.js";
import { type Draft, draftRuns, runsText } from "../../../src/core/outputs/draft/model.js";
import { progressOf } from "../../../src/core/outputs/draft/parts/progress.js";
import { comparedWithBefore } from "../../../src/core/outputs/draft/parts/year.js";
import { OUTLINE_CONTENT_LABELS, TAB_NAMES } from "../../../src/core/vocabulary/vi.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import { OUTLINE_TAB } from "../../../src/core/workbook/schema.js";
import { templateGrids } from "../../../src/core/workbook/template.js";

const grids = templateGrids(SAMPLE);
const analysis = analyse(grids);
const text = (d: Draft) => draftRuns(d).map(runsText).join("\n");
const headings = (d: Draft) =>
  d.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.number} ${b.text}`.trim()] : []));

describe("the date line (NĐ 30 §II.4.b, HD 36)", () => {
  it.each([
    ["2025-04-18", "ngày 18 tháng 4 năm 2025"],
    ["2025-02-06", "ngày 06 tháng 02 năm 2025"],
    ["2026-01-05", "ngày 05 tháng 01 năm 2026"],
    ["2025-12-10", "ngày 10 tháng 12 năm 2025"],
    ["2025-03-09", "ngày 09 tháng 3 năm 2025"],
  ])("%s reads %s", (key, words) => {
    expect(DRAFT.dateWords(...dateParts(key.split("-")))).toBe(words);
  });

  it("the sample's report date typed 18/4/2025 gives 'ngày 18 tháng 4' on the place line", () => {
    const data = { ...SAMPLE, info: { ...SAMPLE.info, reportDate: "18/04/2025" } };
    const d = buildDraft(analyse(templateGrids(data)));
    expect(runsText(d.header.placeDate)).toBe("Hoà Bình, ngày 18 tháng 4 năm 2025");
  });
});

describe("the document number", () => {
  it.each([
    ["03", "Số 03-BC/CB"],
    ["03-BC/CB", "Số 03-BC/CB"],
    ["Số 03-BC/CB", "Số 03-BC/CB"],
    ["", "Số …-BC/CB"],
  ])("Party: %j → %s", (typed, line) => {
    expect(DRAFT.numberLine(typed)).toBe(line);
  });
  it.each([
    ["05/BC-THHB", "Số: 05/BC-THHB"],
    ["Số: 05/BC-THHB", "Số: 05/BC-THHB"],
    ["05", "Số: 05/BC-…"],
  ])("state: %j → %s", (typed, line) => {
    expect(DRAFT.stateNumberLine(typed, "BC")).toBe(line);
  });
});

describe("kinds by name", () => {
  it.each([
    ["bao-cao-nhiem-ky", "bao-cao-nhiem-ky"],
    ["nghi-quyet", "nghi-quyet"],
    ["Nghị quyết", "nghi-quyet"],
    ["nam-hoc", "nam-hoc"],
    ["so-ket", "so-ket"],
    ["giữa nhiệm kỳ", "so-ket"],
  ])("%j is %s", (typed, id) => {
    expect(kindNamed(typed)?.id).toBe(id);
  });
  it("an unknown name is none", () => expect(kindNamed("bien-ban")).toBeUndefined());
});

describe("Nghị quyết Đại hội Chi bộ on the sample", () => {
  const d = buildDraft(analysis, { kind: "nghi-quyet" });
  const all = text(d);

  it("has the congress header, title and the points of the resolution in order", () => {
    expect(runsText(d.header.superiorBody)).toBe("ĐẢNG BỘ XÃ HOÀ BÌNH");
    expect(runsText(d.header.issuingBody)).toBe("ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH");
    expect(d.header.issuingMore?.map(runsText)).toEqual(["NHIỆM KỲ 2022-2025"]);
    expect(d.header.numberLine).toBe("Số …-NQ/ĐH");
    expect(d.title).toBe("NGHỊ QUYẾT");
    expect(d.summaryLines).toEqual(["Đại hội Chi bộ Trường Tiểu học Hoà Bình nhiệm kỳ 2022-2025"]);
    const h = headings(d);
    const order = [
      "QUYẾT NGHỊ:",
      "1. Tán thành những nội dung cơ bản của Báo cáo chính trị về kết quả thực hiện Nghị quyết nhiệm kỳ 2020-2022",
      "2. Mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ 2022-2025",
      "3. Nhiệm vụ và giải pháp",
      "4. Tán thành Báo cáo kiểm điểm của Chi ủy nhiệm kỳ 2020-2022",
      "5. Kết quả bầu cử",
      "6. Tổ chức thực hiện",
    ];
    expect(h.filter((x) => order.includes(x))).toEqual(order);
    expect(d.signature.onBehalf).toBe("T/M ĐOÀN CHỦ TỊCH");
  });

  it("states the congress facts from Thông tin", () => {
    expect(all).toContain("họp ngày 20 tháng 10 năm 2022, có 16/17 đảng viên được triệu tập");
  });

  it("takes the next term's targets from the column, grouped by section", () => {
    const h = headings(d);
    expect(h).toContain("2.3. Chất lượng giáo dục toàn diện");
    expect(all).toContain(
      "Phấn đấu tỉ lệ học sinh xếp mức Đạt ở mỗi tiêu chí năng lực đạt 99%, trong đó từ 75% trở lên xếp mức Tốt.",
    );
    expect(all).toContain("Phấn đấu không có đảng viên, giáo viên vi phạm pháp luật.");
    // Every next-term target of the sheet appears.
    for (const v of analysis.evaluation.indicators) {
      const next = v.indicator.nextTarget;
      if (next.measure?.kind === "amount" && /\d/.test(next.text))
        expect(all, v.indicator.code).toMatch(/\d/);
    }
  });
});

describe("Báo cáo tổng kết năm học on the sample", () => {
  it("defaults to the last school year with data", () => {
    expect(lastYearWithData(analysis)).toBe("2021-2022");
  });

  const d = buildDraft(analysis, { kind: "nam-hoc" });
  const all = text(d);

  it("has the school's NĐ 30 header and signature", () => {
    expect(d.layout).toBe("state");
    expect(runsText(d.header.superiorBody)).toBe("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN HOÀ BÌNH");
    expect(runsText(d.header.issuingBody)).toBe("TRƯỜNG TIỂU HỌC HOÀ BÌNH");
    expect(d.header.party).toBe("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(d.header.motto).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(d.header.numberLine).toBe("Số: …/BC-…");
    expect(d.summaryLines).toEqual(["Tổng kết năm học 2021-2022"]);
    expect(d.signature.onBehalf).toBe("");
    expect(d.signature.title).toBe("HIỆU TRƯỞNG");
  });

  it("has its parts in order", () => {
    const h = headings(d);
    expect(h[0]).toBe("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(h).toContain("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2021-2022");
    expect(h.at(-1)).toBe("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC TỚI");
  });

  it("compares the year with the one before, from the sheet's figures", () => {
    // Hoàn thành xuất sắc 65% (2020-2021) → 73% (2021-2022); khen thưởng 84% → 80%.
    expect(all).toMatch(/Hoàn thành xuất sắc: 73% \(.*vượt chỉ tiêu\), tăng 8 điểm phần trăm/);
    expect(all).toMatch(/khen thưởng: 80% .*giảm 4 điểm phần trăm so với năm học trước/);
    expect(all).toMatch(/cấp thành phố: 12 giải .*tăng 7 giải so với năm học trước/);
    expect(all).toContain("Giữ vững kết quả phổ cập và duy trì sĩ số");
  });

  it("another year by option", () => {
    const y = buildDraft(analysis, { kind: "nam-hoc", schoolYear: "2020-2021" });
    expect(y.summaryLines).toEqual(["Tổng kết năm học 2020-2021"]);
    expect(text(y)).toMatch(/Hoàn thành xuất sắc: 65% .*tăng 2 điểm phần trăm/);
  });
});

describe("the difference with the year before", () => {
  const verdict = (unit: string, values: (number | null)[]) =>
    ({
      indicator: { unit, unitKey: unit === "count" ? "prizes" : undefined },
      years: values.map((value, k) => ({ schoolYear: `202${k}-202${k + 1}`, value })),
    }) as unknown as IndicatorVerdict;
  it.each([
    ["percent", [97.2, 99.6], "tăng 2,4 điểm phần trăm so với năm học trước"],
    ["percent", [99.6, 99.6], "bằng năm học trước"],
    ["percent", [1.2, 0.3], "giảm 0,9 điểm phần trăm so với năm học trước"],
    ["rank", [13, 9], "tăng 4 bậc so với năm học trước"],
    ["count", [5, 12], "tăng 7 giải so với năm học trước"],
    ["percent", [null, 99], ""],
  ] as const)("%s %j: %j", (unit, values, words) => {
    expect(comparedWithBefore(verdict(unit, [...values]), "2021-2022", "2020-2021")).toBe(words);
  });
});

describe("the mid-term review", () => {
  /** A verdict with yearly figures and a scope, as the judge hands them over. */
  const v = (scope: string, target: number, values: (number | null)[], notMet: number[] = []) =>
    ({
      indicator: {
        scope: { key: scope },
        target: {
          text: String(target),
          measure: { kind: "amount", low: target, high: target },
        },
        termResult: { text: "", measure: null },
      },
      term: { judgement: "met" },
      years: values.map((value, k) => ({
        schoolYear: `202${k}-202${k + 1}`,
        value,
        judgement: value === null ? null : notMet.includes(k) ? "notMet" : "met",
        figure: { text: value === null ? "" : String(value), measure: value === null ? null : {} },
      })),
    }) as unknown as IndicatorVerdict;

  it.each([
    // 5-year term, two years so far: a cumulative 3 needs 1,2 by now.
    ["term", 3, [1, 0, null, null, null], "behind", 2],
    ["term", 3, [1, 1, null, null, null], "onTrack", 1],
    ["term", 3, [2, 1, null, null, null], "reached", 0],
    // By the end of the term: 6 rooms, 3 of them by year two of five.
    ["termEnd", 6, [2, 3, null, null, null], "onTrack", 3],
    ["termEnd", 6, [1, 2, null, null, null], "behind", 4],
  ] as const)(
    "%s target %d, years %j: %s, %d to go",
    (scope, target, values, progress, remains) => {
      const p = progressOf(v(scope, target, [...values]), 5);
      expect(p.progress).toBe(progress);
      expect(p.remains).toBe(remains);
    },
  );

  it("each year: behind when a year fell short, naming it", () => {
    const p = progressOf(v("yearly", 99, [99.2, 98.5, null, null, null], [1]), 5);
    expect(p).toMatchObject({ progress: "behind", shortYears: ["2021-2022"] });
    expect(progressOf(v("yearly", 99, [99.2, 99.5, null]), 5).progress).toBe("onTrack");
  });

  it("on the sample: the resolution's targets, judged, in a table", () => {
    const d = buildDraft(analysis, { kind: "so-ket" });
    const h = headings(d);
    expect(h).toEqual([
      "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT",
      "1. Các chỉ tiêu so với Nghị quyết",
      // Section by section, as the school-year report goes.
      "1.1. Lãnh đạo công tác chính trị, tư tưởng",
      "1.2. Công tác phổ cập giáo dục và duy trì sĩ số",
      "1.3. Chất lượng giáo dục toàn diện",
      "2. Công tác xây dựng Chi bộ",
      "II. HẠN CHẾ, NGUYÊN NHÂN",
      "1. Tồn tại",
      "2. Nguyên nhân dẫn đến tồn tại",
      "III. NHIỆM VỤ, GIẢI PHÁP NỬA NHIỆM KỲ CÒN LẠI",
    ]);
    const rows = d.blocks.flatMap((b) =>
      b.kind === "table" ? b.rows.map((r) => r.map(runsText)) : [],
    );
    expect(rows).toContainEqual([
      "Thứ hạng khảo sát chất lượng cuối năm trong huyện (đổi coi, chấm chéo): Năm sau tiến bộ hơn năm trước",
      "2019-2020: thứ 13; 2020-2021: thứ 13; 2021-2022: thứ 9",
      "Chậm tiến độ",
      "năm học 2020-2021 chưa đạt",
    ]);
    expect(text(d)).toContain("Tập trung vào các chỉ tiêu còn chậm");
  });
});

describe("a school's own outline in 'Mẫu báo cáo'", () => {
  const label = (key: string) => OUTLINE_CONTENT_LABELS[key]!;
  const header = OUTLINE_TAB.columns.map((c) => c.header);
  const withOutline = (rows: (string | number)[][]) =>
    analyse([...grids, { name: TAB_NAMES.outline, values: [header, ...rows] }]);

  it("reorders, renames, drops and adds sections as typed", () => {
    const a = withOutline([
      [1, "PHẦN THỨ NHẤT – KẾT QUẢ", ""],
      [2, "Chất lượng giáo dục", label("indicators:quality")],
      ["", "", label("table:quality")],
      [2, "Tình hình chi bộ", label("membership")],
      [2, "Xã hội hoá giáo dục", label("staff:socialisation")],
    ]);
    const d = buildDraft(a);
    expect(headings(d)).toEqual([
      "PHẦN THỨ NHẤT",
      "I. Chất lượng giáo dục",
      "II. Tình hình chi bộ",
      "III. Xã hội hoá giáo dục",
    ]);
    const part = d.blocks[0];
    expect(part?.kind === "heading" && part.subtitle).toBe("KẾT QUẢ");
    const all = text(d);
    expect(all).toMatch(/99,3%, trong đó 78% xếp mức Tốt/);
    expect(all).toContain("Tổng số đảng viên: 17 đồng chí.");
    expect(all).not.toContain("Huy động trẻ 6 tuổi"); // universal: not taken
    // What no heading takes is reported, so nothing typed is silently left out.
    const untaken = a.problems.filter((p) => p.code.startsWith("outline-untaken"));
    expect(untaken.map((p) => p.message).join("\n")).toContain("Phổ cập giáo dục và duy trì sĩ số");
    expect(untaken.map((p) => p.message).join("\n")).toContain("Thuận lợi");
    expect(untaken.map((p) => p.message).join("\n")).not.toContain("xã hội hoá");
  });

  it("reports a row it cannot use at its cell and leaves it out", () => {
    const a = withOutline([
      [7, "Sai cấp", ""],
      [2, "Đúng", "Nội dung không có"],
      ["", "Một câu văn của trường.", ""],
      [2, "", label("funding")],
    ]);
    const found = a.problems
      .filter((p) => p.code.startsWith("outline-") && !p.code.includes("untaken"))
      .map((p) => `${p.tab}!${p.cell} ${p.code}`);
    expect(found).toEqual([
      "Mẫu báo cáo!A2 outline-level",
      "Mẫu báo cáo!C3 outline-content",
      "Mẫu báo cáo!B5 outline-heading",
    ]);
    expect(text(buildDraft(a))).toContain("Một câu văn của trường.");
  });

  it("a kind's default outline, written as rows and read back, gives the same headings", () => {
    for (const kind of Object.values(KINDS)) {
      const a = withOutline(sheetRowsOf(kind));
      const own = buildDraft(analysis, { kind });
      const back = buildDraft(a, { kind });
      // Headings shown only when filled are always shown from a sheet, so numbers may shift.
      const bare = (d: Draft) => headings(d).map((h) => h.replace(/^[\dIVX.]+\s/, ""));
      const wanted = bare(own);
      expect(
        bare(back).filter((h) => wanted.includes(h)),
        kind.id,
      ).toEqual(wanted);
    }
  });
});
