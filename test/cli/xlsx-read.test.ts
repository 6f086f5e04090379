/**
 * The XLSX reader on files as users have them: saved by LibreOffice (and through ODS), and
 * shaped like a Google Sheets download (no dimension element, shared strings with rich text,
 * percents as numbers with a percent format, dates as serial numbers with a date format).
 */
import { execFileSync } from "node:child_process";
import { copyFile, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readXlsx, readXlsxBuffer } from "../../src/cli/io/xlsx-read.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { computedCells } from "../../src/core/outputs/computed.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { libreOffice } from "../support/external.js";
import { googleLikeXlsx } from "../support/xlsx-fixtures.js";
import { referenceGrids } from "../support/xlsx-reference.js";

const SAMPLE = "sheets-templates/sample.xlsx";

function model(grids: NamedGrid[]) {
  const a = analyse(grids);
  return {
    workbook: { ...a.workbook, layouts: undefined },
    judgements: a.evaluation.indicators.map(
      (v) => `${v.indicator.code} ${computedCells(v).judgement} ${computedCells(v).gap}`,
    ),
    problems: a.problems,
  };
}

function soffice(profile: string, args: string[]): void {
  execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", ...args], {
    stdio: "pipe",
    timeout: 180_000,
  });
}

const lo = libreOffice();
describe("files saved by LibreOffice", () => {
  it.skipIf(!lo.available)(
    `the sample round-tripped through xlsx and through ods gives the same model ${lo.reason}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "tongket-lo-"));
      const profile = join(dir, "profile");
      await copyFile(SAMPLE, join(dir, "mau.xlsx"));
      // xlsx → xlsx (LibreOffice's own writer)
      soffice(profile, ["--convert-to", "xlsx", "--outdir", join(dir, "x"), join(dir, "mau.xlsx")]);
      // xlsx → ods → xlsx
      soffice(profile, ["--convert-to", "ods", "--outdir", dir, join(dir, "mau.xlsx")]);
      soffice(profile, ["--convert-to", "xlsx", "--outdir", join(dir, "o"), join(dir, "mau.ods")]);
      // The .ods itself, and an .xls LibreOffice writes, are refused for their format only.
      soffice(profile, ["--convert-to", "xls", "--outdir", dir, join(dir, "mau.xlsx")]);
      await expect(readXlsx(join(dir, "mau.ods"))).rejects.toThrow(/\(\.ods\).*Lưu thành/);
      await expect(readXlsx(join(dir, "mau.xls"))).rejects.toThrow(/\(\.xls\).*Lưu thành/);
      const original = model(await readXlsx(SAMPLE));
      expect(original.judgements.length).toBeGreaterThan(40);
      for (const file of [join(dir, "x", "mau.xlsx"), join(dir, "o", "mau.xlsx")]) {
        // The grids exceljs's in-memory load gave for LibreOffice's own file, too.
        const grids = await readXlsx(file);
        expect(grids).toEqual(await referenceGrids(new Uint8Array(await readFile(file))));
        const got = model(grids);
        expect(got.judgements).toEqual(original.judgements);
        expect(got.workbook).toEqual(original.workbook);
        expect(got.problems).toEqual(original.problems);
      }
    },
    // Four LibreOffice conversions: on a busy shared machine they take more than a minute.
    300_000,
  );
});

describe("a file shaped like a Google Sheets download", () => {
  it("reads rich text, percent numbers and dates as the core expects", async () => {
    const buffer = await googleLikeXlsx();
    const grids = await readXlsxBuffer(buffer, "google.xlsx");
    const indicators = grids.find((g) => g.name === "Chỉ tiêu")!;
    expect(indicators.values[1]![1]).toBe("Học sinh xếp mức Đạt ở mỗi tiêu chí");
    expect(indicators.values[1]![4]).toBe(0.993);
    const info = grids.find((g) => g.name === "Thông tin")!;
    expect(info.values[4]![1]).toBeInstanceOf(Date);
    const a = analyse(grids);
    expect(a.workbook.info.reportDate?.text).toBe("03/10/2022");
    const byCode = Object.fromEntries(
      a.evaluation.indicators.map((v) => [v.indicator.code, v] as const),
    );
    expect(byCode.NL1!.years.map((y) => y.value)).toEqual([99.3, 99.5]);
    expect(computedCells(byCode.NL1!).judgement).toBe("▲ Vượt chỉ tiêu");
    expect(computedCells(byCode.HT1!).judgement).toBe("✘ Chưa đạt");
    expect(computedCells(byCode.HSG1!).judgement).toBe("✔ Đạt chỉ tiêu");
    // Also from disk, the path the command takes.
    const dir = await mkdtemp(join(tmpdir(), "tongket-g-"));
    await writeFile(join(dir, "g.xlsx"), buffer);
    expect(await readXlsx(join(dir, "g.xlsx"))).toEqual(grids);
  });
});
