/**
 * Bad paths given to the command line: each ends with a plain Vietnamese message and exit 2,
 * never a stack trace or Node's English error text, and nothing already there is harmed.
 */
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import { reasonOf, writeAtomically } from "../../src/cli/io/atomic.js";
import { run } from "../../src/cli/main.js";
import { EXPORT_CLI, FILES } from "../../src/cli/messages.vi.js";
import { capture } from "../support/capture.js";

const SAMPLE = "sheets-templates/sample.xlsx";
/** What must never reach a user: Node's error codes and English texts, or a stack frame. */
const LEAKS = /\bE[A-Z]{3,}\b|permission denied|not a directory|\bat .*\.(ts|js):\d+/;

let dir = "";
let docx = "";
let aFile = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "tongket-files-"));
  docx = join(dir, "bao-cao.docx");
  const doc = new Document({ sections: [{ children: [new Paragraph("Báo cáo")] }] });
  await writeFile(docx, await Packer.toBuffer(doc));
  aFile = join(dir, "a-file.txt");
  await writeFile(aFile, "keep me");
});

async function fails(argv: string[]): Promise<string> {
  const c = capture();
  expect(await run(argv, c.io), argv.join(" ")).toBe(2);
  const text = [...c.out, ...c.err].join("\n");
  expect(text).not.toMatch(LEAKS);
  return text;
}

describe("bad inputs", () => {
  it("refuses a Word file given as the workbook (it is a zip, but has no worksheet)", async () => {
    expect(await fails(["check", docx])).toContain("không phải Excel .xlsx");
    expect(await fails(["export", docx, "-o", join(dir, "x.xlsx")])).toContain(
      "không phải Excel .xlsx",
    );
    expect(await readdir(dir)).not.toContain("x.xlsx");
  });

  it("says a directory given as the workbook is a directory", async () => {
    expect(await fails(["check", dir])).toBe(FILES.isDirectory(dir));
  });
});

describe("bad outputs", () => {
  it("refuses a directory as -o, even with --force, and leaves it alone", async () => {
    const target = join(dir, "thu-muc");
    await mkdir(target);
    await writeFile(join(target, "giu.txt"), "x");
    for (const force of [[], ["--force"]]) {
      expect(await fails(["export", SAMPLE, "-o", target, ...force])).toBe(
        FILES.isDirectory(target),
      );
      expect(await fails(["template", "-o", target, ...force])).toBe(FILES.isDirectory(target));
    }
    expect(await readdir(target)).toEqual(["giu.txt"]);
  });

  it("refuses an archive name Excel would not open (not .xlsx)", async () => {
    for (const name of ["luu-tru.docx", "luu-tru"]) {
      const out = join(dir, name);
      expect(await fails(["export", SAMPLE, "-o", out])).toBe(EXPORT_CLI.badExtension(out));
      expect(await readdir(dir)).not.toContain(name);
    }
  });

  it("checks -o before reading the input", async () => {
    // The input does not exist; the refusal is about -o, so -o was looked at first.
    for (const cmd of ["export", "draft"]) {
      const text = await fails([cmd, join(dir, "khong-co.xlsx"), "-o", docx]);
      expect(text, cmd).toContain("--force");
    }
    expect(await fails(["draft", join(dir, "khong-co.xlsx"), "-o", "x.pdf"])).toContain(".docx");
  });

  it("explains a path through a file in Vietnamese and writes nothing", async () => {
    for (const out of ["x.xlsx", "x.docx", "x.md"]) {
      const cmd = out.endsWith("xlsx") ? "export" : "draft";
      const text = await fails([cmd, SAMPLE, "-o", join(aFile, out)]);
      expect(text).toContain(FILES.reasons.ENOTDIR);
    }
    expect(await readFile(aFile, "utf8")).toBe("keep me");
    expect((await readdir(dir)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("turns a system error of the writer into Vietnamese and removes the temporary file", async () => {
    const d = await mkdtemp(join(tmpdir(), "tongket-files-"));
    const denied = Object.assign(new Error("EACCES: permission denied, open 'x'"), {
      code: "EACCES",
    });
    const write = writeAtomically(join(d, "a.xlsx"), false, async (temp) => {
      await writeFile(temp, "half");
      throw denied;
    });
    await expect(write).rejects.toThrow(FILES.reasons.EACCES!);
    await expect(write).rejects.not.toThrow(/permission denied/);
    expect(await readdir(d)).toEqual([]);
    expect(reasonOf({ code: "ENOSPC" })).toBe(FILES.reasons.ENOSPC);
    expect(reasonOf({ code: "EWHATEVER" })).toBe(FILES.unknownReason);
    expect(reasonOf({ code: "EWHATEVER" })).not.toContain("EWHATEVER");
  });
});

describe("usage", () => {
  it("treats a bare 'tongket' as a usage error and shows help", async () => {
    const c = capture();
    expect(await run([], c.io)).toBe(2);
    expect(c.err.join("\n")).toContain("Cách dùng: tongket [tuỳ chọn] [lệnh]");
  });

  it("says help in Vietnamese, exit 0", async () => {
    for (const argv of [["--help"], ["export", "--help"], ["help", "draft"]]) {
      const c = capture();
      expect(await run(argv, c.io), argv.join(" ")).toBe(0);
      const text = [...c.out, ...c.err].join("\n");
      expect(text).toContain("Cách dùng:");
      expect(text).toContain("[tuỳ chọn]");
      expect(text).not.toMatch(/\[options\]|\[command\]|Usage:|Options:/);
    }
  });
});
