/** The Markdown draft carries the same content as the tree the DOCX is written from. */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../src/core/outputs/draft/model.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { draftMarkdown, escapeMarkdown } from "../../src/writers/index.js";

describe("the Markdown draft", () => {
  const draft = buildDraft(analyse(templateGrids(SAMPLE)));
  const md = draftMarkdown(draft, (id) => `${id}.png`);
  /** The text a reader sees: emphasis marks and escapes removed. */
  const seen = md.replace(/\*\*\*|\*\*|(?<!\\)\*/g, "").replace(/\\(.)/g, "$1");

  it("holds every line of the draft", () => {
    for (const runs of draftRuns(draft)) {
      for (const r of runs) if (r.text.trim()) expect(seen).toContain(r.text.trim());
    }
    // Paragraphs and bullets read as whole sentences, not just as pieces.
    for (const b of draft.blocks)
      if (b.kind === "paragraph" || b.kind === "bullet") expect(seen).toContain(runsText(b.runs));
  });

  it("keeps Markdown marks in staff text literal", () => {
    expect(escapeMarkdown("a*b_c [x]")).toBe("a\\*b\\_c \\[x\\]");
  });
});
