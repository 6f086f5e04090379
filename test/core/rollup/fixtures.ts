/**
 * Schools for the roll-up's tests, typed the way people type: the sample school; a second
 * primary school whose codes were renamed and whose labels arrive in NFD, upper case, with
 * doubled spaces and the other tone placement; a third without its awards and funding tabs
 * (and a membership total that does not add up); a lower-secondary school over 2020-2025 whose
 * codes collide with the primary ones; and a corrupt file.
 */
import ExcelJS from "exceljs";
import {
  type CellValue,
  type NamedGrid,
  SAMPLE,
  type TemplateData,
  templateGrids,
} from "../../../src/core/index.js";

type Row = Record<string, CellValue>;

const nfd = (s: string) => s.normalize("NFD");

/**
 * The sample's indicator rows, changed where `edit` says (by code), with "Thuộc mã" following
 * renamed codes as a school renaming them would.
 */
function indicators(edit: Record<string, Row>, added: Row[] = []): Row[] {
  const rows = (SAMPLE.rows.indicators ?? []).map((r) => {
    const parent = r.parent ? edit[String(r.parent)]?.code : undefined;
    return { ...r, ...(parent ? { parent } : {}), ...(edit[String(r.code)] ?? {}) };
  });
  return [...rows, ...added];
}

/** The sample's results, keyed by the renamed codes, with some results changed. */
function results(
  renamed: Record<string, string>,
  changed: Record<string, CellValue[]>,
): Record<string, CellValue[]> {
  const out: Record<string, CellValue[]> = {};
  for (const [code, values] of Object.entries(SAMPLE.results ?? {})) {
    out[renamed[code] ?? code] = [...values];
  }
  return { ...out, ...changed };
}

/** Trường Tiểu học Kim Đồng: renamed codes, NFD and upper-case labels, other results. */
export function kimDong(): TemplateData {
  const renamed = { NL1: "NANGLUC1", KT1: "KT-01", PH1: "PC-PH1" };
  return {
    ...SAMPLE,
    info: {
      ...SAMPLE.info,
      unitName: nfd("Chi bộ Trường Tiểu học Kim Đồng"),
      schoolName: "Trường TH Kim Đồng",
    },
    rows: {
      ...SAMPLE.rows,
      indicators: indicators(
        {
          NL1: {
            code: "NANGLUC1",
            label: nfd("Học sinh xếp mức Đạt ở mỗi tiêu chí năng lực"),
            termResult: "98,5%",
          },
          KT1: { code: "KT-01", label: "HỌC SINH  ĐƯỢC KHEN THƯỞNG " },
          PH1: { code: "PC-PH1", label: nfd("học sinh xếp mức đạt ở mỗi tiêu chí phẩm chất") },
          HT1: { termResult: "99,6%" },
        },
        [
          {
            code: "XH-1",
            section: "Cơ sở vật chất, kiểm định chất lượng",
            label: nfd("Kinh phí xã hội hóa đạt kế hoạch năm"),
            unit: "%",
            target: "100%",
          },
        ],
      ),
    },
    // KT1: 82% (vượt), 79% (chưa đạt), and a blank year; XH-1 typed as text and as a fraction.
    results: results(renamed, { "KT-01": ["82%", "79%", ""], "XH-1": ["100%", "0,95", 1] }),
  };
}

/**
 * Trường Tiểu học Lê Lợi: no awards or funding tab, members that do not add up, and DV4
 * reworded under its code.
 */
export function leLoi(): NamedGrid[] {
  const data: TemplateData = {
    ...SAMPLE,
    info: {
      ...SAMPLE.info,
      unitName: "Chi bộ Trường Tiểu học Lê Lợi",
      schoolName: "Trường Tiểu học Lê Lợi",
    },
    rows: {
      ...SAMPLE.rows,
      indicators: indicators({ DV4: { label: "Tỉ lệ đảng viên tham gia sinh hoạt chi bộ" } }, [
        {
          code: "XHH1",
          section: "Cơ sở vật chất, kiểm định chất lượng",
          label: "Kinh phí xã hội hoá đạt kế hoạch năm",
          unit: "%",
          target: "100%",
        },
      ]),
      members: (SAMPLE.rows.members ?? []).map((m) =>
        m.memberItem === "Tổng số đảng viên" ? { ...m, value: 18 } : m,
      ),
    },
    results: { ...SAMPLE.results, XHH1: ["100%", "90%", "100%"] },
  };
  return templateGrids(data).filter((g) => g.name !== "Giải thưởng" && g.name !== "Kinh phí");
}

const THCS_YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/**
 * Trường THCS Nguyễn Du, 2020-2025: NL1 is another indicator under the primary schools' code;
 * KT1 and DV4 are the same code and label as theirs; KTX has KT2's label under another code.
 */
export function nguyenDu(): NamedGrid[] {
  const data: TemplateData = {
    info: {
      unitName: "Chi bộ Trường THCS Nguyễn Du",
      schoolName: "Trường Trung học cơ sở Nguyễn Du",
      superiorBody: "Đảng bộ xã Hoà Bình",
      superiorCommittee: "Đảng ủy xã Hoà Bình",
      term: "2020-2025",
    },
    schoolYears: THCS_YEARS,
    rows: {
      indicators: [
        {
          code: "NL1",
          section: "Chất lượng giáo dục toàn diện",
          label: "Học sinh xếp loại học lực khá, giỏi",
          unit: "%",
          target: "từ 60% trở lên",
        },
        {
          code: "KT1",
          section: "Chất lượng giáo dục toàn diện",
          label: "Học sinh được khen thưởng",
          unit: "%",
          target: "từ 80% trở lên",
        },
        {
          code: "KTX",
          section: "Chất lượng giáo dục toàn diện",
          label: "Hoàn thành xuất sắc",
          unit: "%",
          target: "từ 40% trở lên",
        },
        {
          code: "DV4",
          section: "Công tác xây dựng Đảng",
          label: "Tỉ lệ đảng viên dự sinh hoạt chi bộ",
          unit: "%",
          target: "95%-100%",
          kind: "Khoảng (từ … đến …)",
        },
      ],
      awards: [
        {
          schoolYear: "2021-2022",
          recipient: "Học sinh",
          level: "Huyện / Quận",
          award: "Giải Nhì",
          count: 3,
        },
        {
          schoolYear: "2021-2022",
          recipient: "Học sinh",
          level: "Huyện / Quận",
          award: "Giải Ba",
          count: 4,
        },
        {
          schoolYear: "2023-2024",
          recipient: "Giáo viên",
          level: "Thành phố / Tỉnh",
          award: "Giáo viên giỏi",
          count: 1,
        },
      ],
      funding: [
        {
          schoolYear: "2022-2023",
          fundingGroup: "Cơ sở vật chất",
          fundingItem: "Sửa phòng học",
          fundingSource: "Ngân sách nhà nước",
          amount: 250000000,
        },
        {
          schoolYear: "2023-2024",
          fundingGroup: "Cơ sở vật chất",
          fundingItem: "Máy chiếu",
          fundingSource: "XHH",
          amount: "45.500.000",
        },
      ],
      members: [
        { period: "10/2025", memberItem: "Tổng số đảng viên", value: 21 },
        { period: "10/2025", memberItem: "Đảng viên chính thức", value: 20 },
        { period: "10/2025", memberItem: "Đảng viên dự bị", value: 1 },
      ],
    },
    results: {
      NL1: ["61%", "63,5%", "58%", "65%", "66%"],
      KT1: ["81%", "82%", "85%", "83%", "80%"],
      KTX: ["41%", "42%", "45%", "44%", "47%"],
      DV4: ["97%", "98%", "96%", "100%", "99%"],
    },
  };
  const grids = templateGrids(data);
  // The level stated in Thông tin, in a row the template does not have.
  return grids.map((g) =>
    g.name === "Thông tin" ? { ...g, values: [...g.values, ["Cấp học", "THCS", ""]] } : g,
  );
}

/** Grids as an XLSX file, the way a spreadsheet program would save them. */
export async function xlsxOf(grids: readonly NamedGrid[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const sheet = wb.addWorksheet(g.name);
    for (const row of g.values) sheet.addRow(row.map((v) => (v === "" ? null : v)));
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** A file cut off half-way, as an interrupted download leaves it. */
export function corrupt(bytes: Uint8Array): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length / 2));
}

/** Every fixture school as grids, with the file name each is saved under. */
export function fixtureSchools(): { file: string; grids: NamedGrid[] }[] {
  return [
    { file: "hoa-binh.xlsx", grids: templateGrids(SAMPLE) },
    { file: "kim-dong.xlsx", grids: templateGrids(kimDong()) },
    { file: "le-loi.xlsx", grids: leLoi() },
    { file: "nguyen-du.xlsx", grids: nguyenDu() },
  ];
}
