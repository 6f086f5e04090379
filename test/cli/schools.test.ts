/**
 * `tongket check`, `export` and `draft` on the two schools beside the sample (the THCS and
 * the kindergarten fixtures of test/fixtures/schools, written as XLSX files): the problems
 * named at their cells, the archive keeping what the school typed, a draft of every kind.
 */
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { run } from "../../src/cli/main.js";
import { KIND_IDS } from "../../src/core/outputs/draft/kinds/all.js";
import { SCHOOLS, writeSchool } from "../fixtures/schools/index.js";
import { capture } from "../support/capture.js";

let dir = "";
const input = new Map<string, string>();
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-schools-"));
  for (const s of SCHOOLS) input.set(s.id, await writeSchool(s.id, dir));
});

const WARNINGS: Record<string, { cells: string[]; unit: string }> = {
  thcs: { cells: ["Chỉ tiêu!J7", "Chỉ tiêu!K9"], unit: "Chi bộ Trường THCS Xuân Hòa" },
  "mam-non": { cells: ["Chỉ tiêu!H7", "Chỉ tiêu!H9"], unit: "Chi bộ Trường Mầm non Hòa An" },
};

describe.each(SCHOOLS.map((s) => s.id))("%s", (id) => {
  it("check: exit 0 (warnings only), each problem at its cell", async () => {
    const c = capture();
    expect(await run(["check", input.get(id)!], c.io)).toBe(0);
    const text = c.out.join("\n").normalize("NFC");
    expect(text).toContain(WARNINGS[id]!.unit);
    for (const cell of WARNINGS[id]!.cells) expect(text).toContain(cell);
    expect(text).toContain("#REF!");
    const j = capture();
    expect(await run(["check", input.get(id)!, "--json"], j.io)).toBe(0);
    const json = JSON.parse(j.out.join("\n"));
    expect(json.errors).toBe(0);
    const at = json.problems.map((p: { tab: string; cell: string }) =>
      `${p.tab}!${p.cell}`.normalize("NFC"),
    );
    for (const cell of WARNINGS[id]!.cells) expect(at).toContain(cell);
  });

  it("export: the archive keeps every tab and column the school typed", async () => {
    const out = join(dir, `${id}-luu-tru.xlsx`);
    expect(await run(["export", input.get(id)!, "-o", out], capture().io)).toBe(0);
    const typed = await readXlsx(input.get(id)!);
    const archive = await readXlsx(out);
    const names = archive.map((g) => g.name.normalize("NFC"));
    expect(names[0]).toBe("Tổng hợp");
    for (const g of typed) expect(names).toContain(g.name.normalize("NFC"));
    // The school's own column (THCS: "Người phụ trách", mầm non: "Minh chứng") is kept.
    const own = id === "thcs" ? "Người phụ trách" : "Minh chứng";
    const indicators = archive.find((g) => g.name.normalize("NFC") === "Chỉ tiêu")!;
    const header = indicators.values.find((r) => r.includes("Mã"))!;
    expect(header.map((h) => String(h ?? "").normalize("NFC"))).toContain(own);
  });

  it.each(KIND_IDS)("draft --kind %s: a Word file with the school's name", async (kind) => {
    const out = join(dir, `${id}-${kind}.docx`);
    const c = capture();
    expect(await run(["draft", input.get(id)!, "-o", out, "--kind", kind], c.io)).toBe(0);
    const zip = await JSZip.loadAsync(await readFile(out));
    // A name in the header keeps its words together with no-break spaces (issue 8).
    const xml = (await zip.file("word/document.xml")!.async("string"))
      .normalize("NFC")
      .replace(/\u00a0/g, " ");
    // The Party cell spells it "Hòa", the school "Hoà": both as typed.
    expect(xml).toMatch(id === "thcs" ? /THCS XUÂN H(ÒA|OÀ)/ : /MẦM NON H(ÒA|OÀ) AN/);
    expect(xml).not.toContain("undefined");
    expect(xml).not.toContain("NaN");
  });

  it("draft as Markdown with its chart beside it", async () => {
    const out = join(dir, `${id}.md`);
    expect(await run(["draft", input.get(id)!, "-o", out], capture().io)).toBe(0);
    const md = (await readFile(out, "utf8")).normalize("NFC");
    expect(md).toContain("PHẦN THỨ NHẤT");
    expect(md).toContain(`${id}.giai-thuong.png`);
  });
});
