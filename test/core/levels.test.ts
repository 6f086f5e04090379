/**
 * Award levels by period (issue 8): "cấp huyện" before the 2025 reform, "cấp xã/phường" after
 * it, "cấp tỉnh" or "cấp thành phố" as the unit's province is, and a level typed for a school
 * year in which it did not exist is a warning at its cell.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../../src/core/judge/analyse.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { draftRuns, runsText } from "../../src/core/outputs/draft/model.js";
import {
  type LevelNaming,
  levelExists,
  levelWord,
  provinceKindOf,
} from "../../src/core/workbook/levels.js";
import type { Award, Info } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import type { LevelKey } from "../../src/core/workbook/schema.js";
import { type TemplateData, templateGrids } from "../../src/core/workbook/template.js";

describe("which levels exist in a school year", () => {
  it.each<[LevelKey, string, boolean]>([
    ["district", "2020-2021", true],
    ["district", "2024-2025", true],
    ["district", "2025-2026", false],
    ["district", "2026-2027", false],
    ["commune", "2024-2025", true],
    ["commune", "2025-2026", true],
    ["city", "2025-2026", true],
    ["national", "2019-2020", true],
    ["school", "2030-2031", true],
  ])("%s in %s: %s", (level, year, exists) => {
    expect(levelExists(level, year)).toBe(exists);
  });
});

describe("how a level is written, by period and province", () => {
  const naming = (province?: "province" | "city", typed: Partial<Record<string, string>> = {}) =>
    ({ ...(province ? { province } : {}), typed }) as LevelNaming;
  it.each<[string, LevelKey | "other", LevelNaming, string[], string]>([
    ["district before the reform", "district", naming(), ["2023-2024"], "cấp huyện"],
    [
      "district typed Quận",
      "district",
      naming("city", { district: "Quận" }),
      ["2022-2023"],
      "cấp quận",
    ],
    [
      "district typed Thị xã",
      "district",
      naming(undefined, { district: "thị xã" }),
      ["2022-2023"],
      "cấp thị xã",
    ],
    [
      "district typed Cấp huyện",
      "district",
      naming(undefined, { district: "Cấp huyện" }),
      ["2022-2023"],
      "cấp huyện",
    ],
    [
      "a district column across the reform",
      "district",
      naming(),
      ["2024-2025", "2025-2026"],
      "cấp huyện",
    ],
    ["commune before the reform", "commune", naming(), ["2024-2025"], "cấp xã"],
    [
      "commune typed Phường before",
      "commune",
      naming(undefined, { commune: "Phường" }),
      ["2023-2024"],
      "cấp phường",
    ],
    ["commune after the reform", "commune", naming(), ["2025-2026"], "cấp xã/phường"],
    [
      "commune typed Phường after",
      "commune",
      naming(undefined, { commune: "Phường" }),
      ["2025-2026"],
      "cấp xã/phường",
    ],
    [
      "a commune column across the reform",
      "commune",
      naming(),
      ["2024-2025", "2025-2026"],
      "cấp xã/phường",
    ],
    ["province level in a province", "city", naming("province"), ["2021-2022"], "cấp tỉnh"],
    [
      "province level in a province, typed Thành phố",
      "city",
      naming("province", { city: "Thành phố" }),
      ["2021-2022"],
      "cấp tỉnh",
    ],
    ["province level in a city", "city", naming("city"), ["2021-2022"], "cấp thành phố"],
    [
      "province level in a city after the reform",
      "city",
      naming("city"),
      ["2025-2026"],
      "cấp thành phố",
    ],
    ["province level, kind unknown", "city", naming(), ["2025-2026"], "cấp tỉnh"],
    ["national", "national", naming("city"), ["2025-2026"], "cấp Bộ"],
    ["school", "school", naming(), ["2025-2026"], "cấp trường"],
    [
      "a level the list does not know",
      "other",
      naming(undefined, { other: "Cụm trường" }),
      ["2022-2023"],
      "cấp cụm trường",
    ],
    ["no level at all", "other", naming(), ["2022-2023"], "các cấp khác"],
  ])("%s", (_name, level, n, years, word) => {
    expect(levelWord(level, n, years)).toBe(word);
  });
});

function info(values: Partial<Info["values"]>): Info {
  return { values, cells: {}, recipients: [], schoolRecipients: [], extra: [] };
}

function line(levelTyped: string, award = "Giải Nhì"): Award {
  return { row: 1, recipientText: "Học sinh", levelTyped, award, count: 1 };
}

describe("what the unit's province is", () => {
  it.each<[string, Info, Award[], "province" | "city" | undefined]>([
    ["Thông tin: Tỉnh Nghệ An", info({ province: "Tỉnh Nghệ An" }), [], "province"],
    ["Thông tin: Thành phố Hà Nội", info({ province: "Thành phố Hà Nội" }), [], "city"],
    ["Thông tin: TP. Hồ Chí Minh", info({ province: "TP. Hồ Chí Minh" }), [], "city"],
    ["Thông tin: Đà Nẵng alone", info({ province: "Đà Nẵng" }), [], "city"],
    ["Thông tin: Hà Nội in NFD", info({ province: "Hà Nội".normalize("NFD") }), [], "city"],
    ["Thông tin: Nghệ An alone", info({ province: "Nghệ An" }), [], "province"],
    [
      "the key wins over typed words",
      info({ province: "Tỉnh Phú Thọ" }),
      [line("Thành phố")],
      "province",
    ],
    ["a level typed Tỉnh", info({}), [line("Tỉnh")], "province"],
    ["a level typed cấp tỉnh", info({}), [line("cấp tỉnh")], "province"],
    ["a level typed TP", info({}), [line("TP")], "city"],
    ["a title … cấp thành phố", info({}), [line("", "Liên đội mạnh cấp thành phố")], "city"],
    ["tỉnh and thành phố both typed", info({}), [line("Thành phố"), line("Tỉnh")], "province"],
    ["the list's label says nothing", info({}), [line("Thành phố / Tỉnh")], undefined],
    [
      "Đảng bộ cấp trên names a tỉnh",
      info({ superiorBody: "Đảng bộ xã Yên Hoà, tỉnh Phú Thọ" }),
      [],
      "province",
    ],
    [
      "a thành phố in Thông tin may be a province's city",
      info({ managingBody: "Phòng GD&ĐT thành phố Vinh" }),
      [],
      undefined,
    ],
    ["nothing says", info({}), [], undefined],
  ])("%s", (_name, i, awards, kind) => {
    expect(provinceKindOf(i, awards)).toBe(kind);
  });
});

type Row = Record<string, CellValue>;
const prize = (
  schoolYear: string,
  level: string,
  count: CellValue,
  recipient = "Học sinh",
): Row => ({
  schoolYear,
  recipient,
  level,
  award: "Giải học sinh giỏi",
  count,
});

/** The sample with other award lines, school years and Thông tin, and no indicators. */
function book(years: string[], awards: Row[], more: TemplateData["info"] = {}): TemplateData {
  return {
    ...SAMPLE,
    schoolYears: years,
    info: { ...SAMPLE.info, ...more },
    rows: { ...SAMPLE.rows, indicators: [], awards },
    results: {},
  };
}

function run(data: TemplateData) {
  const a = analyse(templateGrids(data));
  const draft = buildDraft(a);
  const text = draftRuns(draft).map(runsText).join("\n");
  const table = draft.blocks.find((b) => b.kind === "table" && b.header[0] === "Năm học");
  return { a, text, table: table?.kind === "table" ? table : undefined };
}

const where = (a: ReturnType<typeof analyse>, code: string) =>
  a.problems.filter((p) => p.code === code).map((p) => `${p.tab}!${p.cell}`);

describe("levels in a workbook", () => {
  const term = ["2023-2024", "2024-2025", "2025-2026"];

  it("a school in a province never reads 'cấp thành phố', even from the list's label", () => {
    const { text, table } = run(
      book(
        term,
        [prize("2023-2024", "Thành phố / Tỉnh", 3), prize("2024-2025", "Thành phố / Tỉnh", 4)],
        {
          province: "Tỉnh Nghệ An",
        },
      ),
    );
    expect(text).not.toMatch(/cấp thành phố/i);
    expect(text).toContain("Năm học 2024-2025: 4 giải cấp tỉnh.");
    expect(table!.header).toContain("Cấp tỉnh");
  });

  it("a city reads 'cấp thành phố'", () => {
    const { text } = run(
      book(term, [prize("2023-2024", "Thành phố / Tỉnh", 3)], { province: "Hà Nội" }),
    );
    expect(text).toContain("Năm học 2023-2024: 3 giải cấp thành phố.");
  });

  it("a term across the reform: cấp huyện before, cấp xã/phường after", () => {
    const { a, text, table } = run(
      book(term, [
        prize("2023-2024", "Huyện / Quận", 5),
        prize("2024-2025", "Huyện / Quận", 7),
        prize("2025-2026", "Xã / Phường", 9),
      ]),
    );
    expect(text).toContain("Năm học 2024-2025: 7 giải cấp huyện.");
    expect(text).toContain("Năm học 2025-2026: 9 giải cấp xã/phường.");
    expect(table!.header).toEqual(["Năm học", "Cấp huyện", "Cấp xã/phường"]);
    // The district had no 2025-2026, the commune lines start there: no gap warnings.
    expect(table!.rows.map((r) => r.map(runsText))).toEqual([
      ["2023-2024", "5", "–"],
      ["2024-2025", "7", "–"],
      ["2025-2026", "–", "9"],
    ]);
    expect(where(a, "level-not-in-year")).toEqual([]);
    expect(where(a, "award-year-gap")).toEqual([]);
  });

  it("a district typed after the reform is a warning at its cell, and still counted", () => {
    const { a, table } = run(
      book(term, [prize("2024-2025", "Huyện", 7), prize("2025-2026", "Cấp huyện", 2)]),
    );
    // Giải thưởng: header row 1, lines from row 2; the level column is C.
    expect(where(a, "level-not-in-year")).toEqual(["Giải thưởng!C3"]);
    const p = a.problems.find((x) => x.code === "level-not-in-year")!;
    expect(p.severity).toBe("warning");
    expect(p.message).toContain("Năm học 2025-2026 không còn cấp huyện");
    expect(table!.rows[2]!.map(runsText)).toEqual(["2025-2026", "2"]);
  });

  it("'Thành phố' typed in a province is a warning at its cell; the list's label is not", () => {
    const { a } = run(
      book(term, [prize("2023-2024", "Thành phố", 1), prize("2024-2025", "Thành phố / Tỉnh", 1)], {
        province: "Tỉnh Thanh Hoá",
      }),
    );
    expect(where(a, "city-level-in-province")).toEqual(["Giải thưởng!C2"]);
  });

  it("an unknown province is said once, at the first province-level line", () => {
    const { a, text } = run(
      book(term, [
        { ...prize("2023-2024", "Thành phố / Tỉnh", 1), award: "Giải Nhì" },
        { ...prize("2024-2025", "Thành phố / Tỉnh", 1), award: "Giải Ba" },
      ]),
    );
    expect(where(a, "province-unknown")).toEqual(["Giải thưởng!C2"]);
    expect(text).toContain("1 giải cấp tỉnh");
  });

  it("the sample (its titles say 'cấp thành phố') has none of these problems", () => {
    const a = analyse(templateGrids(SAMPLE));
    for (const code of [
      "level-not-in-year",
      "city-level-in-province",
      "province-unknown",
      "award-year-gap",
    ])
      expect(where(a, code), code).toEqual([]);
  });
});
