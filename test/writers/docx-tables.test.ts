/**
 * Tables as the Party office expects them (issue 8): figures right-aligned, school years
 * centred, text from the left, decided per column; no row split across pages; the header
 * row repeated on every page and kept with the first row, never alone at a page's foot
 * (seen in LibreOffice's PDF of the kindergarten's school-year report).
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { renderPng } from "../../src/cli/io/chart-png.js";
import {
  analyse,
  type Block,
  buildDraft,
  type ColumnAlign,
  columnAligns,
  type Draft,
  type Run,
} from "../../src/core/index.js";
import { draftDocxBytes, draftMarkdown } from "../../src/writers/index.js";
import { schoolGrids } from "../fixtures/schools/index.js";
import { libreOffice } from "../support/external.js";

const cells = (...texts: string[]): Run[][] => texts.map((text) => [{ text }]);

describe("each column lines up by what it holds", () => {
  it.each<[string, string[], ColumnAlign]>([
    ["prizes per year", ["2", "15", "–", "25"], "right"],
    ["school years", ["2020-2021", "2021-2022", "2024-2025"], "center"],
    ["rates", ["99,3%", "100%", "0,3%"], "right"],
    ["counts with their unit", ["15 giải", "3 giáo viên", "6 phòng"], "right"],
    ["money", ["1.157.274.000 đồng", "30.000.000 đồng"], "right"],
    ["ranks", ["thứ 9", "thứ 13"], "right"],
    ["a share of judged", ["3/5", "4/4"], "right"],
    ["results as sentences, one a lone figure", ["năm học 2020-2021 đạt 98,9%", "100%"], "left"],
    ["judgements", ["Vượt chỉ tiêu", "Chưa đạt"], "left"],
    ["targets", ["Giải học sinh giỏi: từ 15 giải trở lên"], "left"],
  ])("%s → %s", (_case, column, align) => {
    const rows = column.map((t) => cells(t));
    expect(columnAligns({ header: ["x"], rows })).toEqual([align]);
  });

  it("a placeholder of an empty cell takes no part", () => {
    const rows = [cells("58,1%"), [[{ text: "[chưa có số liệu: Chỉ tiêu!I2]", missing: true }]]];
    expect(columnAligns({ header: ["x"], rows })).toEqual(["right"]);
  });
});

let term: Draft;
let year: Draft;
let termXml = "";
let yearDocx: Uint8Array;

async function docx(d: Draft): Promise<Uint8Array> {
  return draftDocxBytes(d, new Map(d.images.map((i) => [i.id, renderPng(i)])));
}

beforeAll(async () => {
  term = buildDraft(analyse(await schoolGrids("thcs")));
  year = buildDraft(analyse(await schoolGrids("mam-non")), { kind: "nam-hoc" });
  termXml = strFromU8(unzipSync(await docx(term))["word/document.xml"]!);
  yearDocx = await docx(year);
});

/** The ruled tables of a document.xml (the header block and signature have no trPr). */
function contentTables(xml: string): string[][] {
  return (xml.match(/<w:tbl>.*?<\/w:tbl>/gs) ?? [])
    .map((t) => t.match(/<w:tr>.*?<\/w:tr>/gs) ?? [])
    .filter((rows) => rows[0]?.includes("<w:trPr>"));
}

const jcs = (row: string) => [...row.matchAll(/<w:jc w:val="(\w+)"\/>/g)].map((m) => m[1]);

describe("the DOCX's tables", () => {
  it("header rows repeat and keep with the next row; no row splits", () => {
    const tables = contentTables(termXml);
    expect(tables.length).toBeGreaterThanOrEqual(3);
    for (const [header, ...rows] of tables) {
      expect(header).toContain("<w:tblHeader/>");
      expect(header).toContain("<w:cantSplit/>");
      const paragraphs = header!.match(/<w:p>.*?<\/w:p>/gs) ?? [];
      for (const p of paragraphs) expect(p).toContain("<w:keepNext/>");
      for (const r of rows) {
        expect(r).toContain("<w:cantSplit/>");
        expect(r).not.toContain("<w:tblHeader/>");
      }
    }
  });

  it("the prize table: school years centred, counts right-aligned", () => {
    const prizes = contentTables(termXml).find((t) => t[0]!.includes(">Năm học<"))!;
    expect(jcs(prizes[0]!)).toEqual(["center", "center", "center"]);
    for (const row of prizes.slice(1)) expect(jcs(row)).toEqual(["center", "right", "right"]);
  });

  it("the check table: target, result and judgement read from the left, in every row", () => {
    const tables = contentTables(termXml).filter((t) => t[0]!.includes(">Chỉ tiêu đề ra<"));
    expect(tables.length).toBeGreaterThan(1);
    for (const t of tables)
      for (const row of t.slice(1)) expect(jcs(row)).toEqual(["left", "left", "left"]);
  });

  it("the Markdown says the same alignment", () => {
    const md = draftMarkdown(term, (id) => `${id}.png`);
    expect(md).toContain("| Năm học | Cấp tỉnh | Cấp huyện |\n| :---: | ---: | ---: |");
    expect(md).toContain("| Chỉ tiêu đề ra | Kết quả đạt được | Đánh giá |\n| --- | --- | --- |");
  });
});

const lo = libreOffice();

describe("in LibreOffice's PDF", () => {
  it.skipIf(!lo.available)(
    `no table header is left alone at the foot of a page ${lo.reason}`,
    async () => {
      const dir = await mkdtemp(join(tmpdir(), "tongket-tables-"));
      const file = join(dir, "nam-hoc.docx");
      await writeFile(file, yearDocx);
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
      execFileSync("pdftotext", ["-layout", join(dir, "nam-hoc.pdf"), join(dir, "nam-hoc.txt")]);
      const pages = (await readFile(join(dir, "nam-hoc.txt"), "utf8")).split("\f");
      const tables = year.blocks.filter(
        (b): b is Extract<Block, { kind: "table" }> => b.kind === "table",
      );
      const judged = /Vượt chỉ tiêu|Đạt chỉ tiêu|Chưa đạt|Chưa có số liệu/;
      let headers = 0;
      for (const page of pages) {
        const lines = page.split("\n");
        lines.forEach((l, k) => {
          if (!(l.includes(tables[0]!.header[0]!) && l.includes("Đánh giá"))) return;
          headers++;
          // A body row follows on the same page: its judgement column is filled.
          expect(lines.slice(k + 1).join("\n"), `page ${pages.indexOf(page) + 1}`).toMatch(judged);
        });
      }
      expect(headers).toBeGreaterThanOrEqual(tables.length);
    },
  );
});
