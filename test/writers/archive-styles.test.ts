/**
 * The archive writer shares one empty style object per value type among the cells it gives
 * no style (exceljs then works each out once instead of once per cell). That must change no
 * byte: the same plan written with exceljs's per-object memo switched off — every cell's
 * style worked out in full, as exceljs did for the fresh empty style of each cell before —
 * gives the same parts. On the sample and on a synthetic plan of every kind of cell.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { bigWorkbook } from "../../scripts/bench/support/workbooks.js";
import { bytesParts } from "../../scripts/same-outputs.mjs";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { type ArchivePlan, analyse, archivePlan, type NamedGrid } from "../../src/core/index.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import {
  archiveBytes,
  describeArchive,
  WRITER_OPTIONS,
  writeArchiveSheets,
} from "../../src/writers/index.js";

const CREATED = new Date("2026-12-01T08:00:00Z");

function planOf(grids: readonly NamedGrid[]): ArchivePlan {
  return archivePlan(grids, analyse(grids), { madeAt: CREATED, source: "test", version: "test" });
}

/** The archive with every cell's style worked out in full (exceljs's memo off). */
async function unmemoised(plan: ArchivePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ ...WRITER_OPTIONS });
  const styles = (wb as unknown as { styles: { weakMap?: WeakMap<object, number> } }).styles;
  expect(styles.weakMap).toBeInstanceOf(WeakMap);
  styles.weakMap = undefined;
  describeArchive(wb, plan, CREATED);
  await writeArchiveSheets(wb, plan, {});
  const collected = (wb as unknown as { stream: { read(): Uint8Array | null } }).stream.read();
  return new Uint8Array(collected ?? new Uint8Array(0));
}

async function expectSameArchive(plan: ArchivePlan): Promise<Map<string, string>> {
  const now = await bytesParts(await archiveBytes(plan, { created: CREATED }));
  const full = await bytesParts(await unmemoised(plan));
  expect([...now.keys()]).toEqual([...full.keys()]);
  for (const [name, text] of full) expect(now.get(name), name).toBe(text);
  return now;
}

describe("shared empty styles change no byte of the archive", () => {
  it("on the sample", async () => {
    const parts = await expectSameArchive(planOf(await readXlsx("sheets-templates/sample.xlsx")));
    // Plain numbers ("General") and plain text both occur, so both shared styles are used.
    expect(parts.get("xl/styles.xml")).toMatch(/<cellXfs count="\d+">/);
  });

  it("on 600 indicators of every kind (text, figures, dates, blanks, judgements)", async () => {
    await expectSameArchive(planOf(templateGrids(bigWorkbook(600))));
  });
});
