/**
 * Commands as plans: each command is run against a context with no file system (the sample
 * workbook's grids in memory, outputs claimed into a list) and its plan — files, lines,
 * exit code — is read directly.
 */
import { describe, expect, it } from "vitest";
import { checkPlan } from "../../src/cli/commands/check.js";
import { draftPlan } from "../../src/cli/commands/draft.js";
import { exportPlan } from "../../src/cli/commands/export.js";
import type { CommandContext, Plan } from "../../src/cli/commands/plan.js";
import { templatePlan } from "../../src/cli/commands/template.js";
import { CLI } from "../../src/cli/messages.vi.js";
import { ARCHIVE, analyse, hasErrors, SAMPLE, templateGrids } from "../../src/core/index.js";

/** A context that reads the sample from memory and records what happens, in order. */
function memory() {
  const events: string[] = [];
  const grids = templateGrids(SAMPLE);
  const ctx: CommandContext = {
    readInput: async (input, o) => {
      events.push(`read ${input ?? o.sheet}`);
      return { grids, description: `mẫu ${input}` };
    },
    claimOutputs: async (paths, force, inputs) => {
      events.push(`claim ${paths.join(",")} force=${force} inputs=${inputs.join(",")}`);
    },
    listWorkbooks: async (args) => [...args],
    now: () => new Date(Date.UTC(2025, 4, 20)),
    version: "test",
  };
  const sampleExit = hasErrors(analyse(grids).problems) ? 1 : 0;
  return { ctx, events, sampleExit };
}

const paths = (p: Plan) => p.files.map((f) => f.path);

describe("commands return plans", () => {
  it("check: one report on stdout, no file, exit by errors", async () => {
    const m = memory();
    const p = await checkPlan("a.xlsx", {}, m.ctx);
    expect([paths(p), p.out[0]?.split("\n")[0], p.exitCode]).toEqual([
      [],
      CLI.checking("a.xlsx"),
      m.sampleExit,
    ]);
  });

  it("check --json: the report is JSON", async () => {
    const p = await checkPlan("a.xlsx", { json: true }, memory().ctx);
    expect(JSON.parse(p.out.join("\n")).file).toBe("a.xlsx");
  });

  it("export: claims -o before reading, then one archive file written by a writer", async () => {
    const m = memory();
    const p = await exportPlan("a.xlsx", { output: "o.xlsx" }, m.ctx);
    expect(m.events).toEqual(["claim o.xlsx force=false inputs=a.xlsx", "read a.xlsx"]);
    expect([paths(p), typeof p.files[0]?.content, p.inputs, p.exitCode]).toEqual([
      ["o.xlsx"],
      "function",
      ["a.xlsx"],
      m.sampleExit,
    ]);
    expect(p.out[0]).toContain("43 chỉ tiêu");
  });

  it("export --sheet: the key file is an input too", async () => {
    const p = await exportPlan(
      undefined,
      { output: "o.xlsx", sheet: "ID", credentials: "k.json", force: true },
      memory().ctx,
    );
    expect([p.inputs, p.force]).toEqual([["k.json"], true]);
  });

  it("draft .md: the Markdown and its chart PNGs are one plan", async () => {
    const p = await draftPlan("a.xlsx", { output: "d/bao-cao.md" }, memory().ctx);
    expect(paths(p)).toEqual(["d/bao-cao.ti-le.png", "d/bao-cao.giai-thuong.png", "d/bao-cao.md"]);
    expect(String(p.files.at(-1)?.content)).toContain("](bao-cao.ti-le.png)");
    expect(p.out.slice(0, 3)).toEqual(paths(p).map((f) => CLI.wrote(f)));
  });

  it("draft .docx: one file", async () => {
    expect(paths(await draftPlan("a.xlsx", { output: "b.docx" }, memory().ctx))).toEqual([
      "b.docx",
    ]);
  });

  it("template: the workbook's bytes, a zip", async () => {
    const p = await templatePlan({ blank: true }, memory().ctx);
    const bytes = p.files[0]?.content as Uint8Array;
    expect([paths(p), Buffer.from(bytes.subarray(0, 2)).toString(), p.out]).toEqual([
      ["tongket-mau-trong.xlsx"],
      "PK",
      [CLI.wrote("tongket-mau-trong.xlsx")],
    ]);
  });

  it.each([
    ["export without -o", () => exportPlan("a.xlsx", {}, memory().ctx), ARCHIVE.needOutput],
    ["draft without -o", () => draftPlan("a.xlsx", {}, memory().ctx), CLI.draftNeedsOutput],
    [
      "draft to .pdf",
      () => draftPlan("a.xlsx", { output: "x.pdf" }, memory().ctx),
      CLI.draftBadExtension("x.pdf"),
    ],
  ])("refuses %s before reading", async (_, plan, message) => {
    await expect(plan()).rejects.toThrow(message);
  });
});
