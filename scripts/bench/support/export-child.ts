/**
 * One case of the archive-export benchmark, run in its own process so that its peak memory
 * is its own: `node export-child.mjs ROWS stream|memory|plainstream|none FILE`. Prints one JSON line.
 *
 * Both modes do the same work up to the writer — synthetic grids of ROWS indicators, the
 * analysis and the archive plan — and write the same cell values; "stream" is the export's
 * own writer (exceljs streaming, styled), "memory" a plain in-memory exceljs workbook of the
 * same values written with `xlsx.writeFile`, "plainstream" exceljs's streaming writer with the
 * same values and no styles.
 */
import ExcelJS from "exceljs";
import { writeArchive } from "../../../src/cli/io/archive-write.js";
import { analyse } from "../../../src/core/judge/analyse.js";
import { archivePlan } from "../../../src/core/outputs/archive.js";
import type { NamedGrid } from "../../../src/core/workbook/model.js";
import type { CellValue } from "../../../src/core/workbook/parse.js";
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../../src/core/workbook/template.js";

const rows = Number(process.argv[2]);
const mode = process.argv[3];
const file = process.argv[4]!;

let peakHeap = 0;
const sample = () => {
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
};
const timer = setInterval(sample, 10);

/** The sample workbook with its indicator tab replaced by `n` synthetic, varied rows. */
function grids(n: number): NamedGrid[] {
  const base = templateGrids(SAMPLE);
  const tab = base.find((g) => g.name === "Chỉ tiêu")!;
  const header = tab.values[0]!;
  const col = (h: string) => header.indexOf(h);
  const targets = ["từ 90% trở lên", "95%", "dưới 2%", "98%-100%", "Năm sau cao hơn năm trước"];
  const values: CellValue[][] = [header];
  for (let i = 0; i < n; i++) {
    const row: CellValue[] = header.map(() => "");
    const kind = i % targets.length;
    const percent = kind !== 4;
    row[col("Mã")] = `CT${i + 1}`;
    row[col("Nhóm")] = `Nhóm ${Math.floor(i / 7) + 1}`;
    row[col("Nội dung chỉ tiêu")] =
      `Chỉ tiêu số ${i + 1}: học sinh đạt mức ${i % 3 ? "Tốt" : "Đạt"}`;
    row[col("Đơn vị")] = percent ? "%" : "giải";
    row[col("Chỉ tiêu")] = targets[kind]!;
    for (let y = 0; y < 3; y++) {
      const v = percent ? 88 + ((i * 7 + y * 3) % 120) / 10 : 2 + y * ((i % 5) + 1);
      row[col(`Kết quả ${SAMPLE.schoolYears[y]}`)] = percent
        ? `${String(v).replace(".", ",")}%`
        : v;
    }
    row[col("Ghi chú")] = i % 10 === 0 ? "=ghi chú bắt đầu bằng dấu bằng" : "";
    values.push(row);
  }
  return base.map((g) => (g === tab ? { name: g.name, values } : g));
}

const input = grids(rows);
sample();
const t0 = performance.now();
const analysis = analyse(input);
const plan = archivePlan(input, analysis, {
  madeAt: new Date(),
  source: "bench",
  version: "bench",
});
sample();
const t1 = performance.now();
const c1 = process.cpuUsage();
if (mode === "none") {
  // The preparation alone: subtracted from the other modes' instruction counts.
} else if (mode === "stream") {
  await writeArchive(file, plan);
} else if (mode === "plainstream") {
  // exceljs's streaming writer with its defaults (no styles) and shared strings, as the
  // export uses: the same values, row by row.
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cells of sheet.rows()) ws.addRow(cells.map((c) => c.v ?? null)).commit();
    await ws.commit();
  }
  await wb.commit();
} else {
  const wb = new ExcelJS.Workbook();
  for (const sheet of plan.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const cells of sheet.rows()) ws.addRow(cells.map((c) => c.v ?? null));
  }
  sample();
  await wb.xlsx.writeFile(file);
}
sample();
const t2 = performance.now();
clearInterval(timer);
process.stdout.write(
  `${JSON.stringify({
    rows,
    mode,
    prepareMs: t1 - t0,
    writeMs: t2 - t1,
    writeCpuMs: (() => {
      const c = process.cpuUsage(c1);
      return (c.user + c.system) / 1000;
    })(),
    totalMs: t2 - t0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: peakHeap / 1024 / 1024,
  })}\n`,
);
