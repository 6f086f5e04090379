/**
 * Report draft: the sample's draft in-process (XLSX read → analyse → draft tree → chart PNG →
 * DOCX bytes and Markdown), and the same from grids for a 2 000-indicator workbook.
 * Goals: sample ≤ 300 ms median; 2 000 indicators ≤ 5 s.
 */
import { Packer } from "docx";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { draftDocument, draftMarkdown } from "../../src/writers/index.js";
import { bigWorkbook } from "./support/workbooks.js";

async function draftFromGrids(grids: readonly NamedGrid[]): Promise<number> {
  const draft = buildDraft(analyse(grids));
  const images = new Map(draft.images.map((i) => [i.id, renderPng(i)]));
  const bytes = await Packer.toBuffer(draftDocument(draft, images));
  const md = draftMarkdown(draft, (id) => `${id}.png`);
  return bytes.length + md.length;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

export async function run(): Promise<string> {
  const sample: number[] = [];
  for (let k = 0; k < 12; k++) {
    const t = performance.now();
    await draftFromGrids(await readXlsx("sheets-templates/sample.xlsx"));
    sample.push(performance.now() - t);
  }
  const grids = templateGrids(bigWorkbook(2000));
  const big: number[] = [];
  let size = 0;
  for (let k = 0; k < 3; k++) {
    const t = performance.now();
    size = await draftFromGrids(grids);
    big.push(performance.now() - t);
  }
  const ms = (n: number) => `${Math.round(n)} ms`;
  return [
    "## Report draft",
    "",
    "| Case | Runs | Median | Min | Max | Goal |",
    "| --- | --- | --- | --- | --- | --- |",
    `| Sample: XLSX → DOCX + Markdown (with chart PNG) | ${sample.length} | ${ms(median(sample))} | ${ms(Math.min(...sample))} | ${ms(Math.max(...sample))} | ≤ 300 ms |`,
    `| 2 000 indicators: grids → DOCX + Markdown (${Math.round(size / 1024)} KiB out) | ${big.length} | ${ms(median(big))} | ${ms(Math.min(...big))} | ${ms(Math.max(...big))} | ≤ 5 000 ms |`,
  ].join("\n");
}
