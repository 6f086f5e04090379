/**
 * Properties that must hold for any input: parsing is total, analysing any grids gives
 * problems that name real cells, and name matching ignores Unicode form, case and spacing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, matchKey } from "../../src/core/base/text.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { HEADERS, TAB_NAMES } from "../../src/core/vocabulary/vi.js";
import { formatNumber, intlFormat } from "../../src/core/workbook/format.js";
import type { NamedGrid } from "../../src/core/workbook/model.js";
import {
  type CellValue,
  type Parsed,
  parseChoice,
  parseDate,
  parseInteger,
  parseLongText,
  parseMeasure,
  parseMoney,
  parsePeriod,
  parseSchoolYear,
  parseText,
  readNumber,
} from "../../src/core/workbook/parse.js";
import { SCHEMA } from "../../src/core/workbook/schema.js";
import { templateColumns } from "../../src/core/workbook/template.js";
import { misplacedProblems } from "../support/cells.js";

/** Pieces of what people really type, to be glued together at random. */
const FRAGMENTS = [
  "99,3%",
  "99.3%",
  "0,993",
  "99%-100%",
  "99,2 - 100%",
  "dưới 1%",
  "<1%",
  "trên 80%",
  "≥ 80%",
  "từ",
  "đến",
  "trở lên",
  "trở xuống",
  "1.157.274.000",
  "1,157,274,000",
  " đ",
  "đồng",
  "triệu",
  "tỷ",
  "thứ 9",
  "13",
  "#N/A",
  "#REF!",
  "\u00a0",
  "\u200b",
  "\n",
  "(15/24)",
  "/",
  "62,5%",
  "2019-2020",
  "2019 – 2020",
  "NH 2019/2020",
  "01/2022",
  "Mức độ 3",
  "mức II",
  "Năm sau cao hơn năm trước",
  "giảm dần",
  "Hoàn thành tốt nhiệm vụ",
  "Xã hội hoá",
  "Hòa",
  "Hoà".normalize("NFD"),
  "uỷ",
  "ủy",
  "không có",
  "chưa đạt",
  "-",
  "−",
  "+",
  "%",
  ".",
  ",",
  "0",
  "1e309",
  "Infinity",
  "NaN",
  " ",
];

const vietnamese = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 5 })
  .map((parts) => parts.join(""));

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 12 }),
  fc.string({ unit: "binary", maxLength: 12 }),
  vietnamese,
  vietnamese.map((s) => s.normalize("NFD")),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 44576, 0.993),
  fc.integer({ min: -1e6, max: 3e6 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(null),
  fc.constant(undefined),
);

const UNITS = ["percent", "money", "rank", "count", "level"] as const;

function wellFormed(p: Parsed<unknown>): void {
  expect(p).toHaveProperty("value");
  // No issue with a null value is fine too: an empty cell has nothing to keep or say.
  if (p.issue) {
    expect(["error", "warning", "info"]).toContain(p.issue.severity);
    expect(p.issue.message.trim()).not.toBe("");
  }
}

describe("parsing is total", () => {
  it("never throws and always says what it found", () => {
    fc.assert(
      fc.property(cell, (raw) => {
        for (const unit of UNITS) wellFormed(parseMeasure(raw, unit));
        for (const parse of [
          parseMoney,
          parseInteger,
          parseText,
          parseLongText,
          parseSchoolYear,
          parseDate,
          parsePeriod,
        ]) {
          wellFormed(parse(raw));
        }
        for (const tab of SCHEMA) {
          for (const c of tab.columns) if (c.choice) wellFormed(parseChoice(raw, c.choice));
        }
        if (typeof raw === "string") {
          const n = readNumber(raw, true);
          expect(n === undefined || Number.isFinite(n)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it("never returns a percent above 100 or a negative amount without saying so", () => {
    fc.assert(
      fc.property(cell, fc.constantFrom(...UNITS), (raw, unit) => {
        const p = parseMeasure(raw, unit);
        if (p.value?.kind !== "amount") return;
        const ends = [p.value.low, p.value.high].filter((x): x is number => x !== null);
        expect(ends.every((x) => Number.isFinite(x) && x >= 0)).toBe(true);
        if (p.value.percent) expect(ends.every((x) => x <= 100)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

/** Every tab name and header the schema knows, in the forms people type them. */
const REAL_TAB_NAMES = Object.values(TAB_NAMES);
const REAL_HEADERS = [
  ...Object.values(HEADERS),
  "Kết quả 2019-2020",
  "Kết quả 2020-2021",
  "KQ NH 2021/2022",
  "Kết quả 2030-2031",
];
const variant = (s: string) =>
  fc.constantFrom(s, s.normalize("NFD"), s.toUpperCase(), ` ${s.toLowerCase()} `);

const tabName = fc.oneof(
  fc.constantFrom(...REAL_TAB_NAMES).chain(variant),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 8 }),
);
const header: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...REAL_HEADERS).chain(variant) },
  { weight: 1, arbitrary: cell },
);
const row = (width: number) => fc.array(cell, { maxLength: width });
const grid = fc
  .integer({ min: 0, max: 9 })
  .chain((width) =>
    fc
      .tuple(
        fc.array(row(width), { maxLength: 2 }),
        fc.array(header, { minLength: width, maxLength: width }),
        fc.array(row(width + 1), { maxLength: 8 }),
      )
      .map(([above, head, body]) => [...above, head, ...body]),
  );
const randomWorkbook: fc.Arbitrary<NamedGrid[]> = fc
  .uniqueArray(fc.tuple(tabName, grid), { maxLength: 7, selector: ([name]) => name })
  .map((tabs) => tabs.map(([name, values]) => ({ name, values })));

/** Cells that look like what the schema's columns hold, so that deep checks are reached. */
const likelyCell: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 4, arbitrary: vietnamese },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      "A",
      "a ",
      "B",
      "Tổng cộng",
      "Tổng số",
      "Chính thức",
      "Dự bị",
      "Học sinh",
      "Thành phố",
      "%",
      "thứ",
      "Khoảng",
      "Bằng",
      "Định tính",
      "Giải thưởng: Học sinh, Thành phố",
      "Nhóm 1",
      "Các năm học",
      "Ngày báo cáo",
    ),
  },
  { weight: 1, arbitrary: cell },
);

/** A schema tab with a shuffled subset of its real headers, maybe under a title row. */
function schemaTab(def: (typeof SCHEMA)[number]): fc.Arbitrary<NamedGrid> {
  const headers = templateColumns(def, ["2019-2020", "2020-2021"]).map((c) => c.header);
  return fc
    .tuple(
      variant(def.name),
      fc.shuffledSubarray(headers, { minLength: 1 }),
      fc.array(fc.constantFrom(...REAL_HEADERS), { maxLength: 2 }),
      fc.boolean(),
    )
    .chain(([name, picked, extra, titled]) => {
      const head = [...picked, ...extra];
      return fc
        .array(fc.array(likelyCell, { minLength: head.length, maxLength: head.length + 1 }), {
          maxLength: 8,
        })
        .map((body) => ({ name, values: [...(titled ? [["Tiêu đề"]] : []), head, ...body] }));
    });
}

const schemaWorkbook: fc.Arbitrary<NamedGrid[]> = fc
  .tuple(...SCHEMA.map((def) => fc.option(schemaTab(def), { freq: 4 })))
  .map((tabs) => tabs.filter((t): t is NamedGrid => t !== null));

const workbook = fc.oneof(randomWorkbook, schemaWorkbook);

describe("analyse on random grids", () => {
  it("never throws, and every problem names an existing tab and a cell inside it", () => {
    fc.assert(
      fc.property(workbook, (grids) => {
        const a = analyse(grids);
        expect(misplacedProblems(grids, a.problems)).toEqual([]);
        for (const p of a.problems) expect(p.message.trim()).not.toBe("");
      }),
      { numRuns: 400 },
    );
  });
});

describe("formatNumber", () => {
  it("writes every figure exactly as Intl's vi-VN format does", () => {
    const figure = fc.oneof(
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1000),
      fc.integer({ min: 0, max: 2e9 }),
      fc.constantFrom(1.005, 2.675, 999.995, 0.125, -0.001, 99.3, 62.5, 1e-7, 1e21),
    );
    fc.assert(
      fc.property(figure, fc.integer({ min: 0, max: 3 }), (n, decimals) => {
        expect(formatNumber(n, decimals)).toBe(intlFormat(n === 0 ? 0 : n, decimals));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("cleanText", () => {
  it("always returns trimmed NFC text", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: "grapheme" }),
          fc.string({ unit: "binary" }),
          vietnamese,
          vietnamese.map((s) => s.normalize("NFD")),
        ),
        (s) => {
          const clean = cleanText(s);
          expect(clean).toBe(clean.normalize("NFC"));
          expect(clean).toBe(clean.trim());
          expect(cleanText(s.normalize("NFD"))).toBe(cleanText(s.normalize("NFC")));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("matchKey", () => {
  const letters = fc
    .array(
      fc.constantFrom(
        ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ ",
      ),
      { maxLength: 20 },
    )
    .map((cs) => cs.join(""));

  it("ignores Unicode form, case and surrounding spaces", () => {
    fc.assert(
      fc.property(letters, (s) => {
        const key = matchKey(s);
        expect(matchKey(s.normalize("NFD"))).toBe(key);
        expect(matchKey(s.toUpperCase())).toBe(key);
        expect(matchKey(`\u00a0 ${s}  `)).toBe(key);
      }),
      { numRuns: 500 },
    );
  });

  it("ignores where a tone mark sits on a word", () => {
    fc.assert(
      fc.property(
        fc.constantFrom("hoa", "uy", "thuy", "khoe", "qua"),
        fc.constantFrom("\u0300", "\u0301", "\u0309", "\u0303", "\u0323"),
        (word, tone) => {
          // The same tone on each vowel of the word ("hòa" and "hoà") gives one key.
          const keys = new Set(
            [...word]
              .flatMap((ch, i) =>
                "aeiouy".includes(ch) ? [`${word.slice(0, i + 1)}${tone}${word.slice(i + 1)}`] : [],
              )
              .map(matchKey),
          );
          expect(keys.size).toBe(1);
        },
      ),
    );
  });
});
