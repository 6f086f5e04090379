/**
 * Lean runs and the streamed body change the DOCX's XML, not the page: the sample's drafts
 * written by the writer before (test/support/docx-reference.ts) and by today's, laid out by
 * LibreOffice as PDF and drawn by pdftoppm, give the same pixels on every page. Also: the
 * runs are lean (fewer, no font or body size repeated) and python-docx still reads the file.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Packer } from "docx";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { bigWorkbook } from "../../scripts/bench/support/workbooks.js";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { analyse, buildDraft, type Draft } from "../../src/core/index.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { draftDocxBytes } from "../../src/writers/index.js";
import { draftDocument } from "../support/docx-reference.js";
import { libreOffice, pdftoppm } from "../support/external.js";

interface Pair {
  before: Uint8Array;
  after: Uint8Array;
}

const drafts: Record<string, Pair> = {};

async function pairOf(d: Draft): Promise<Pair> {
  const images = new Map(d.images.map((i) => [i.id, renderPng(i)]));
  const before = new Uint8Array(await Packer.toBuffer(draftDocument(d, images)));
  return { before, after: await draftDocxBytes(d, images) };
}

beforeAll(async () => {
  const analysis = analyse(await readXlsx("sheets-templates/sample.xlsx"));
  drafts.term = await pairOf(buildDraft(analysis));
  // The state layout (NĐ 30): other header sizes, the short rule under the school's name.
  drafts.schoolYear = await pairOf(buildDraft(analysis, { kind: "nam-hoc" }));
});

const documentXml = (docx: Uint8Array) => strFromU8(unzipSync(docx)["word/document.xml"]!);
const count = (xml: string, re: RegExp) => xml.match(re)?.length ?? 0;

describe("lean runs", () => {
  it("no run repeats the font, the body size or a bold off; fewer runs, same text", () => {
    const before = documentXml(drafts.term!.before);
    const after = documentXml(drafts.term!.after);
    expect(count(after, /<w:rFonts/g)).toBe(0);
    expect(count(after, /<w:sz w:val="28"\/>/g)).toBe(0);
    expect(count(after, /w:val="false"/g)).toBe(0);
    expect(count(after, /<w:r>/g)).toBeLessThan(count(before, /<w:r>/g) * 0.5);
    const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(text(after).join("")).toBe(text(before).join(""));
  });

  it("adjacent runs of one look are one run: no two neighbours with the same properties", () => {
    const after = documentXml(drafts.term!.after);
    for (const p of after.match(/<w:p>.*?<\/w:p>/g) ?? []) {
      const looks = [...p.matchAll(/<w:r>(<w:rPr>.*?<\/w:rPr>)?/g)].map((m) => m[1] ?? "");
      for (let i = 1; i < looks.length; i++) expect(looks[i]).not.toBe(looks[i - 1]);
    }
  });
});

describe("a body streamed in pieces", () => {
  it("a draft whose body passes the 1 MB flush holds the same paragraphs, rows and text as before", async () => {
    const d = buildDraft(analyse(templateGrids(bigWorkbook(1500))));
    const { before, after } = await pairOf(d);
    const [a, b] = [documentXml(after), documentXml(before)];
    expect(a.length).toBeGreaterThan(1 << 20);
    for (const re of [/<w:p>/g, /<w:tr>/g, /<w:tc>/g, /<w:tbl>/g, /<w:drawing>/g]) {
      expect(count(a, re), String(re)).toBe(count(b, re));
    }
    const text = (xml: string) => [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(text(a).join("")).toBe(text(b).join(""));
    // Well-formed to the end: the body closes before the section properties.
    expect(a).toMatch(/<\/w:tbl><w:sectPr>.*<\/w:sectPr><\/w:body><\/w:document>$/);
  });
});

const lo = libreOffice();
const poppler = pdftoppm();
const reason = lo.reason || poppler.reason;

/** The pages of a DOCX as LibreOffice lays them out, each as raw PPM pixels at 50 dpi. */
async function pages(dir: string, name: string, docx: Uint8Array): Promise<Buffer[]> {
  const file = join(dir, `${name}.docx`);
  await writeFile(file, docx);
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      file,
    ],
    { stdio: "ignore", timeout: 180_000 },
  );
  execFileSync("pdftoppm", ["-r", "50", join(dir, `${name}.pdf`), join(dir, name)], {
    timeout: 120_000,
  });
  const ppm = (await readdir(dir)).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".ppm"));
  return Promise.all(ppm.sort().map((f) => readFile(join(dir, f))));
}

describe("the same pages in LibreOffice", () => {
  it.skipIf(!lo.available || !poppler.available).each(["term", "schoolYear"])(
    `%s draft: every page's pixels as before ${reason}`,
    async (kind) => {
      const dir = await mkdtemp(join(tmpdir(), "tongket-pixels-"));
      const pair = drafts[kind]!;
      const before = await pages(dir, "before", pair.before);
      const after = await pages(dir, "after", pair.after);
      expect(before.length).toBeGreaterThan(1);
      expect(after.length).toBe(before.length);
      after.forEach((page, i) => {
        expect(page.length, `page ${i + 1}`).toBe(before[i]!.length);
        expect(page.equals(before[i]!), `page ${i + 1}`).toBe(true);
      });
    },
  );
});
