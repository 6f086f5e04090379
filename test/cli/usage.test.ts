/**
 * The command line as people expect it: Vietnamese placeholders, a worked example and the exit
 * codes in every command's help, typos answered with the right word, one -o, results on one
 * stream, and the progress line gone before the final message.
 */
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { CLI, PLACEHOLDERS } from "../../src/cli/messages.vi.js";
import { capture } from "../support/capture.js";

const SAMPLE = "sheets-templates/sample.xlsx";
const fresh = () => mkdtemp(join(tmpdir(), "tongket-usage-"));

describe("help", () => {
  it.each(["template", "check", "export", "draft"])(
    "of %s: Vietnamese placeholders, an example and the exit codes",
    async (command) => {
      const c = capture();
      expect(await run([command, "--help"], c.io)).toBe(0);
      const text = c.out.join("\n");
      expect(text).not.toMatch(/\[input\]|<idOrUrl>|<file>/);
      expect(text).toContain(`tongket ${command} `);
      expect(text).toContain("Ví dụ:");
      expect(text).toContain(CLI.exitCodesHelp);
      if (command !== "check") expect(text).toContain(PLACEHOLDERS.output);
      if (command !== "template") expect(text).toContain(PLACEHOLDERS.sheet);
    },
  );
});

describe("usage errors", () => {
  it.each([
    [["chek", SAMPLE], "check"],
    [["exprot", SAMPLE], "export"],
    [["check", SAMPLE, "--jsno"], "--json"],
    [["export", SAMPLE, "--forc"], "--force"],
  ])("%j suggests %s", async (argv, right) => {
    const c = capture();
    expect(await run(argv, c.io)).toBe(2);
    expect(c.err.join("\n")).toContain(CLI.didYouMean(right));
  });

  it.each([["export", SAMPLE], ["draft", SAMPLE], ["template"]])(
    "%s refuses a repeated -o and writes nothing",
    async (...argv) => {
      const d = await fresh();
      const [a, b] = [join(d, "a.xlsx"), join(d, "b.xlsx")];
      const c = capture();
      expect(await run([...argv, "-o", a, "-o", b], c.io)).toBe(2);
      expect(c.err.join("\n")).toContain(CLI.repeatedOutput(a, b));
      expect(await readdir(d)).toEqual([]);
    },
  );

  it.each(["x.docx", "x.md", "x"])(
    "template -o %s is refused (it writes an XLSX)",
    async (name) => {
      const d = await fresh();
      const c = capture();
      expect(await run(["template", "-o", join(d, name)], c.io)).toBe(2);
      expect(c.err).toEqual([CLI.templateBadExtension(join(d, name))]);
      expect(await readdir(d)).toEqual([]);
    },
  );
});

describe("output streams", () => {
  it.each([
    ["template", (d: string) => ["template", "-o", join(d, "m.xlsx")]],
    ["check", () => ["check", SAMPLE]],
    ["export", (d: string) => ["export", SAMPLE, "-o", join(d, "a.xlsx")]],
    ["draft .md", (d: string) => ["draft", SAMPLE, "-o", join(d, "b.md")]],
  ])("%s prints its results on stdout, nothing on stderr", async (_, argv) => {
    const c = capture();
    await run(argv(await fresh()), c.io);
    expect([c.out.length > 0, c.err]).toEqual([true, []]);
  });

  it("clears the progress line before the final message", async () => {
    const c = capture(true);
    expect(await run(["export", SAMPLE, "-o", join(await fresh(), "a.xlsx")], c.io)).toBe(0);
    const last = c.order.map((l) => l.startsWith("progress: Đang ghi")).lastIndexOf(true);
    expect(c.order.slice(last + 1).map((l) => l.split(" ")[0])).toEqual(["progress:", "out:"]);
    expect(c.order[last + 1]).toBe("progress: ");
  });
});
