/**
 * "Tạo Mẫu báo cáo": the add-on writes a report kind's default outline into a new tab; the
 * rows read back (by the core, as check and draft read them) give the same outline; an
 * existing tab is never overwritten.
 */
import { describe, expect, it } from "vitest";
import { ADDON } from "../../src/addon/messages.vi.js";
import { kindOfAnswer } from "../../src/addon/outline-tab.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { outlineFromSheet, sheetRowsOf } from "../../src/core/outputs/draft/custom.js";
import { KIND_IDS, KINDS } from "../../src/core/outputs/draft/kinds/all.js";
import type { Draft } from "../../src/core/outputs/draft/model.js";
import { readOutline } from "../../src/core/workbook/outline.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { OUTLINE_TAB } from "../../src/core/workbook/schema.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import type { FakeDataValidation } from "./fakes/builders.js";
import { FakeSpreadsheet } from "./fakes/spreadsheet.js";
import { gridsOf, load, sheet, valuesOf } from "./harness.js";

const sample = () => load(FakeSpreadsheet.fromGrids(templateGrids(SAMPLE)));
const headings = (d: Draft) =>
  d.blocks.flatMap((b) => (b.kind === "heading" ? [b.text.trim()] : []));

describe("Tạo Mẫu báo cáo", () => {
  it.each(KIND_IDS.map((id, i) => [id, String(i + 1)] as const))(
    "%s (answer %s): the rows written read back to the kind's own outline",
    async (id, answer) => {
      const kind = KINDS[id];
      const world = await sample();
      world.ui._answers.push({ button: "OK", text: answer });
      world.call("createOutlineTab");
      expect(world.ui._alerts).toEqual([]);
      const tab = sheet(world.ss, OUTLINE_TAB.name);
      const grid = tab._grid();
      expect(grid[0]).toEqual(OUTLINE_TAB.columns.map((c) => c.header));
      expect(grid.slice(1)).toEqual(sheetRowsOf(kind));
      expect(tab._frozenRows).toBe(1);
      // The content column offers the dropdown the core reads.
      const rule = tab._validations.get("1,2") as FakeDataValidation | undefined;
      expect(rule?.getCriteriaValues()[0]).toContain(grid.slice(1).find((r) => r[2])?.[2]);
      // Read back as check and draft read it: the outline the kind has, and no problem.
      const problems: never[] = [];
      const read = readOutline(gridsOf(world.ss), problems);
      expect(problems).toEqual([]);
      const back = outlineFromSheet(read!);
      expect(back.filter((e) => e.level).map((e) => [e.level, e.text])).toEqual(
        kind.outline.filter((e) => e.level).map((e) => [e.level, e.text]),
      );
      // And the draft from the tab has the kind's headings, in order.
      const own = headings(buildDraft(analyse(templateGrids(SAMPLE)), { kind }));
      const fromTab = headings(buildDraft(analyse(gridsOf(world.ss)), { kind }));
      expect(fromTab.filter((h) => own.includes(h))).toEqual(own);
      expect(world.ss._toasts.at(-1)).toBe(ADDON.outlineDone(kind.label, grid.length - 1));
    },
  );

  it("writes the first kind (the term report) when the answer is blank", async () => {
    const world = await sample();
    world.ui._answers.push({ button: "OK", text: "  " });
    world.call("createOutlineTab");
    expect(sheet(world.ss, OUTLINE_TAB.name)._grid().slice(1)).toEqual(
      sheetRowsOf(KINDS[KIND_IDS[0]!]),
    );
  });

  it.each([
    ["nghị quyết", "nghi-quyet"],
    ["Nghi quyet dai hoi", "nghi-quyet"],
    ["so-ket", "so-ket"],
    [KINDS["nam-hoc"].label.toUpperCase(), "nam-hoc"],
  ])("understands %j", (answer, id) => {
    expect(kindOfAnswer(answer)?.id).toBe(id);
  });

  it("never overwrites an existing Mẫu báo cáo tab, whatever its spelling", async () => {
    const nfd = OUTLINE_TAB.name.normalize("NFD");
    const typed = [
      ["Cấp đề mục", "Đề mục"],
      [1, "Phần riêng của trường"],
    ];
    const world = await load(
      FakeSpreadsheet.fromGrids([...templateGrids(SAMPLE), { name: nfd, values: typed }]),
    );
    const before = valuesOf(world.ss);
    world.ss._calls.reset();
    world.ui._answers.push({ button: "OK", text: "1" });
    world.call("createOutlineTab");
    expect(world.ui._alerts).toEqual([ADDON.outlineExists]);
    expect(world.ui._prompts).toEqual([]);
    expect(world.ss._calls.writes()).toBe(0);
    expect(valuesOf(world.ss)).toEqual(before);
  });

  it("writes nothing on Cancel, or on an answer that names no kind (and says so)", async () => {
    const cancelled = await sample();
    cancelled.ui._answers.push({ button: "CANCEL", text: "1" });
    cancelled.call("createOutlineTab");
    expect(cancelled.ss._calls.writes()).toBe(0);
    expect(cancelled.ui._alerts).toEqual([]);
    const wrong = await sample();
    wrong.ui._answers.push({ button: "OK", text: "9" });
    wrong.call("createOutlineTab");
    expect(wrong.ss._calls.writes()).toBe(0);
    expect(wrong.ui._alerts).toHaveLength(1);
    expect(wrong.ui._alerts[0]).toContain('"9" không phải loại báo cáo');
    expect(wrong.ss._sheet(OUTLINE_TAB.name)).toBeUndefined();
  });

  it("the prompt lists every kind by number", async () => {
    const world = await sample();
    world.call("createOutlineTab");
    const prompt = world.ui._prompts[0]!.prompt;
    KIND_IDS.forEach((id, i) => {
      expect(prompt).toContain(`${i + 1}. ${KINDS[id].label}`);
    });
  });
});
