/**
 * The DOCX writer takes the package around the body from the docx library's compiler,
 * unzipped, instead of zipping it with `Packer` and unzipping it again: the parts, their
 * order and their bytes must be the same both ways, for every kind of draft.
 */
import { describe, expect, it } from "vitest";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { readXlsx } from "../../src/cli/io/xlsx-read.js";
import { analyse, buildDraft, KIND_IDS, kindNamed } from "../../src/core/index.js";
import { type ImageBlock, shell, shellParts } from "../../src/writers/docx/draft.js";

describe("the shell's parts from the compiler are Packer's, unzipped", async () => {
  const analysis = analyse(await readXlsx("sheets-templates/sample.xlsx"));
  for (const id of KIND_IDS) {
    it(id, async () => {
      const d = buildDraft(analysis, { kind: kindNamed(id)! });
      const placed = d.blocks
        .filter((b): b is ImageBlock => b.kind === "image")
        .map(
          (b) =>
            [b, renderPng(d.images.find((i) => i.id === b.id)!)] as [
              ImageBlock,
              ReturnType<typeof renderPng>,
            ],
        );
      const fast = await shellParts(shell(d, placed));
      const packed = await shellParts(shell(d, placed), true);
      expect(Object.keys(fast)).toEqual(Object.keys(packed));
      expect(Object.keys(fast)).toContain("word/document.xml");
      const text = (b: Uint8Array) =>
        Buffer.from(b)
          .toString("utf8")
          .replace(/<dcterms:(created|modified)[^>]*>[^<]*</g, "")
          // The library numbers drawings process-wide: the second shell's are 3 and 4.
          .replace(/<wp:docPr id="\d+"/g, "<wp:docPr");
      for (const name of Object.keys(packed))
        expect(text(fast[name]!), name).toBe(text(packed[name]!));
    });
  }
});
