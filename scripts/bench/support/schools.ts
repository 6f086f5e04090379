/**
 * Schools for the roll-up bench and the roll-up's memory and equivalence tests: `indicators`
 * indicators over five school years, with awards, funding and membership lines. Every school
 * is distinct and made from its number alone (a seeded generator): its name and commune, its
 * figures (percents to one decimal, some blank, a few typed as text), its award and funding
 * lines, its membership; one school in ten numbers its codes its own way ("TC-01", matched by
 * label and listed), one in seven types its labels in upper case, one in twenty-five has
 * no funding tab.
 */
import type { CellValue } from "../../../src/core/workbook/parse.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import type { TemplateData } from "../../../src/core/workbook/template.js";

export const BENCH_YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMUNES = ["An Bình", "Tân Phú", "Hoà Lạc", "Đông Hưng", "Nghĩa Đô", "Phước Long"];
const NAMES = ["Kim Đồng", "Lê Lợi", "Nguyễn Trãi", "Võ Thị Sáu", "Trần Phú", "Hùng Vương"];
const RECIPIENTS = ["Học sinh", "Giáo viên"];
const LEVELS = ["Huyện / Quận", "Thành phố / Tỉnh", "Quốc gia"];

/** "87,5%", as people type it; now and then a blank, "100%" or "đạt 90%". */
function percent(rand: () => number): CellValue {
  const r = rand();
  if (r < 0.04) return "";
  if (r < 0.08) return "100%";
  const v = (80 + rand() * 20).toFixed(1).replace(".", ",");
  return r < 0.1 ? `đạt ${v}%` : `${v}%`;
}

function indicatorRows(n: number, indicators: number, rand: () => number) {
  const ownCodes = n % 10 === 7;
  const upper = n % 7 === 3;
  const rows: Record<string, CellValue>[] = [];
  const results: Record<string, CellValue[]> = {};
  for (let k = 0; k < indicators; k++) {
    const code = ownCodes
      ? `TC-${String(k + 1).padStart(2, "0")}`
      : `CT${String(k + 1).padStart(2, "0")}`;
    const label = `Tỉ lệ học sinh đạt tiêu chí số ${k + 1}`;
    rows.push({
      code,
      section: "Chất lượng giáo dục toàn diện",
      group: `Nhóm ${Math.floor(k / 5) + 1}`,
      label: upper ? label.toLocaleUpperCase("vi") : label,
      unit: "%",
      target: `từ ${75 + Math.floor(rand() * 4) * 5}% trở lên`,
    });
    results[code] = BENCH_YEARS.map(() => percent(rand));
  }
  return { rows, results };
}

/** School number `n` of the bench. */
export function benchSchool(n: number, indicators = 50): TemplateData {
  const rand = seeded(0x5eed + n * 7919);
  const { rows, results } = indicatorRows(n, indicators, rand);
  const awards = BENCH_YEARS.flatMap((schoolYear) =>
    Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      schoolYear,
      recipient: RECIPIENTS[Math.floor(rand() * RECIPIENTS.length)]!,
      level: LEVELS[Math.floor(rand() * LEVELS.length)]!,
      award: rand() < 0.5 ? "Giải Nhì" : "Giỏi",
      count: 1 + Math.floor(rand() * 9),
    })),
  );
  const funding =
    n % 25 === 11
      ? []
      : BENCH_YEARS.map((schoolYear, y) => ({
          schoolYear,
          fundingGroup: "Cơ sở vật chất",
          fundingItem: "Sửa chữa, mua sắm",
          fundingSource: y % 2 === 0 ? "Ngân sách nhà nước" : "Xã hội hoá",
          amount: 50_000_000 + Math.floor(rand() * 400) * 250_000,
        }));
  const total = 8 + Math.floor(rand() * 30);
  const probationary = Math.floor(rand() * 3);
  const members = [
    { period: "10/2025", memberItem: "Tổng số đảng viên", value: total },
    { period: "10/2025", memberItem: "Đảng viên chính thức", value: total - probationary },
    { period: "10/2025", memberItem: "Đảng viên dự bị", value: probationary },
  ];
  const name = `Trường Tiểu học ${NAMES[n % NAMES.length]} số ${n + 1}`;
  return {
    info: {
      ...SAMPLE.info,
      unitName: `Chi bộ ${name}`,
      schoolName: `${name}, xã ${COMMUNES[Math.floor(n / NAMES.length) % COMMUNES.length]}`,
      term: "2020-2025",
    },
    schoolYears: BENCH_YEARS,
    rows: { indicators: rows, awards, funding, members, texts: SAMPLE.rows.texts ?? [] },
    results,
  };
}
