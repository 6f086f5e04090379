import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx, readXlsxBuffer } from "../../src/cli/io/xlsx-read.js";
import { run } from "../../src/cli/main.js";
import { INFO_KEYS, type NamedGrid, TAB_NAMES } from "../../src/core/index.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { templateWorkbook } from "../../src/writers/index.js";
import { capture } from "../support/capture.js";

/** A day in the first school year a template's "Các năm học" names (1 October of its first year). */
function madeOn(grids: readonly NamedGrid[]): Date {
  const info = grids.find((g) => g.name === TAB_NAMES.info)!.values;
  const years = String(info.find((r) => r[0] === INFO_KEYS.schoolYears)?.[1] ?? "");
  return new Date(Date.UTC(Number(years.slice(0, 4)), 9, 1));
}

describe("committed templates", () => {
  it.each([
    ["sheets-templates/sample.xlsx", SAMPLE],
    ["sheets-templates/blank.xlsx", undefined],
  ] as const)("%s matches what the schema and sample data generate", async (file, data) => {
    const committed = await readXlsx(file);
    // The blank file was made on some day of its first school year: regenerate it for that day.
    const now = madeOn(committed);
    const buffer = await templateWorkbook(data, { now }).xlsx.writeBuffer();
    const fresh = await readXlsxBuffer(buffer as ArrayBuffer, "fresh");
    expect(committed).toEqual(fresh);
    // And reading the file gives the same workbook as reading the grids it was made from.
    const fromFile = analyse(committed);
    const fromGrids = analyse(templateGrids(data, now));
    expect(fromFile.workbook.indicators).toEqual(fromGrids.workbook.indicators);
    expect(fromFile.workbook.info).toEqual(fromGrids.workbook.info);
    expect(fromFile.problems).toEqual(fromGrids.problems);
  });
});

describe("tongket template", () => {
  it("writes the sample and refuses to overwrite without --force", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongket-"));
    const file = join(dir, "mau.xlsx");
    const first = capture();
    expect(await run(["template", "-o", file], first.io)).toBe(0);
    const before = await readFile(file);
    const second = capture();
    expect(await run(["template", "-o", file, "--blank"], second.io)).toBe(2);
    expect(second.err.join("\n")).toContain("--force");
    expect(await readFile(file)).toEqual(before);
    expect(await run(["template", "-o", file, "--blank", "--force"], capture().io)).toBe(0);
    const grids = await readXlsx(file);
    expect(grids.find((g) => g.name === "Chỉ tiêu")?.values.length).toBe(1);
  });
});

describe("tongket check", () => {
  it("prints problems and judgements of the sample and exits 0", async () => {
    const c = capture();
    expect(await run(["check", "sheets-templates/sample.xlsx"], c.io)).toBe(0);
    const text = c.out.join("\n");
    expect(text).toContain("Chi bộ Trường Tiểu học Hoà Bình");
    expect(text).toMatch(/NL1 .*▲ Vượt chỉ tiêu/);
    expect(text).toMatch(/HT1 .*✘ Chưa đạt/);
    expect(text).toContain("Thông tin!B14");
  });

  it("says plainly when the blank template has no indicator to judge yet", async () => {
    const c = capture();
    expect(await run(["check", "sheets-templates/blank.xlsx"], c.io)).toBe(0);
    const text = c.out.join("\n");
    expect(text).toContain('Chưa có chỉ tiêu nào ở trang "Chỉ tiêu"');
    expect(text).not.toContain("Nội dung chỉ tiêu");
  });

  it("gives JSON for machines", async () => {
    const c = capture();
    expect(await run(["check", "sheets-templates/sample.xlsx", "--json"], c.io)).toBe(0);
    const json = JSON.parse(c.out.join("\n"));
    expect(json.indicators.find((i: { code: string }) => i.code === "KS1").judgement).toBe(
      "notMet",
    );
    expect(json.schoolYears).toEqual(["2019-2020", "2020-2021", "2021-2022"]);
  });

  it("exits 1 when the workbook has errors", async () => {
    const dir = await mkdtemp(join(tmpdir(), "tongket-"));
    const file = join(dir, "bad.xlsx");
    const wb = templateWorkbook(SAMPLE);
    wb.getWorksheet("Chỉ tiêu")!.getCell("I6").value = "150%";
    await wb.xlsx.writeFile(file);
    const c = capture();
    expect(await run(["check", file], c.io)).toBe(1);
    expect(c.out.join("\n")).toMatch(/Lỗi\s+Chỉ tiêu!I6\s+"150%" vượt quá 100%/);
  });

  it.each([
    [["check", "khong-co.xlsx"], "Không tìm thấy file"],
    [["check", "package.json"], "không phải Excel"],
    [["check"], "Hãy ghi file .xlsx cần đọc"],
    [["lam-gi-do"], "Lỗi cách dùng"],
  ])("exits 2 with a clear message for %j", async (argv, message) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err.join("\n")).toContain(message);
    expect(c.err.join("\n")).not.toMatch(/\bat .*\.(ts|js):\d+/);
  });
});

describe("the built command", () => {
  it("runs from bin/ as npx would", async () => {
    const { execFile } = await import("node:child_process");
    const { promisify } = await import("node:util");
    const { stdout } = await promisify(execFile)("node", [
      "bin/tongket.js",
      "check",
      "sheets-templates/sample.xlsx",
      "--json",
    ]);
    expect(JSON.parse(stdout).unit).toBe("Chi bộ Trường Tiểu học Hoà Bình");
  });
});
