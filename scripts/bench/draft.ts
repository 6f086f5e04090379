/**
 * Report draft. In this process: the sample's DOCX written by today's writer and by the one
 * before lean runs (test/support/docx-reference.ts), alternately, from the same draft model;
 * and the whole sample draft (XLSX read → analyse → draft → chart PNGs → DOCX + Markdown).
 * In child processes (each peak RSS its own): 500, 5 000 and 50 000 indicators to DOCX.
 * Goals: the sample's DOCX ≤ 0.7× the writer before; 50 000 indicators with peak RSS ≤ 1 GB
 * and the time per indicator flat (≤ 1.2× from 500 to 50 000). CPU time is printed beside
 * wall time: on this shared machine it is the steadier of the two.
 */
import { execFileSync } from "node:child_process";
import { Packer } from "docx";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftDocxBytes, draftMarkdown } from "../../src/writers/index.js";
import { referencePng } from "../../test/support/chart-png-reference.js";
import { draftDocument } from "../../test/support/docx-reference.js";
import { bundleChild } from "./support/child.js";

interface Child {
  n: number;
  mode: string;
  docxCpuMs: number;
  docxMs: number;
  totalCpuMs: number;
  totalMs: number;
  peakRssMb: number;
  bytes: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Wall and CPU milliseconds of each of `runs` calls of `f`. */
async function timed(runs: number, f: () => Promise<unknown>): Promise<[number[], number[]]> {
  const wall: number[] = [];
  const cpus: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t = performance.now();
    const c = cpu();
    await f();
    wall.push(performance.now() - t);
    cpus.push(cpu() - c);
  }
  return [wall, cpus];
}

async function sampleLines(): Promise<string[]> {
  const d = buildDraft(analyse(await readXlsx("sheets-templates/sample.xlsx")));
  const images = new Map(d.images.map((i) => [i.id, renderPng(i)]));
  const before = () => Packer.toBuffer(draftDocument(d, images));
  const now = () => draftDocxBytes(d, images);
  await before();
  await now();
  const b: [number[], number[]] = [[], []];
  const a: [number[], number[]] = [[], []];
  for (let k = 0; k < 15; k++) {
    for (const [f, into] of [
      [before, b],
      [now, a],
    ] as const) {
      const [w, c] = await timed(1, f);
      into[0].push(...w);
      into[1].push(...c);
    }
  }
  // The whole draft of the sample, with either writer, alternately.
  const whole = (writer: "before" | "now") => async () => {
    const draft = buildDraft(analyse(await readXlsx("sheets-templates/sample.xlsx")));
    // Before: the chart renderer before too (every system font, resvg's PNG encoder).
    const png = writer === "before" ? referencePng : renderPng;
    const imgs = new Map(draft.images.map((i) => [i.id, png(i)]));
    if (writer === "before") await Packer.toBuffer(draftDocument(draft, imgs));
    else await draftDocxBytes(draft, imgs);
    draftMarkdown(draft, (id) => `${id}.png`);
  };
  const wb: [number[], number[]] = [[], []];
  const wa: [number[], number[]] = [[], []];
  for (let k = 0; k < 8; k++) {
    for (const [f, into] of [
      [whole("before"), wb],
      [whole("now"), wa],
    ] as const) {
      const [w, c] = await timed(1, f);
      into[0].push(...w);
      into[1].push(...c);
    }
  }
  const ms = (x: number) => `${Math.round(x)} ms`;
  return [
    "| Sample | runs | wall median | CPU median | × before (wall) | × before (CPU) |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    `| DOCX writer before (docx objects, every run with font and size) | 15 | ${ms(median(b[0]))} | ${ms(median(b[1]))} | 1.00 | 1.00 |`,
    `| DOCX writer now (lean runs, body streamed) | 15 | ${ms(median(a[0]))} | ${ms(median(a[1]))} | ${(median(a[0]) / median(b[0])).toFixed(2)} | ${(median(a[1]) / median(b[1])).toFixed(2)} |`,
    `| whole sample draft before: XLSX → DOCX + Markdown, chart PNGs (renderer before) | 8 | ${ms(median(wb[0]))} | ${ms(median(wb[1]))} | 1.00 | 1.00 |`,
    `| whole sample draft now | 8 | ${ms(median(wa[0]))} | ${ms(median(wa[1]))} | ${(median(wa[0]) / median(wb[0])).toFixed(2)} | ${(median(wa[1]) / median(wb[1])).toFixed(2)} |`,
  ];
}

function runChild(child: string, n: number, mode: string): Child {
  const out = execFileSync(
    process.execPath,
    ["--max-old-space-size=6144", child, String(n), mode],
    {
      encoding: "utf8",
    },
  );
  return JSON.parse(out.trim()) as Child;
}

async function scaleLines(): Promise<string[]> {
  const child = await bundleChild("draft-child");
  const sizes = [500, 5_000, 50_000];
  const now = sizes.map((n) => runChild(child, n, "now"));
  // The writer before needs ~4 GB at 50 000 indicators (it died there); 500 and 5 000 only.
  const before = sizes.slice(0, 2).map((n) => runChild(child, n, "before"));
  const per = (c: Child) => (c.docxCpuMs / c.n).toFixed(3);
  const lines = [
    "| indicators | writer | DOCX CPU (ms) | DOCX wall (ms) | whole CPU (ms) | peak RSS (MB) | DOCX (KiB) | DOCX CPU per indicator (ms) |",
    "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const c of [...before, ...now]) {
    lines.push(
      `| ${c.n.toLocaleString("en-US")} | ${c.mode} | ${c.docxCpuMs.toFixed(0)} | ${c.docxMs.toFixed(0)} | ${c.totalCpuMs.toFixed(0)} | ${c.peakRssMb.toFixed(0)} | ${(c.bytes / 1024).toFixed(0)} | ${per(c)} |`,
    );
  }
  const [a, b, c] = now as [Child, Child, Child];
  // Per indicator at the margin: the fixed part (styles, charts, the shell) cancels out.
  const slope = (x: Child, y: Child) => (y.docxCpuMs - x.docxCpuMs) / (y.n - x.n);
  lines.push(
    "",
    `Now: DOCX CPU per indicator at 50 000 ÷ at 500: ${(c.docxCpuMs / c.n / (a.docxCpuMs / a.n)).toFixed(2)}; ` +
      `marginal (5 000 → 50 000) ÷ (500 → 5 000): ${(slope(b, c) / slope(a, b)).toFixed(2)}; ` +
      `whole CPU per indicator at 50 000 ÷ at 5 000: ${(c.totalCpuMs / c.n / (b.totalCpuMs / b.n)).toFixed(2)}; ` +
      `peak RSS at 50 000: ${c.peakRssMb.toFixed(0)} MB.`,
  );
  return lines;
}

export async function run(): Promise<string> {
  return [
    "### Report draft (`npm run bench -- draft`)",
    "",
    ...(await sampleLines()),
    "",
    ...(await scaleLines()),
  ].join("\n");
}
