/**
 * Each report kind on the two schools beside the sample (test/fixtures/schools): headings in
 * order, the header blocks each kind has, and its figures from the sheet's cells. The sample's
 * own outline tests are in kinds.test.ts; the "no number from nowhere" check for every kind of
 * the three workbooks is in numbers.property.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Analysis, analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { KIND_IDS } from "../../../src/core/outputs/draft/kinds/all.js";
import { type Draft, runsText } from "../../../src/core/outputs/draft/model.js";
import { schoolGrids } from "../../fixtures/schools/index.js";
import { draftText, headingsOf, inOrder } from "../../support/draft-text.js";

const analyses = new Map<string, Analysis>();
beforeAll(async () => {
  for (const id of ["thcs", "mam-non"]) analyses.set(id, analyse(await schoolGrids(id)));
});
const draftOf = (id: string, kind: string, schoolYear?: string): Draft =>
  buildDraft(analyses.get(id)!, { kind: kind as never, schoolYear });

/** The rows of every table whose first header cell is `firstHeader`, as text. */
function tableRows(d: Draft, firstHeader: string): string[][] {
  const rows = d.blocks.flatMap((b) =>
    b.kind === "table" && b.header[0] === firstHeader
      ? b.rows.map((r) => r.map((c) => runsText(c).normalize("NFC")))
      : [],
  );
  expect(rows, `a table headed ${firstHeader}`).not.toHaveLength(0);
  return rows;
}

describe("Nghị quyết Đại hội Chi bộ", () => {
  it("THCS: header, facts of the congress, points in order, targets by section", () => {
    const d = draftOf("thcs", "nghi-quyet");
    const t = draftText(d);
    expect(runsText(d.header.issuingBody)).toBe("ĐẠI HỘI CHI BỘ TRƯỜNG THCS XUÂN HÒA");
    expect(d.header.issuingMore?.map(runsText)).toEqual(["NHIỆM KỲ 2025-2030"]);
    expect(d.header.numberLine).toBe("Số …-NQ/ĐH");
    expect(d.title).toBe("NGHỊ QUYẾT");
    expect(d.summaryLines).toEqual(["Đại hội Chi bộ Trường THCS Xuân Hòa nhiệm kỳ 2025-2030"]);
    // "21" was typed as text, 20 as a number.
    expect(t.all).toContain("họp ngày 22 tháng 4 năm 2025, có 20/21 đảng viên được triệu tập");
    const h = headingsOf(d);
    expect(
      inOrder(h, [
        "QUYẾT NGHỊ:",
        "2. Mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ 2025-2030",
        "2.2. Công tác phổ cập giáo dục và duy trì sĩ số",
        "2.3. Chất lượng giáo dục toàn diện",
        "2.7. Công tác xây dựng Đảng",
        "3. Nhiệm vụ và giải pháp",
        "5. Kết quả bầu cử",
        "6. Tổ chức thực hiện",
      ]),
    ).toBe(true);
    expect(t.all).toContain("Phấn đấu tỉ lệ học sinh bỏ học hằng năm dưới 0,3%.");
    expect(t.all).toContain("Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ: 4 người.");
    expect(t.all).toContain("Đại hội bầu Chi ủy nhiệm kỳ 2025-2030 gồm ba đồng chí");
    expect(d.signature.onBehalf).toBe("T/M ĐOÀN CHỦ TỊCH");
  });

  it("mầm non: the school's own section among the targets, all 18 of 18 present", () => {
    const d = draftOf("mam-non", "nghi-quyet");
    const t = draftText(d);
    expect(t.all).toContain("họp ngày 28 tháng 5 năm 2027, có 18/18 đảng viên được triệu tập");
    const h = headingsOf(d);
    expect(inOrder(h, ["2.6. Công tác xây dựng Đảng", "2.7. Công tác bán trú"])).toBe(true);
    expect(t.all).toContain("Phấn đấu tỉ lệ trẻ suy dinh dưỡng thể nhẹ cân dưới 1,5%.");
    expect(t.all).toContain("Phấn đấu tỉ lệ trẻ ăn bán trú tại trường đạt 100%.");
    // The election paragraph was not typed: a placeholder, not invented text.
    expect(t.all).toContain("[chưa có nội dung: Nội dung — Đại hội: kết quả bầu cử]");
  });
});

describe("Báo cáo tổng kết năm học", () => {
  it("THCS: the school's header under its superior, the last year against the one before", () => {
    const d = draftOf("thcs", "nam-hoc");
    const t = draftText(d);
    expect(d.layout).toBe("state");
    expect(runsText(d.header.superiorBody)).toBe("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐÔNG LÂM");
    expect(runsText(d.header.issuingBody)).toBe("TRƯỜNG THCS XUÂN HOÀ");
    expect(d.summaryLines).toEqual(["Tổng kết năm học 2024-2025"]);
    const h = headingsOf(d);
    expect(h[0]).toBe("I. ĐẶC ĐIỂM TÌNH HÌNH");
    expect(h).toContain("II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC 2024-2025");
    expect(h.at(-1)).toBe("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC TỚI");
    // 99,4% (L4) against 99,2% (K4); 25 prizes (three lines) against 21.
    expect(t.all).toContain(
      "Tỉ lệ học sinh lên lớp hằng năm: 99,4% (chỉ tiêu từ 98% trở lên: vượt chỉ tiêu), tăng 0,2 điểm phần trăm so với năm học trước.",
    );
    expect(t.all).toMatch(/cấp huyện hằng năm: 25 giải .*tăng 4 giải so với năm học trước/);
    // The year before is a #REF!: no difference is made up.
    expect(t.line("kết quả rèn luyện Khá, Tốt: 98%")).not.toContain("so với năm học trước");
    // A target over the term is not judged on one year's count.
    expect(t.line("Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ: 0 người")).not.toContain(
      "chưa đạt",
    );
    expect(runsText(d.signature.name)).toBe("Lê Thị Hằng");
    expect(d.signature.title).toBe("HIỆU TRƯỞNG");
  });

  it("THCS, the year with a blank: its placeholder, and no comparison either side of it", () => {
    const d = draftOf("thcs", "nam-hoc", "2022-2023");
    const t = draftText(d);
    expect(d.summaryLines).toEqual(["Tổng kết năm học 2022-2023"]);
    const l = t.line("được công nhận tốt nghiệp THCS: [");
    expect(l).toContain("[chưa có số liệu: Chỉ tiêu!J7]");
    expect(l).not.toContain("so với năm học trước");
    expect(t.all).toContain(
      "Tỉ lệ học sinh bỏ học hằng năm: 0,6% (chỉ tiêu dưới 0,5%: chưa đạt chỉ tiêu), tăng 0,4 điểm phần trăm so với năm học trước.",
    );
  });

  it("mầm non: under the commune's people's committee after the reform", () => {
    const d = draftOf("mam-non", "nam-hoc");
    const t = draftText(d);
    expect(runsText(d.header.superiorBody)).toBe("ỦY BAN NHÂN DÂN XÃ HÒA AN");
    expect(runsText(d.header.issuingBody)).toBe("TRƯỜNG MẦM NON HOÀ AN");
    expect(d.summaryLines).toEqual(["Tổng kết năm học 2026-2027"]);
    expect(t.all).toContain(
      "Tỉ lệ huy động trẻ nhà trẻ ra lớp: 58,1% (chỉ tiêu từ 55% trở lên: vượt chỉ tiêu), tăng 2,1 điểm phần trăm so với năm học trước.",
    );
    // Attendance: the year before is a #REF!.
    expect(t.line("đi học chuyên cần hằng năm: 93%")).not.toContain("so với năm học trước");
    const rows = tableRows(d, "Chỉ tiêu đề ra");
    expect(rows).toContainEqual([
      "Tỉ lệ huy động trẻ nhà trẻ ra lớp: từ 55% trở lên",
      "58,1%",
      "56%",
      "Vượt chỉ tiêu",
    ]);
  });
});

describe("Báo cáo sơ kết giữa nhiệm kỳ", () => {
  it("THCS: parts in order; each-year targets behind where a year fell short, naming it", () => {
    const d = draftOf("thcs", "so-ket");
    expect(headingsOf(d)).toEqual([
      "I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT",
      "1. Các chỉ tiêu so với Nghị quyết",
      "1.1. Lãnh đạo công tác chính trị, tư tưởng",
      "1.2. Công tác phổ cập giáo dục và duy trì sĩ số",
      "1.3. Chất lượng giáo dục toàn diện",
      "1.4. Xây dựng đội ngũ cán bộ, giáo viên",
      "1.5. Tăng cường nguồn lực xây dựng cơ sở vật chất, kiểm định chất lượng",
      "1.6. Danh hiệu thi đua",
      "1.7. Công tác tổ chức cán bộ và xây dựng chi bộ",
      "2. Công tác xây dựng Chi bộ",
      "II. HẠN CHẾ, NGUYÊN NHÂN",
      "1. Tồn tại",
      "2. Nguyên nhân dẫn đến tồn tại",
      "III. NHIỆM VỤ, GIẢI PHÁP NỬA NHIỆM KỲ CÒN LẠI",
    ]);
    const rows = tableRows(d, "Chỉ tiêu Nghị quyết đề ra");
    expect(rows).toContainEqual([
      "Tỉ lệ học sinh bỏ học hằng năm: dưới 0,5%",
      "2020-2021: 0,3%; 2021-2022: 0,2%; 2022-2023: 0,6%; 2023-2024: 0,1%; 2024-2025: 0%",
      "Chậm tiến độ",
      "năm học 2022-2023 chưa đạt",
    ]);
    expect(rows).toContainEqual([
      "Giải học sinh giỏi cấp huyện hằng năm: từ 15 giải trở lên",
      "2020-2021: 15 giải; 2021-2022: 18 giải; 2022-2023: 16 giải; 2023-2024: 21 giải; 2024-2025: 25 giải",
      "Đúng tiến độ",
      "giữ từ 15 giải trở lên các năm còn lại",
    ]);
    // Over the term: the sum so far; by its end: the last year (issue 8 scopes).
    expect(rows).toContainEqual([
      "Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ: 3 người",
      "2020-2021: 1 người; 2021-2022: 0 người; 2022-2023: 2 người; 2023-2024: 1 người; 2024-2025: 0 người (đến nay 4 người)",
      "Đã đạt",
      "–",
    ]);
    expect(rows).toContainEqual([
      "Số phòng học bộ môn đạt chuẩn đến cuối nhiệm kỳ: 6 phòng",
      "2020-2021: 2 phòng; 2021-2022: 3 phòng; 2022-2023: 4 phòng; 2023-2024: 5 phòng; 2024-2025: 6 phòng (đến nay 6 phòng)",
      "Đã đạt",
      "–",
    ]);
    // A blank year so far is named and never "on track" (issue 8): J7, 2022-2023.
    expect(rows).toContainEqual([
      "Học sinh lớp 9 được công nhận tốt nghiệp THCS: từ 98% trở lên",
      "2020-2021: 98,6%; 2021-2022: 99,1%; 2022-2023: [chưa có số liệu: Chỉ tiêu!J7]; 2023-2024: 100%; 2024-2025: 99,3%",
      "Thiếu số liệu",
      "bổ sung số liệu năm học 2022-2023",
    ]);
    expect(rows).toContainEqual([
      "Giáo viên có trình độ đại học trở lên đến năm 2025: 100%",
      "2020-2021: 85%; 2021-2022: 90%; 2022-2023: 94,7%; 2023-2024: 97,4%; 2024-2025: 100% (đến nay 100%)",
      "Đã đạt",
      "–",
    ]);
    expect(draftText(d).all).toContain("Tổng số đảng viên: 21 đồng chí.");
  });

  it("mầm non: enrolment behind for 2024-2025; malnutrition behind for the same year", () => {
    const rows = tableRows(draftOf("mam-non", "so-ket"), "Chỉ tiêu Nghị quyết đề ra");
    expect(rows).toContainEqual([
      "Tỉ lệ huy động trẻ nhà trẻ ra lớp: từ 55% trở lên",
      "2024-2025: 52,4%; 2025-2026: 56%; 2026-2027: 58,1%",
      "Chậm tiến độ",
      "năm học 2024-2025 chưa đạt",
    ]);
    // The scope typed in its column ("Cả nhiệm kì"): 2 + 3 + 2 teachers against 6.
    expect(rows).toContainEqual([
      "Giáo viên dạy giỏi các cấp: 6 giáo viên",
      "2024-2025: 2 giáo viên; 2025-2026: 3 giáo viên; 2026-2027: 2 giáo viên (đến nay 7 giáo viên)",
      "Đã đạt",
      "–",
    ]);
    expect(rows.find((r) => r[0]!.startsWith("Tỉ lệ trẻ suy dinh dưỡng thể nhẹ cân"))).toEqual([
      "Tỉ lệ trẻ suy dinh dưỡng thể nhẹ cân: dưới 2%",
      "2024-2025: 2,1%; 2025-2026: 1,6%; 2026-2027: 1,2%",
      "Chậm tiến độ",
      "năm học 2024-2025 chưa đạt",
    ]);
    // Chuyên cần has no figure for 2025-2026 (H7): a gap, named, not "Đúng tiến độ".
    expect(rows.find((r) => r[0]!.startsWith("Tỉ lệ trẻ đi học chuyên cần"))).toEqual([
      "Tỉ lệ trẻ đi học chuyên cần hằng năm: từ 90% trở lên",
      "2024-2025: 91,5%; 2025-2026: [chưa có số liệu: Chỉ tiêu!H7]; 2026-2027: 93%",
      "Thiếu số liệu",
      "bổ sung số liệu năm học 2025-2026",
    ]);
    const all = draftText(draftOf("mam-non", "so-ket")).all;
    expect(all).toContain(
      "Tỉ lệ trẻ đi học chuyên cần hằng năm (năm học 2025-2026 chưa có số liệu).",
    );
  });
});

describe("Báo cáo tổng kết nhiệm kỳ (the default kind)", () => {
  it.each(["thcs", "mam-non"])("%s: the parts of the term report in order", (id) => {
    expect(
      inOrder(headingsOf(draftOf(id, "bao-cao-nhiem-ky")), [
        "PHẦN THỨ NHẤT",
        "I. ĐẶC ĐIỂM TÌNH HÌNH",
        "II. KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC",
        "III. NHẬN XÉT, ĐÁNH GIÁ CHUNG",
        "IV. BÀI HỌC KINH NGHIỆM",
        "PHẦN THỨ HAI",
        "PHẦN THỨ BA",
        "1. Chỉ tiêu chính",
      ]),
    ).toBe(true);
  });
});

describe("levels in every kind (issue 8: a school in a province never reads 'cấp thành phố')", () => {
  it.each(["thcs", "mam-non"].flatMap((id) => KIND_IDS.map((k) => [id, k])))(
    "%s, %s",
    (id, kind) => {
      const d = draftOf(id, kind);
      expect(draftText(d).all).not.toMatch(/thành phố/i);
      for (const image of d.images) expect(image.svg).not.toMatch(/thành phố/i);
    },
  );
});
