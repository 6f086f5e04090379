/**
 * The property behind issue 14's first finding: whatever a workbook holds, no output holds a
 * number that is not finite and every output can be read. Random workbooks (the sample's tabs,
 * damaged: 1e308 counts, 1.7e308 sums, `t="n"` cells holding text, date serials no date can
 * hold, formulas without values…) go through check, check --json, export and both drafts; the
 * archives and DOCX drafts are read back by openpyxl and python-docx in one Python process.
 * `npm run fuzz` runs thousands of the same.
 */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readXlsxBytes } from "../../src/writers/index.js";
import { openpyxl, pythonDocx } from "../support/external.js";
import { fuzz } from "../support/fuzz-run.js";
import { randomWorkbook } from "../support/random-workbook.js";

const py =
  openpyxl().available && pythonDocx().available ? "" : openpyxl().reason || pythonDocx().reason;

describe("random workbooks", () => {
  it("are valid XLSX packages, the same for the same seed", async () => {
    const [a, b, c] = [await randomWorkbook(7), await randomWorkbook(7), await randomWorkbook(8)];
    // The zip's entries carry the time they were made: compare what the reader finds.
    const [ga, gb, gc] = await Promise.all([a, b, c].map((x) => readXlsxBytes(x, "x.xlsx")));
    expect(ga!.length).toBeGreaterThan(0);
    expect(ga).toEqual(gb);
    expect(ga).not.toEqual(gc);
  });

  it.skipIf(py !== "")(
    `give no unhandled error, no unreadable output and no non-finite number in any output ${py}`,
    async () => {
      const seeds = fc.sample(fc.integer({ min: 1, max: 2 ** 31 - 1 }), 16);
      const figures = await fuzz(seeds, await mkdtemp(join(tmpdir(), "tongket-random-")));
      expect(figures.findings).toEqual([]);
      // Every seed went through every command, and every archive and DOCX was read back.
      expect(Object.values(figures.exits).reduce((a, b) => a + b, 0)).toBe(16 * 5);
      expect(figures.readBack).toBe(16 * 2);
    },
    600_000,
  );
});
