/**
 * One case of the draft benchmark in its own process, so that its peak memory is its own:
 * `node draft-child.mjs N now|before`. Grids of N indicators (the sample's repeated) →
 * analyse → draft model → chart PNGs → DOCX bytes, by today's writer (now) or the one before
 * lean runs (before, test/support/docx-reference.ts). Prints one JSON line: CPU and wall
 * milliseconds of the DOCX step and of the whole, the peak RSS, the size.
 */
import { Packer } from "docx";
import { renderPng } from "../../../src/cli/io/chart-png.js";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { templateGrids } from "../../../src/core/workbook/template.js";
import { draftDocxBytes } from "../../../src/writers/index.js";
import { draftDocument } from "../../../test/support/docx-reference.js";
import { bigWorkbook } from "./workbooks.js";

const n = Number(process.argv[2]);
const mode = process.argv[3];
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const c0 = cpu();
const t0 = performance.now();
const draft = buildDraft(analyse(templateGrids(bigWorkbook(n))));
const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
const c1 = cpu();
const t1 = performance.now();
const bytes =
  mode === "before"
    ? await Packer.toBuffer(draftDocument(draft, images))
    : await draftDocxBytes(draft, images);
const c2 = cpu();
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    n,
    mode,
    docxCpuMs: c2 - c1,
    docxMs: t2 - t1,
    totalCpuMs: c2 - c0,
    totalMs: t2 - t0,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: bytes.length,
  })}\n`,
);
