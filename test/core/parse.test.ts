/**
 * Cell parsing, one row per case a school secretary actually types (or a spreadsheet hands
 * over). Expected values are written out literally; an issue code is expected where the cell
 * is wrong or needs a note.
 */
import { describe, expect, it } from "vitest";
import {
  type CellValue,
  type Parsed,
  parseChoice,
  parseDate,
  parseInteger,
  parseMeasure,
  parseMoney,
  parsePeriod,
  parseSchoolYear,
  parseText,
  type UnitKind,
} from "../../src/core/workbook/parse.js";
import {
  FUNDING_SOURCES,
  LEVELS,
  MEMBER_ITEM_CHOICE,
  TARGET_KINDS,
} from "../../src/core/workbook/schema.js";

const NBSP = "\u00a0";
const nfd = (s: string) => s.normalize("NFD");

/** A point figure, e.g. 99,3%. */
const pt = (v: number, extra: object = {}) => ({
  kind: "amount",
  low: v,
  high: v,
  lowOpen: false,
  highOpen: false,
  ...extra,
});
/** An interval; "(" / ")" mark open ends as in maths: iv(0, 1, "[)") is "dưới 1%". */
const iv = (low: number | null, high: number | null, ends = "[]", extra: object = {}) => ({
  kind: "amount",
  low,
  high,
  lowOpen: ends[0] === "(",
  highOpen: ends[1] === ")",
  ...extra,
});

/** [case, cell, unit of the row, expected value (null: nothing), expected issue code]. */
type MeasureRow = [string, CellValue, UnitKind, object | null, string | undefined];

const MEASURES: MeasureRow[] = [
  // Percent figures written every way the report and its staff write them.
  ["decimal comma with %", "99,3%", "percent", pt(99.3, { percent: true }), undefined],
  ["decimal point with %", "99.3%", "percent", pt(99.3, { percent: true }), undefined],
  ["decimal comma without %", "99,3", "percent", pt(99.3, { percent: true }), undefined],
  [
    "fraction typed as text",
    "0,993",
    "percent",
    pt(99.3, { percent: true }),
    "fraction-as-percent",
  ],
  [
    "fraction typed with a point",
    "0.5",
    "percent",
    pt(50, { percent: true }),
    "fraction-as-percent",
  ],
  ["number cell as Sheets stores 99,3%", 0.993, "percent", pt(99.3, { percent: true }), undefined],
  ["number cell 1 is 100%", 1, "percent", pt(100), undefined],
  ["number cell 0 is 0%", 0, "percent", pt(0), undefined],
  ["space before %", "99,3 %", "percent", pt(99.3), undefined],
  ["non-breaking space before %", `99,3${NBSP}%`, "percent", pt(99.3), undefined],
  ["surrounding spaces", "  99,3 %  ", "percent", pt(99.3), undefined],
  ["zero-width space in front", "\u200b99,3%", "percent", pt(99.3), undefined],
  ["trailing zero", "99,30%", "percent", pt(99.3), undefined],
  ["100,0%", "100,0%", "percent", pt(100), undefined],
  ["small percent with %", "0,5%", "percent", pt(0.5), undefined],
  ["a percent typed as text number", "1", "percent", pt(1), undefined],
  ["leading verb 'Đạt'", "Đạt 99%", "percent", pt(99), undefined],
  ["leading 'tỉ lệ'", "tỉ lệ 99%", "percent", pt(99), undefined],
  ["trailing note in brackets", "99,3% (HS)", "percent", pt(99.3), undefined],
  // Ranges.
  ["range with % on both ends", "99%-100%", "percent", iv(99, 100), undefined],
  ["range with spaces, % at the end", "99,2 - 100%", "percent", iv(99.2, 100), undefined],
  ["range with en dash", "99,5–100%", "percent", iv(99.5, 100), undefined],
  ["range from … to …", "từ 99,5% đến 100%", "percent", iv(99.5, 100), undefined],
  ["range with an arrow", "99,5%→100%", "percent", iv(99.5, 100), undefined],
  // Issue 14: a range typed high to low was silently read as low to high; it is now an error.
  ["range written high to low", "80 - 70%", "percent", null, "reversed-range"],
  ["range past 100%", "99 - 101%", "percent", null, "percent-over-100"],
  // Bounds.
  ["below", "dưới 1%", "percent", iv(0, 1, "[)"), undefined],
  ["below, NFD", nfd("dưới 1%"), "percent", iv(0, 1, "[)"), undefined],
  ["below, capitals", "DƯỚI 1 %", "percent", iv(0, 1, "[)"), undefined],
  ["below as <", "<1%", "percent", iv(0, 1, "[)"), undefined],
  ["at most as ≤", "≤ 1%", "percent", iv(0, 1, "[]"), undefined],
  ["at most in words", "không quá 2%", "percent", iv(0, 2, "[]"), undefined],
  ["or lower", "1% trở xuống", "percent", iv(0, 1, "[]"), undefined],
  ["above", "trên 80%", "percent", iv(80, 100, "(]"), undefined],
  ["above as >", "> 80%", "percent", iv(80, 100, "(]"), undefined],
  ["at least as ≥", "≥ 80%", "percent", iv(80, 100, "[]"), undefined],
  ["at least as =>", "=> 80%", "percent", iv(80, 100, "[]"), undefined],
  ["from … upwards", "từ 80% trở lên", "percent", iv(80, 100, "[]"), undefined],
  ["from … upwards, NFD", nfd("từ 80% trở lên"), "percent", iv(80, 100, "[]"), undefined],
  ["or higher", "99% trở lên", "percent", iv(99, 100, "[]"), undefined],
  ["at least in words", "tối thiểu 99%", "percent", iv(99, 100, "[]"), undefined],
  ["count above has no upper end", "trên 10", "count", iv(10, null, "(]"), undefined],
  ["count below", "dưới 5", "count", iv(0, 5, "[)"), undefined],
  // Nothing, zero and absurd values.
  ["none in words is 0%", "không có học sinh bỏ học", "percent", pt(0), undefined],
  ["'Không' is 0%", "Không", "percent", pt(0), undefined],
  ["150% is over 100", "150%", "percent", null, "percent-over-100"],
  ["101 in a percent row is over 100", "101", "percent", null, "percent-over-100"],
  ["negative percent", "-5%", "percent", null, "negative"],
  ["negative count as number", -3, "count", null, "negative"],
  ["negative count as text", "-3", "count", null, "negative"],
  ["number cell NaN", Number.NaN, "percent", null, "not-a-number"],
  ["number cell Infinity", Number.POSITIVE_INFINITY, "count", null, "not-a-number"],
  ["broken number", "1,5,3", "percent", null, "not-a-number"],
  // Percent beside its count.
  [
    "percent with its count",
    "62,5% (15/24)",
    "percent",
    pt(62.5, { fraction: { part: 15, whole: 24 } }),
    undefined,
  ],
  [
    "percent with its count, no space",
    "62,5%(15/24)",
    "percent",
    pt(62.5, { fraction: { part: 15, whole: 24 } }),
    undefined,
  ],
  [
    "rounded percent with its count",
    "63% (15/24)",
    "percent",
    pt(63, { fraction: { part: 15, whole: 24 } }),
    undefined,
  ],
  [
    "mismatched fraction",
    "60% (15/24)",
    "percent",
    pt(60, { fraction: { part: 15, whole: 24 } }),
    "fraction-mismatch",
  ],
  [
    "count alone gives the percent",
    "15/24",
    "percent",
    pt(62.5, { fraction: { part: 15, whole: 24 } }),
    undefined,
  ],
  ["part larger than whole", "62,5% (25/24)", "percent", null, "fraction-over-whole"],
  // Ranks, counts, money in indicator rows.
  ["rank", "thứ 9", "rank", pt(9, { rank: true, percent: false }), undefined],
  ["rank as bare text", "13", "rank", pt(13, { rank: true }), undefined],
  ["rank as number cell", 13, "rank", pt(13, { rank: true }), undefined],
  ["rank with 'xếp thứ'", "xếp thứ 13", "rank", pt(13, { rank: true }), undefined],
  ["rank among how many", "thứ 9/24", "rank", pt(9, { rank: true, percent: false }), undefined],
  ["bare rank among how many", "13/24", "rank", pt(13, { rank: true }), undefined],
  ["count with its noun", "12 giải", "count", pt(12, { percent: false }), undefined],
  ["count stored as text", "17", "count", pt(17), undefined],
  ["thousands in a count row", "1.000", "count", pt(1000), undefined],
  ["money in an indicator row", "1.157.274.000 đ", "money", pt(1157274000), undefined],
  ["millions in an indicator row", "10 triệu đồng", "money", pt(10000000), undefined],
  ["a money bound in billions", "tối thiểu 1,2 tỷ", "money", iv(1200000000, null), undefined],
  [
    "billions and millions in an indicator row",
    "1 tỷ 200 triệu",
    "money",
    pt(1200000000),
    undefined,
  ],
  ["a range in millions", "10-20 triệu", "money", iv(10000000, 20000000), undefined],
  [
    "a range in millions, in words",
    "từ 10 đến 20 triệu đồng",
    "money",
    iv(10000000, 20000000),
    undefined,
  ],
  // Trends and qualities.
  [
    "yearly growth",
    "Năm sau cao hơn năm trước",
    "count",
    { kind: "trend", better: "higher" },
    undefined,
  ],
  [
    "yearly growth of a rank means a better rank",
    "Năm sau cao hơn năm trước",
    "rank",
    { kind: "trend", better: "lower" },
    undefined,
  ],
  ["falling", "giảm dần", "percent", { kind: "trend", better: "lower" }, undefined],
  ["a level", "Mức độ 3", "level", { kind: "quality", level: 3 }, undefined],
  ["a level, NFD", nfd("Mức độ 3"), "level", { kind: "quality", level: 3 }, undefined],
  ["a level in roman numerals", "MỨC ĐỘ III", "level", { kind: "quality", level: 3 }, undefined],
  [
    "a title",
    "Hoàn thành tốt nhiệm vụ",
    "level",
    { kind: "quality", text: "Hoàn thành tốt nhiệm vụ" },
    undefined,
  ],
  ["a yes/no cell", true, "percent", { kind: "quality", text: "Có" }, undefined],
  // Empty and error cells.
  ["blank string", "", "percent", null, undefined],
  ["spaces only", "   ", "percent", null, undefined],
  ["non-breaking spaces only", `${NBSP}${NBSP}`, "percent", null, undefined],
  ["null", null, "percent", null, undefined],
  ["undefined", undefined, "count", null, undefined],
  ["#N/A", "#N/A", "percent", null, "formula-error"],
  ["#REF! with spaces", "  #REF!  ", "percent", null, "formula-error"],
  ["#DIV/0!", "#DIV/0!", "count", null, "formula-error"],
];

function expectParsed(got: Parsed<unknown>, value: unknown, code: string | undefined) {
  if (value === null) expect(got.value).toBeNull();
  else expect(got.value).toMatchObject(value as object);
  expect(got.issue?.code).toBe(code);
  if (got.issue) expect(got.issue.message).toMatch(/\S/);
}

describe("parseMeasure", () => {
  it.each(MEASURES)("%s: %j in a %s row", (_case, raw, unit, value, code) => {
    expectParsed(parseMeasure(raw, unit), value, code);
  });

  it("keeps the typed text of qualities", () => {
    expect(parseMeasure(nfd("Mức độ 3"), "level").value).toMatchObject({ text: "Mức độ 3" });
  });
});

type Row = [string, CellValue, unknown, string | undefined];

const MONEY: Row[] = [
  ["Vietnamese thousands", "1.157.274.000", 1157274000, undefined],
  ["English thousands", "1,157,274,000", 1157274000, undefined],
  ["with đ", "1.157.274.000 đ", 1157274000, undefined],
  ["with đ and no space", "1.157.274.000đ", 1157274000, undefined],
  ["with đồng after a non-breaking space", `1.157.274.000${NBSP}đồng`, 1157274000, undefined],
  ["with VNĐ", "270.853.000 VNĐ", 270853000, undefined],
  ["spaces as thousands", "1 157 274 000", 1157274000, undefined],
  ["number cell", 886421000, 886421000, undefined],
  ["in millions", "10 triệu đồng", 10000000, undefined],
  ["in thousands", "500 nghìn", 500000, undefined],
  ["in billions with a decimal comma", "1,2 tỷ", 1200000000, undefined],
  ["billions and millions", "1 tỷ 157 triệu", 1157000000, undefined],
  ["billions, millions and thousands", "1 tỷ 157 triệu 274 nghìn đồng", 1157274000, undefined],
  ["negative", "-5.000", null, "negative"],
  ["words", "không rõ", null, "not-a-number"],
  ["formula error", "#VALUE!", null, "formula-error"],
  ["blank", "", null, undefined],
];

const INTEGERS: Row[] = [
  ["number cell", 17, 17, undefined],
  ["stored as text", "17", 17, undefined],
  ["stored as text with spaces", " 17 ", 17, undefined],
  ["with 'đồng chí'", "17 đồng chí", 17, undefined],
  ["with 'đ/c'", "15 đ/c", 15, undefined],
  ["with 'giải'", "12 giải", 12, undefined],
  ["thousands", "1.000", 1000, undefined],
  ["negative count", -1, null, "negative"],
  ["negative count as text", "-1", null, "negative"],
  ["half a person", 2.5, null, "not-integer"],
  ["half a person as text", "2,5", null, "not-integer"],
  ["words", "mười bảy", null, "not-a-number"],
  ["a yes/no cell", true, null, "not-a-number"],
  ["#N/A", "#N/A", null, "formula-error"],
];

const SCHOOL_YEARS: Row[] = [
  ["hyphen", "2019-2020", "2019-2020", undefined],
  ["en dash with spaces", "2019 – 2020", "2019-2020", undefined],
  ["NH and slash", "NH 2019/2020", "2019-2020", undefined],
  ["'Năm học'", "Năm học 2019-2020", "2019-2020", undefined],
  ["'Năm học', NFD", nfd("Năm học 2019 - 2020"), "2019-2020", undefined],
  ["short second year", "2019-20", "2019-2020", undefined],
  ["years not adjacent", "2019-2021", null, "bad-school-year"],
  ["same year twice", "2019-2019", null, "bad-school-year"],
  ["one year only", "2020", null, "bad-school-year"],
  ["number cell", 2019, null, "bad-school-year"],
  ["blank", "", null, undefined],
];

describe.each<[string, (raw: CellValue) => Parsed<unknown>, Row[]]>([
  ["parseMoney", parseMoney, MONEY],
  ["parseInteger", parseInteger, INTEGERS],
  ["parseSchoolYear", parseSchoolYear, SCHOOL_YEARS],
])("%s", (_name, parse, rows) => {
  it.each(rows)("%s: %j", (_case, raw, value, code) => {
    const got = parse(raw);
    expect(got.value).toEqual(value);
    expect(got.issue?.code).toBe(code);
  });
});

describe("parsePeriod", () => {
  it.each<[string, CellValue, { text: string; sortKey: string; year: number } | null, string?]>([
    ["month", "01/2022", { text: "01/2022", sortKey: "2022-01", year: 2022 }],
    ["month without zero", "1/2022", { text: "01/2022", sortKey: "2022-01", year: 2022 }],
    ["'tháng' month", "tháng 01/2022", { text: "01/2022", sortKey: "2022-01", year: 2022 }],
    ["year as text", "2020", { text: "2020", sortKey: "2020", year: 2020 }],
    ["year as number", 2020, { text: "2020", sortKey: "2020", year: 2020 }],
    ["'năm' year", "năm 2020", { text: "2020", sortKey: "2020", year: 2020 }],
    [
      "date cell at UTC midnight (exceljs)",
      new Date(Date.UTC(2022, 0, 15)),
      { text: "15/01/2022", sortKey: "2022-01-15", year: 2022 },
    ],
    ["serial day number", 44576, { text: "15/01/2022", sortKey: "2022-01-15", year: 2022 }],
    ["day as text", "03/10/2022", { text: "03/10/2022", sortKey: "2022-10-03", year: 2022 }],
    [
      "day in words",
      "Ngày 3 tháng 10 năm 2022",
      { text: "03/10/2022", sortKey: "2022-10-03", year: 2022 },
    ],
    ["school year", "2019-2020", { text: "2019-2020", sortKey: "2019-2020", year: 2020 }],
    ["month 13", "13/2022", null, "bad-date"],
    ["31 February", "31/02/2022", null, "bad-date"],
    ["words", "gần đây", null, "bad-date"],
    ["invalid Date cell (a serial past what a Date holds)", new Date(Number.NaN), null, "bad-date"],
  ])("%s: %s", (_case, raw, value, code) => {
    const got = parsePeriod(raw);
    expect(got.value).toEqual(value);
    expect(got.issue?.code).toBe(code);
  });

  it("reads a report date", () => {
    expect(parseDate("3-10-2022").value?.sortKey).toBe("2022-10-03");
  });
});

describe("parseChoice", () => {
  it.each<[string, CellValue, object, string | undefined, string | undefined]>([
    ["label", "Tối đa (≤ hoặc dưới)", TARGET_KINDS, "atMost", undefined],
    ["alias in capitals", "TỐI THIỂU", TARGET_KINDS, "atLeast", undefined],
    ["alias in NFD", nfd("tối thiểu"), TARGET_KINDS, "atLeast", undefined],
    ["alias with stray spaces", "  Định   tính ", TARGET_KINDS, "qualitative", undefined],
    ["old tone placement of the label", "Xã hội hoá", FUNDING_SOURCES, "social", undefined],
    ["new tone placement", "Xã hội hóa", FUNDING_SOURCES, "social", undefined],
    ["capitals in NFD", nfd("XÃ HỘI HOÁ"), FUNDING_SOURCES, "social", undefined],
    ["abbreviation", "NSNN", FUNDING_SOURCES, "state", undefined],
    ["level alias", "thành phố", LEVELS, "city", undefined],
    ["level with 'Cấp'", "Cấp huyện", LEVELS, "district", undefined],
    ["member item alias", "Dự bị", MEMBER_ITEM_CHOICE, "probationary", undefined],
    ["unknown value in a strict list", "xyz", TARGET_KINDS, undefined, "unknown-choice"],
    ["no tone marks is not a match", "toi da", TARGET_KINDS, undefined, "unknown-choice"],
    ["unknown value in an open list", "Trình độ thạc sĩ", MEMBER_ITEM_CHOICE, undefined, undefined],
  ])("%s: %s", (_case, raw, choice, key, code) => {
    const got = parseChoice(raw, choice as typeof TARGET_KINDS);
    expect(got.value?.key).toBe(key);
    expect(got.issue?.code).toBe(code);
  });
});

describe("parseText", () => {
  it.each<[string, CellValue, string | null]>([
    ["NFD and non-breaking spaces", nfd(`Hoà${NBSP} Bình`), "Hoà Bình"],
    ["yes/no cell", false, "Không"],
    ["date cell", new Date(Date.UTC(2022, 9, 3)), "03/10/2022"],
    ["blank", " ", null],
  ])("%s", (_case, raw, value) => {
    expect(parseText(raw).value).toBe(value);
  });
});
