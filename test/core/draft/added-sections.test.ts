/**
 * Sections a school adds in "Mục" (outside the list) get their own numbered heading, in the
 * order they appear, in every kind — never "Các chỉ tiêu khác", which holds only the rows with
 * no "Mục" at all (and those are never left out either).
 */
import { beforeAll, describe, expect, it } from "vitest";
import { foldKey } from "../../../src/core/base/text.js";
import { DRAFT } from "../../../src/core/i18n/messages.js";
import { analyse } from "../../../src/core/judge/analyse.js";
import { buildDraft } from "../../../src/core/outputs/draft/build.js";
import { KIND_IDS } from "../../../src/core/outputs/draft/kinds/all.js";
import { type Draft, runsText } from "../../../src/core/outputs/draft/model.js";
import { OUTLINE_CONTENT_LABELS, TAB_NAMES } from "../../../src/core/vocabulary/vi.js";
import type { NamedGrid } from "../../../src/core/workbook/model.js";
import { OUTLINE_TAB } from "../../../src/core/workbook/schema.js";
import { schoolGrids } from "../../fixtures/schools/index.js";

const BOARDING = "Công tác bán trú";
const HEALTH = "Chăm sóc sức khỏe";
const STUNTING = "Tỉ lệ trẻ suy dinh dưỡng thể thấp còi";
const MEALS = "Tỉ lệ trẻ ăn bán trú tại trường";
const NATIONAL = "Trường đạt chuẩn quốc gia";

/** The numbered heading each line of the draft stands under, for the first line with `needle`. */
function headingOver(d: Draft, needle: string): string | undefined {
  let heading: string | undefined;
  for (const b of d.blocks) {
    if (b.kind === "heading") heading = `${b.number} ${b.text}`.trim().normalize("NFC");
    const texts =
      b.kind === "paragraph" || b.kind === "bullet"
        ? [runsText(b.runs)]
        : b.kind === "table"
          ? b.rows.flatMap((r) => r.map(runsText))
          : [];
    // Any case: the resolution writes "Phấn đấu tỉ lệ …" where the sheet has "Tỉ lệ …".
    const low = (t: string) => t.normalize("NFC").toLocaleLowerCase("vi");
    if (texts.some((t) => low(t).includes(low(needle)))) return heading;
  }
  return undefined;
}

const headings = (d: Draft) =>
  d.blocks.flatMap((b) =>
    b.kind === "heading" ? [`${b.number} ${b.text}`.trim().normalize("NFC")] : [],
  );

/** The fixture with the "Mục" of the rows whose label starts with a key set to its value. */
function withSections(grids: readonly NamedGrid[], sections: Record<string, string>): NamedGrid[] {
  return grids.map((g) => {
    if (foldKey(g.name) !== foldKey(TAB_NAMES.indicators)) return g;
    const header = g.values[0]!.map((c) => foldKey(String(c ?? "")));
    const col = header.indexOf(foldKey("Mục"));
    expect(col).toBeGreaterThanOrEqual(0);
    const values = g.values.map((row) => {
      const label = row.map((c) => String(c ?? "").normalize("NFC"));
      const key = Object.keys(sections).find((k) => label.some((c) => c.startsWith(k)));
      if (key === undefined) return row;
      const copy = [...row];
      copy[col] = sections[key]!;
      return copy;
    });
    return { ...g, values };
  });
}

describe("the kindergarten's 'Công tác bán trú' in every kind", () => {
  let grids: NamedGrid[];
  beforeAll(async () => {
    grids = await schoolGrids("mam-non");
  });

  it.each(KIND_IDS)("%s: its own numbered heading over its indicators", (kind) => {
    const d = buildDraft(analyse(grids), { kind });
    const over = headingOver(d, MEALS);
    expect(over, "the line of the meals indicator").toMatch(/^[\dIVX.]+ Công tác bán trú$/);
    expect(headings(d)).not.toContain(expect.stringContaining(DRAFT.otherIndicators));
  });
});

describe("two added sections and a row with no 'Mục'", () => {
  let grids: NamedGrid[];
  beforeAll(async () => {
    // "Chăm sóc sức khỏe" is typed on a row above the boarding rows, so it comes first.
    grids = withSections(await schoolGrids("mam-non"), { [STUNTING]: HEALTH, [NATIONAL]: "" });
  });

  it.each(KIND_IDS)(
    "%s: each under its heading in sheet order; the bare row under 'other'",
    (kind) => {
      const d = buildDraft(analyse(grids), { kind });
      const h = headings(d);
      const health = headingOver(d, STUNTING);
      const boarding = headingOver(d, MEALS);
      expect(health).toMatch(new RegExp(`^[\\dIVX.]+ ${HEALTH}$`));
      expect(boarding).toMatch(new RegExp(`^[\\dIVX.]+ ${BOARDING}$`));
      expect(h.indexOf(health!)).toBeLessThan(h.indexOf(boarding!));
      // Numbered on the same level, one after the other.
      const number = (x: string) => x.split(" ")[0]!;
      expect(number(health!).split(".").length).toBe(number(boarding!).split(".").length);
      expect(headingOver(d, NATIONAL)).toMatch(new RegExp(`^[\\dIVX.]+ ${DRAFT.otherIndicators}$`));
    },
  );
});

describe("in 'Mẫu báo cáo'", () => {
  const header = OUTLINE_TAB.columns.map((c) => c.header);
  const label = (key: string) => OUTLINE_CONTENT_LABELS[key]!;
  let grids: NamedGrid[];
  beforeAll(async () => {
    grids = withSections(await schoolGrids("mam-non"), { [NATIONAL]: "" });
  });
  const withOutline = (rows: (string | number)[][]) =>
    analyse([...grids, { name: TAB_NAMES.outline, values: [header, ...rows] }]);
  const untaken = (a: ReturnType<typeof analyse>) =>
    a.problems.filter((p) => p.code === "outline-untaken-section").map((p) => p.message);

  it("the added sections, shown as one year's results, each under its own heading", () => {
    const a = withOutline([
      [2, "Kết quả", ""],
      [3, "Chất lượng", label("yearResults:quality")],
      ["", "", label("addedSections:yearResults")],
      [3, "Khác", label("yearResults:unsorted")],
    ]);
    // Taken: neither the added section nor the rows with no "Mục" is warned.
    expect(untaken(a).join("\n")).not.toContain(BOARDING);
    expect(untaken(a).join("\n")).not.toContain("chưa ghi mục");
    const d = buildDraft(a, { kind: "nam-hoc" });
    expect(headings(d)).toEqual([
      "I. Kết quả",
      "1. Chất lượng",
      // The dropdown's row under "Chất lượng": its sections one level down.
      "1.1. Công tác bán trú",
      "2. Khác",
    ]);
    expect(headingOver(d, MEALS)).toBe("1.1. Công tác bán trú");
    expect(headingOver(d, NATIONAL)).toBe("2. Khác");
  });

  it("not taken: the added section and the rows with no 'Mục' are warned, in Vietnamese", () => {
    const found = untaken(withOutline([[2, "Chất lượng", label("indicators:quality")]]));
    expect(found.join("\n")).toContain(`"${BOARDING}"`);
    expect(found.join("\n")).toContain("(các dòng chưa ghi mục)");
    expect(found.join("\n")).not.toMatch(/"(other|unsorted)"/);
  });
});
