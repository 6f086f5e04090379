/**
 * Files written as people expect: an input is never an output, one output's files land
 * together or not at all, interrupted runs leave no temporary file, long names work, and
 * Windows' "file open in Excel" is said as such — never an errno name.
 */
import { spawn } from "node:child_process";
import { link, mkdtemp, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempPathFor, writeAtomically, writeFilesAtomically } from "../../src/cli/io/atomic.js";
import { perform } from "../../src/cli/io/perform.js";
import { run } from "../../src/cli/main.js";
import { CLI, FILES } from "../../src/cli/messages.vi.js";
import { capture } from "../support/capture.js";

const SAMPLE = "sheets-templates/sample.xlsx";
const LEAKS = /\bE[A-Z]{3,}\b/;
const fresh = () => mkdtemp(join(tmpdir(), "tongket-atomic-"));
const temps = async (d: string) => (await readdir(d)).filter((f) => f.endsWith(".tmp"));

describe("an input is never an output", () => {
  it.each([
    ["the same path", (_d: string, input: string) => Promise.resolve(input)],
    ["the same file by another path", (d: string) => Promise.resolve(join(d, ".", "vao.xlsx"))],
    [
      "a symbolic link to it",
      async (d: string, input: string) => {
        await symlink(input, join(d, "lien-ket.xlsx"));
        return join(d, "lien-ket.xlsx");
      },
    ],
    [
      "a hard link to it",
      async (d: string, input: string) => {
        await link(input, join(d, "cung-file.xlsx"));
        return join(d, "cung-file.xlsx");
      },
    ],
  ])("export refuses -o that is %s, with or without --force", async (_, outputOf) => {
    const d = await fresh();
    const input = join(d, "vao.xlsx");
    await writeFile(input, await readFile(SAMPLE));
    const output = await outputOf(d, input);
    const before = await readFile(input);
    for (const force of [[], ["--force"]]) {
      const c = capture();
      expect(await run(["export", input, "-o", output, ...force], c.io)).toBe(2);
      expect(c.err.join("\n")).toBe(FILES.outputIsInput(output, input));
    }
    expect(await readFile(input)).toEqual(before);
    expect(await temps(d)).toEqual([]);
  });

  it("refuses the key file as an output too", async () => {
    const d = await fresh();
    const key = join(d, "khoa.xlsx");
    await writeFile(key, "{}");
    const c = capture();
    expect(
      await run(["export", "--sheet", "x".repeat(20), "--credentials", key, "-o", key], c.io),
    ).toBe(2);
    expect(c.err.join("\n")).toBe(FILES.outputIsInput(key, key));
  });
});

describe("one output's files are written as one", () => {
  it("writes none when a later file fails", async () => {
    const d = await fresh();
    const files = ["a.ti-le.png", "a.giai-thuong.png", "a.md"].map((f) => join(d, f));
    const write = writeFilesAtomically(
      files.map((path, i) => ({
        path,
        write: async (t: string) => {
          if (i === 2) throw Object.assign(new Error("ENOSPC: no space"), { code: "ENOSPC" });
          await writeFile(t, "x");
        },
      })),
      false,
    );
    await expect(write).rejects.toThrow(CLI.cannotWrite(files[2]!, FILES.reasons.ENOSPC!));
    expect(await readdir(d)).toEqual([]);
  });

  it("puts back what was there when a rename fails half-way (--force)", async () => {
    const d = await fresh();
    const [png, md] = [join(d, "a.png"), join(d, "a.md")];
    await writeFile(png, "old png");
    await writeFile(md, "old md");
    const ops = {
      rename: async (from: string, to: string) => {
        if (to === md) throw Object.assign(new Error("EPERM: operation"), { code: "EPERM" });
        const { rename } = await import("node:fs/promises");
        await rename(from, to);
      },
    };
    const files = [png, md].map((path) => ({
      path,
      write: (t: string) => writeFile(t, "new"),
    }));
    await expect(writeFilesAtomically(files, true, ops)).rejects.toThrow(FILES.openElsewhere);
    expect([await readFile(png, "utf8"), await readFile(md, "utf8")]).toEqual([
      "old png",
      "old md",
    ]);
    expect((await readdir(d)).sort()).toEqual(["a.md", "a.png"]);
  });

  it("a Markdown draft whose .md cannot be renamed leaves no chart PNG", async () => {
    const d = await fresh();
    const md = join(d, "bao-cao.md");
    const { draftPlan } = await import("../../src/cli/commands/draft.js");
    const { realContext } = await import("../../src/cli/io/perform.js");
    const plan = await draftPlan(SAMPLE, { output: md }, realContext("test"));
    const ops = {
      rename: async (from: string, to: string) => {
        if (to === md) throw Object.assign(new Error("EBUSY"), { code: "EBUSY" });
        const { rename } = await import("node:fs/promises");
        await rename(from, to);
      },
    };
    const out: string[] = [];
    await expect(perform(plan, { out: (l) => out.push(l) }, ops)).rejects.toThrow(
      CLI.cannotWrite(md, FILES.openElsewhere),
    );
    expect([await readdir(d), out]).toEqual([[], []]);
    // And a rerun is not refused for files the failed run left behind.
    expect(await run(["draft", SAMPLE, "-o", md], capture().io)).toBe(0);
  });
});

describe("temporary files", () => {
  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("are removed on %s", async (signal, exitCode) => {
    const d = await fresh();
    const child = spawn(process.execPath, [
      "--import",
      "tsx",
      "test/cli/fixtures/hold-write.ts",
      d,
    ]);
    const seen = await new Promise<string[]>((resolve) => {
      child.stdout.on("data", (b: Buffer) => {
        const m = /^ready (.*)$/m.exec(b.toString());
        if (m) resolve(JSON.parse(m[1]!) as string[]);
      });
    });
    expect(seen).toHaveLength(2);
    expect((await temps(d)).length).toBe(2);
    const code = new Promise((resolve) => child.on("exit", (c) => resolve(c)));
    child.kill(signal);
    expect(await code).toBe(exitCode);
    expect(await readdir(d)).toEqual([]);
  });

  it("have a short name, so a target name of 240–255 bytes works", async () => {
    const d = await fresh();
    for (const bytes of [240, 250, 255]) {
      // "ệ" is three bytes in UTF-8: a name of ~80 Vietnamese letters.
      const stem = "ệ".repeat(Math.floor((bytes - 5) / 3));
      const name = `${stem}${"a".repeat(bytes - 5 - Buffer.byteLength(stem))}.xlsx`;
      expect(Buffer.byteLength(name)).toBe(bytes);
      expect(Buffer.byteLength(tempPathFor(join(d, name))) - d.length).toBeLessThan(20);
      const c = capture();
      expect(await run(["template", "-o", join(d, name)], c.io), c.err.join("\n")).toBe(0);
    }
    expect(await temps(d)).toEqual([]);
  });
});

describe("Windows: a file open in Excel", () => {
  it.each([
    ["EPERM", FILES.openElsewhere],
    ["EBUSY", FILES.openElsewhere],
    ["ENOENT", FILES.reasons.ENOENT!],
    ["EWEIRD", FILES.unknownReason],
  ])("a rename failing with %s says so, with no errno name", async (code, reason) => {
    const d = await fresh();
    const file = join(d, "luu-tru.xlsx");
    const ops = {
      rename: async () => {
        throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
      },
    };
    const write = writeAtomically(file, false, (t) => writeFile(t, "x"), ops);
    await expect(write).rejects.toThrow(CLI.cannotWrite(file, reason));
    expect(reason).not.toMatch(LEAKS);
    expect(await readdir(d)).toEqual([]);
  });
});
