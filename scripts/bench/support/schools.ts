/**
 * Schools for the roll-up bench: `indicators` percent indicators over five school years,
 * with awards, funding and membership lines, the figures varying from school to school.
 */
import type { CellValue } from "../../../src/core/workbook/parse.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import type { TemplateData } from "../../../src/core/workbook/template.js";

export const BENCH_YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/** School `n` of the bench: the same indicators (so they match), other figures. */
export function benchSchool(n: number, indicators = 50): TemplateData {
  const rows: Record<string, CellValue>[] = [];
  const results: Record<string, CellValue[]> = {};
  for (let k = 0; k < indicators; k++) {
    const code = `CT${String(k + 1).padStart(2, "0")}`;
    rows.push({
      code,
      section: "Chất lượng giáo dục toàn diện",
      group: `Nhóm ${Math.floor(k / 5) + 1}`,
      label: `Tỉ lệ học sinh đạt tiêu chí số ${k + 1}`,
      unit: "%",
      target: "từ 80% trở lên",
    });
    results[code] = BENCH_YEARS.map((_, y) => `${70 + ((n * 7 + k * 13 + y * 5) % 30)}%`);
  }
  const awards = BENCH_YEARS.flatMap((schoolYear, y) => [
    {
      schoolYear,
      recipient: "Học sinh",
      level: "Huyện / Quận",
      award: "Giải",
      count: 1 + ((n + y) % 9),
    },
    {
      schoolYear,
      recipient: "Giáo viên",
      level: "Thành phố / Tỉnh",
      award: "Giỏi",
      count: (n + y) % 3,
    },
  ]);
  const funding = BENCH_YEARS.map((schoolYear, y) => ({
    schoolYear,
    fundingGroup: "Cơ sở vật chất",
    fundingItem: "Sửa chữa, mua sắm",
    fundingSource: y % 2 === 0 ? "Ngân sách nhà nước" : "Xã hội hoá",
    amount: 100_000_000 + n * 1_000_000 + y * 250_000,
  }));
  const members = [
    { period: "10/2025", memberItem: "Tổng số đảng viên", value: 10 + (n % 20) },
    { period: "10/2025", memberItem: "Đảng viên chính thức", value: 9 + (n % 20) },
    { period: "10/2025", memberItem: "Đảng viên dự bị", value: 1 },
  ];
  return {
    info: {
      ...SAMPLE.info,
      unitName: `Chi bộ Trường Tiểu học Số ${n + 1}`,
      schoolName: `Trường Tiểu học Số ${n + 1}`,
      term: "2020-2025",
    },
    schoolYears: BENCH_YEARS,
    rows: { indicators: rows, awards, funding, members, texts: SAMPLE.rows.texts ?? [] },
    results,
  };
}
