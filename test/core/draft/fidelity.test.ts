/**
 * The sample's draft against the hand-written report (shared/reference): every figure of
 * the report appears, with the judgement the figures support — which is not always the
 * report's own (HT1's class completion, KS1's ranks).
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { type Draft, draftRuns, runsText } from "../../../src/core/outputs/draft/model.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import type { TemplateData } from "../../../src/core/workbook/template.js";
import { templateGrids } from "../../../src/core/workbook/template.js";

function draftOf(data: TemplateData) {
  const analysis = analyse(templateGrids(data));
  const patternProblems = analysis.problems.filter((p) => p.code.startsWith("pattern-"));
  return { draft: buildDraft(analysis), problems: patternProblems };
}

const { draft, problems } = draftOf(SAMPLE);
const lines = draftRuns(draft).map(runsText);
const all = lines.join("\n");

/** The one line (paragraph, bullet or cell) holding `needle`. */
function lineWith(needle: string): string {
  const found = lines.filter((l) => l.includes(needle));
  expect(found, `a line with "${needle}"`).not.toHaveLength(0);
  return found[0]!;
}

function headings(d: Draft): string[] {
  return d.blocks.flatMap((b) => (b.kind === "heading" ? [`${b.number} ${b.text}`.trim()] : []));
}

describe("the sample's draft carries every figure of the hand-written report", () => {
  it("membership: 17 members, 16 full, 1 probationary", () => {
    expect(lineWith("Tổng số đảng viên")).toContain(
      "Tổng số đảng viên: 17 đồng chí. Trong đó đảng viên chính thức 16 đồng chí, dự bị 1 đồng chí.",
    );
    expect(lineWith("Trình độ đại học")).toContain("17 đồng chí");
    expect(lineWith("trung cấp lý luận chính trị")).toMatch(/2 đồng chí.*Huyền.*Nguyễn Chung/);
  });

  it("competences: 99,3% Đạt, of which 78% Tốt, exceeding the target", () => {
    const l = lineWith("99,3%");
    expect(l).toMatch(/99,3%, trong đó 78% xếp mức Tốt/);
    expect(l).toMatch(/chỉ tiêu 99%, trong đó từ 70% trở lên: vượt chỉ tiêu/);
  });

  it("qualities: 100% Đạt, of which 80% Tốt, meeting the target", () => {
    expect(lineWith("tiêu chí phẩm chất đạt")).toMatch(
      /đạt 100%, trong đó 80% xếp mức Tốt \(chỉ tiêu 100%, trong đó từ 80% trở lên: đạt chỉ tiêu\)/,
    );
  });

  it("subjects: 99,2%–100% complete, of which 67% well", () => {
    expect(lineWith("mỗi môn học đạt")).toMatch(/99,2%–100%, trong đó 67% xếp loại hoàn thành tốt/);
  });

  it("class completion '99% trở lên' does not show the 99,5%–100% target: chưa đạt", () => {
    const l = lineWith("hoàn thành chương trình lớp học đạt");
    expect(l).toMatch(/từ 99% trở lên \(chỉ tiêu 99,5%–100%: chưa đạt chỉ tiêu\)/);
    expect(l).toMatch(/chương trình tiểu học đạt 100% \(chỉ tiêu 100%: đạt chỉ tiêu\)/);
    expect(all).toMatch(
      /chưa đạt:[\s\S]*Học sinh hoàn thành chương trình lớp học: chỉ tiêu 99,5%–100%/,
    );
  });

  it("survey ranks 13 → 13 → 9: not better every year, so not met", () => {
    expect(lineWith("Thứ hạng khảo sát")).toMatch(
      /năm học 2019-2020 xếp thứ 13, 2020-2021 xếp thứ 13, 2021-2022 xếp thứ 9, thứ hạng chưa phải năm sau cũng tốt hơn năm trước .*chưa đạt chỉ tiêu/,
    );
  });

  it("prizes 2/5/12 (city) and 12/20/29 (district), each year higher", () => {
    const l = lineWith("Giải học sinh cấp thành phố: năm học");
    expect(l).toContain(
      "Giải học sinh cấp thành phố: năm học 2019-2020 đạt 2 giải, 2020-2021 đạt 5 giải, 2021-2022 đạt 12 giải, năm sau cao hơn năm trước (chỉ tiêu năm sau cao hơn năm trước: đạt chỉ tiêu)",
    );
    expect(l).toContain(
      "giải học sinh cấp huyện: năm học 2019-2020 đạt 12 giải, 2020-2021 đạt 20 giải, 2021-2022 đạt 29 giải, năm sau cao hơn năm trước",
    );
    expect(all).toContain("Năm học 2021-2022: 12 giải cấp thành phố, 29 giải cấp huyện.");
    expect(draft.blocks.some((b) => b.kind === "image")).toBe(true);
    expect(draft.images[0]?.svg).toContain("<svg");
  });

  it("pupils rewarded 84/84/80%, outstanding 63/65/73%, above target", () => {
    const l = lineWith("được khen thưởng: năm học");
    expect(l).toContain("năm học 2019-2020 đạt 84%, 2020-2021 đạt 84%, 2021-2022 đạt 80%");
    expect(l).toContain("năm học 2019-2020 đạt 63%, 2020-2021 đạt 65%, 2021-2022 đạt 73%");
    expect(l).toContain("chỉ tiêu từ 80% trở lên, trong đó từ 52% trở lên: vượt chỉ tiêu");
  });

  it("teachers: 100% up to standard, 62,5% (15/24) good; 4 good teachers; 90–95%, 15%", () => {
    expect(lineWith("chuẩn nghề nghiệp")).toContain(
      "đạt 100%, trong đó 62,5% (15/24) xếp loại Tốt",
    );
    expect(lineWith("Giáo viên dạy giỏi cấp huyện:")).toContain("4 giáo viên");
    expect(all).toContain("90%–95%");
    expect(lineWith("Chiến sĩ thi đua cơ sở hằng năm đạt")).toContain("15%");
    expect(lineWith("chứng chỉ tin học đạt")).toContain("100% (17/17)");
  });

  it("funding: 1.157.274.000 = 270.853.000 (XHH) + 886.421.000 (NS); local 10 million a year", () => {
    expect(lineWith("1.157.274.000")).toMatch(
      /1\.157\.274\.000 đồng \(trong đó xã hội hoá 270\.853\.000 đồng; ngân sách nhà nước 886\.421\.000 đồng\)/,
    );
    expect(lineWith("Địa phương hỗ trợ")).toContain("năm học 2019-2020: 10.000.000 đồng");
  });

  it("universal education, e-learning lessons and cell meeting attendance", () => {
    expect(lineWith("huy động trẻ 6 tuổi")).toContain(
      "năm học 2019-2020 đạt 100%, 2020-2021 đạt 100%, 2021-2022 đạt 100%",
    );
    expect(lineWith("phổ cập giáo dục tiểu học: Mức độ 3")).toContain(
      "(chỉ tiêu Mức độ 3: đạt chỉ tiêu)",
    );
    expect(lineWith("E-learning")).toMatch(/E-learning cấp huyện: 2 bài; .*do Bộ tổ chức: 1 bài/);
    expect(lineWith("dự sinh hoạt chi bộ")).toContain("đạt 95%–100%");
  });

  it("admitted member Bùi Thị Hai and the cell's ratings", () => {
    expect(lineWith("kết nạp")).toContain("đồng chí Bùi Thị Hai (01/2022)");
    expect(lineWith("Xếp loại chi bộ:")).toContain("năm 2020, 2021 đạt Hoàn thành tốt nhiệm vụ");
  });

  it("titles of the school, union and pioneers per year", () => {
    expect(lineWith("Tập thể nhà trường:")).toBe(
      "Tập thể nhà trường: năm học 2019-2020 đạt Tập thể lao động xuất sắc; năm học 2021-2022 đạt Tập thể lao động tiên tiến.",
    );
    expect(lineWith("Công đoàn: năm học")).toContain(
      "năm học 2019-2020, 2020-2021, 2021-2022 đạt Công đoàn vững mạnh",
    );
    expect(lineWith("Liên đội: năm học")).toContain(
      "năm học 2019-2020, 2020-2021 đạt Liên đội mạnh cấp thành phố",
    );
  });

  it("the 2022-2025 targets from the next-term column", () => {
    expect(all).toContain("tiêu chí năng lực đạt 99%, trong đó từ 75% trở lên xếp mức Tốt");
    expect(all).toContain(
      "được khen thưởng đạt từ 82% trở lên, trong đó từ 52% trở lên hoàn thành xuất sắc",
    );
    expect(all).toContain(
      "mỗi môn học đạt 99%–100%, trong đó từ 65% trở lên xếp loại hoàn thành tốt",
    );
    expect(all).toContain("hoàn thành chương trình lớp học đạt 99,5%–100%");
    expect(all).toContain("hoàn thành xuất sắc nhiệm vụ hằng năm đạt 15%–20%");
    expect(all).toContain("Giáo viên dạy giỏi cấp huyện: 4–5 giáo viên");
    expect(all).toContain("3–4 đảng viên");
    expect(all).toContain("Kết nạp quần chúng ưu tú vào Đảng trong nhiệm kỳ: 1 người");
    // Issue 8: read as written by hand, not "Đảng viên, giáo viên vi phạm pháp luật: không có".
    expect(all).toContain("Phấn đấu không có đảng viên, giáo viên vi phạm pháp luật.");
  });

  it("follows the seed's outline, header and signature", () => {
    const h = headings(draft);
    const order = [
      "PHẦN THỨ NHẤT",
      "I. ĐẶC ĐIỂM TÌNH HÌNH",
      "II. KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC",
      "III. NHẬN XÉT, ĐÁNH GIÁ CHUNG",
      "IV. BÀI HỌC KINH NGHIỆM",
      "PHẦN THỨ HAI",
      "PHẦN THỨ BA",
      "1. Chỉ tiêu chính",
      "2. Nhiệm vụ và những giải pháp chủ yếu",
    ];
    const positions = order.map((x) => h.indexOf(x));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(runsText(draft.header.superiorBody)).toBe("ĐẢNG BỘ XÃ HOÀ BÌNH");
    expect(runsText(draft.header.issuingBody)).toBe("CHI BỘ TRƯỜNG TIỂU HỌC HOÀ BÌNH");
    expect(draft.header.party).toBe("ĐẢNG CỘNG SẢN VIỆT NAM");
    expect(all).toContain("Thực hiện Kế hoạch số 10-KH/ĐU ngày 03/10/2022");
    expect(draft.signature).toMatchObject({ onBehalf: "T/M CHI BỘ", title: "BÍ THƯ" });
    // No signer in the sample: a placeholder naming the cell, flagged for highlighting.
    expect(draft.signature.name).toEqual([
      // A name to type, not a figure (issue 8).
      { text: "[chưa điền: Thông tin!B14]", missing: true },
    ]);
    expect(draft.recipients.lines).toEqual([
      "- Đảng ủy (để b/c);",
      "- Các tổ đảng của chi bộ;",
      "- Lưu CB.",
    ]);
    expect(problems).toEqual([]);
  });

  it("has the target-vs-result table with the judgements", () => {
    const t = draft.blocks.find((b) => b.kind === "table" && b.header[0] === "Chỉ tiêu đề ra");
    expect(t?.kind).toBe("table");
    if (t?.kind !== "table") return;
    const rows = t.rows.map((r) => r.map(runsText));
    expect(rows).toContainEqual([
      "Học sinh hoàn thành chương trình lớp học: 99,5%–100%",
      "từ 99% trở lên",
      "Chưa đạt",
    ]);
    expect(rows).toContainEqual(["– xếp mức Tốt: từ 70% trở lên", "78%", "Vượt chỉ tiêu"]);
  });
});

describe("missing data and sentence patterns", () => {
  const withRow = (code: string, patch: Record<string, string>): TemplateData => ({
    ...SAMPLE,
    rows: {
      ...SAMPLE.rows,
      indicators: SAMPLE.rows.indicators!.map((r) => (r.code === code ? { ...r, ...patch } : r)),
    },
  });

  it("an empty result shows a placeholder naming its cell, never a number", () => {
    const { draft: d } = draftOf(withRow("NL1", { termResult: "" }));
    const bullet = d.blocks.find(
      (b) => b.kind === "bullet" && runsText(b.runs).includes("tiêu chí năng lực đạt"),
    );
    expect(bullet?.kind).toBe("bullet");
    if (bullet?.kind !== "bullet") return;
    const placeholder = bullet.runs.find((r) => r.missing);
    // NL1 is sheet row 6; "Kết quả cả nhiệm kỳ" is column L (target H, year columns I–K).
    expect(placeholder?.text).toBe("[chưa có số liệu: Chỉ tiêu!L6]");
    expect(runsText(bullet.runs)).not.toContain("99,3");
    expect(runsText(bullet.runs)).toContain("chưa có số liệu");
  });

  it("a pattern overrides the phrasing; analyse reports unknown placeholders and years", () => {
    const pattern =
      "Học sinh được khen thưởng {ket_qua}, {xu_huong} ({danh_gia}); riêng năm học 2021-2022: {nam_hoc:2021-2022} {sai_ten} {nam_hoc:2030-2031}";
    const { draft: d, problems: p } = draftOf(withRow("KT1", { pattern }));
    const text = draftRuns(d).map(runsText).join("\n");
    expect(text).toContain(
      "Học sinh được khen thưởng năm học 2019-2020 đạt 84%, 2020-2021 đạt 84%, 2021-2022 đạt 80%, chưa đều giữa các năm (vượt chỉ tiêu); riêng năm học 2021-2022: 80% {sai_ten} {nam_hoc:2030-2031}",
    );
    expect(p.map((x) => x.code)).toEqual(["pattern-unknown-placeholder", "pattern-unknown-year"]);
    expect(p[0]).toMatchObject({
      tab: "Chỉ tiêu",
      code: "pattern-unknown-placeholder",
      severity: "warning",
    });
    expect(p[0]!.cell).toMatch(/^[A-Z]+19$/);
    expect(p[0]!.message).toContain("{sai_ten}");
  });
});

describe("a pattern's school year, typed as people type it", () => {
  it.each(["{nam_hoc:2021–2022}", "{nam_hoc: 2021 - 2022}", "{nam_hoc:2021-22}"])(
    "%s names the school year 2021-2022",
    (placeholder) => {
      const data: TemplateData = {
        ...SAMPLE,
        rows: {
          ...SAMPLE.rows,
          indicators: SAMPLE.rows.indicators!.map((r) =>
            r.code === "KT1" ? { ...r, pattern: `Riêng năm học cuối: ${placeholder}.` } : r,
          ),
        },
      };
      const { draft: d, problems: p } = draftOf(data);
      expect(draftRuns(d).map(runsText).join("\n")).toContain("Riêng năm học cuối: 80%.");
      expect(p.map((x) => x.code)).not.toContain("pattern-unknown-year");
    },
  );
});

describe("the blank template", () => {
  it("drafts with placeholders naming the cells to fill, and no figures", () => {
    const d = buildDraft(analyse(templateGrids()));
    const opening = d.blocks.find((b) => b.kind === "paragraph");
    expect(opening?.kind).toBe("paragraph");
    if (opening?.kind !== "paragraph") return;
    expect(opening.runs.filter((r) => r.missing).map((r) => r.text)).toEqual([
      "[chưa điền: Thông tin!B2]",
      "[chưa điền: Thông tin!B6]",
      "[chưa điền: Thông tin!B7]",
    ]);
    const plainText = draftRuns(d)
      .flat()
      .filter((r) => !r.missing)
      .map((r) => r.text)
      .join("\n");
    expect(plainText).not.toMatch(/\d/);
  });
});
