/**
 * Cell parsing: one total function per value type. Every function accepts anything a
 * spreadsheet cell can hold and returns a value, nothing (an empty cell), or an issue in
 * Vietnamese. Nothing here throws.
 *
 * Rules worth knowing:
 * - Numbers are read the Vietnamese way first: "1.157.274.000" is a thousand-grouped integer,
 *   "99,3" has a decimal comma. A single separator followed by exactly three digits is read as
 *   thousands in integer columns (money, counts) and as a decimal elsewhere.
 * - In a percent row, a number cell between 0 and 1 is a fraction (Sheets stores 99,3% as
 *   0.993); typed text without "%" below 1 ("0,993") is read the same way, with a note.
 * - Formula errors (#N/A, #REF! …) count as missing data, with a warning naming the error.
 */

import { type Issue, issue } from "../base/problems.js";
import { allMatches, cleanText, foldKey, matchKey } from "../base/text.js";
import { CORE_MESSAGES, MESSAGES } from "../i18n/messages.js";
import { FIGURE_WORDS } from "../vocabulary/vi.js";
import type { Choice } from "./schema.js";

/** Anything `Range.getValues()` or a parsed XLSX can put in a cell. */
export type CellValue = string | number | boolean | Date | null | undefined;

/** What a parse gives: a value, nothing (empty cell), and maybe an issue. */
export interface Parsed<T> {
  readonly value: T | null;
  readonly issue?: Issue;
}

/**
 * A numeric figure: a point (low = high) or an interval with open or closed ends.
 * "dưới 1%" is [0, 1) in a percent row; "99% trở lên" is [99, 100].
 */
export interface Amount {
  readonly kind: "amount";
  readonly low: number | null;
  readonly high: number | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  readonly percent: boolean;
  /** "15/24" written beside or instead of the percent. */
  readonly fraction?: { readonly part: number; readonly whole: number };
  readonly rank?: boolean;
}

/** "Năm sau cao hơn năm trước": a target about the direction of a yearly series. */
export interface TrendTarget {
  readonly kind: "trend";
  readonly better: "higher" | "lower" | "unspecified";
  readonly text: string;
}

/** A stated state: "Mức độ 3", "Hoàn thành tốt nhiệm vụ". */
export interface Quality {
  readonly kind: "quality";
  readonly text: string;
  /** A level number when the text names one ("mức độ 3", "mức II"). */
  readonly level?: number;
}

export type Measure = Amount | TrendTarget | Quality;

/** How a row's figures are read, from its unit. */
export type UnitKind = "percent" | "money" | "rank" | "count" | "level";

export interface Period {
  /** As shown: "2020", "01/2022", "03/10/2022" or "2019-2020". */
  readonly text: string;
  /** Sortable: "2020", "2022-01", "2022-10-03", "2019-2020". */
  readonly sortKey: string;
  readonly year: number;
}

const ERROR_CODES = new Set([
  "#n/a",
  "#ref!",
  "#value!",
  "#div/0!",
  "#name?",
  "#num!",
  "#null!",
  "#error!",
  "#getting_data",
  "#spill!",
  "#calc!",
  "#n/a!",
]);

const NOTHING: Parsed<never> = { value: null };

/** Rounds away float noise such as 0.993 × 100 = 99.30000000000001. */
function tidy(n: number): number {
  return Math.round(n * 1e9) / 1e9;
}

function show(raw: CellValue): string {
  if (raw instanceof Date) return raw.toISOString().slice(0, 10);
  return cleanText(String(raw));
}

/** Shared front door: empty cells, errors and whitespace. */
function prelude(raw: CellValue): Parsed<never> | string | number | boolean | Date {
  if (raw === null || raw === undefined) return NOTHING;
  if (typeof raw === "number") {
    return Number.isFinite(raw) ? raw : { value: null, issue: notANumber(String(raw)) };
  }
  if (typeof raw === "boolean" || raw instanceof Date) {
    if (raw instanceof Date && Number.isNaN(raw.getTime())) return NOTHING;
    return raw;
  }
  if (raw === "") return NOTHING;
  const text = cleanText(String(raw));
  if (text === "") return NOTHING;
  if (text.charCodeAt(0) === 35 /* "#" */ && ERROR_CODES.has(text.toLowerCase())) {
    return { value: null, issue: issue("warning", "formula-error", MESSAGES.formulaError(text)) };
  }
  return text;
}

function isParsed(x: unknown): x is Parsed<never> {
  return typeof x === "object" && x !== null && !(x instanceof Date) && "value" in x;
}

function notANumber(text: string): Issue {
  return issue("error", "not-a-number", MESSAGES.notANumber(text));
}

/**
 * Reads a number written the Vietnamese or the English way. Returns undefined when the
 * text is not a plain number. `integerHint` makes "1.000" a thousand rather than one.
 */
export function readNumber(text: string, integerHint: boolean): number | undefined {
  let s = text.replace(/[\s\u00a0]/g, "");
  let sign = 1;
  if (/^[-−–]/.test(s)) {
    sign = -1;
    s = s.slice(1);
  } else if (s.startsWith("+")) s = s.slice(1);
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  const dots = (s.match(/\./g) ?? []).length;
  const commas = (s.match(/,/g) ?? []).length;
  let normal: string;
  if (dots > 0 && commas > 0) {
    const decimal = s.lastIndexOf(".") > s.lastIndexOf(",") ? "." : ",";
    const thousands = decimal === "." ? "," : ".";
    if (s.split(decimal).length > 2) return undefined;
    if (!groupsOfThree(s.split(decimal)[0]!, thousands)) return undefined;
    normal = s.split(thousands).join("").replace(decimal, ".");
  } else if (dots > 1 || commas > 1) {
    const sep = dots > 1 ? "." : ",";
    if (!groupsOfThree(s, sep)) return undefined;
    normal = s.split(sep).join("");
  } else if (dots === 1 || commas === 1) {
    const sep = dots === 1 ? "." : ",";
    const [head, tail] = s.split(sep) as [string, string];
    normal = integerHint && tail.length === 3 && head !== "0" ? head + tail : `${head}.${tail}`;
  } else {
    normal = s;
  }
  const n = Number(normal);
  return Number.isFinite(n) ? sign * n : undefined;
}

function groupsOfThree(s: string, sep: string): boolean {
  const parts = s.split(sep);
  return parts.slice(1).every((p) => p.length === 3) && parts[0]!.length <= 3;
}

/**
 * The currency word after a figure ("đ", "đồng", "VNĐ" once folded). Written without a word
 * boundary before it so that "1.157.274.000đ", typed without a space, is read too.
 */
const CURRENCY_SUFFIX = /(?<=^|[\d\s])(vnd|dong|d)\.?$/;

/** A money text without its currency word, folded: "1.157.274.000 VNĐ" → "1.157.274.000". */
export function withoutCurrency(text: string): string {
  return foldKey(text).replace(CURRENCY_SUFFIX, "").trim();
}

/** Scale words in money: "10 triệu", "1,2 tỷ". */
const SCALE: Record<string, number> = { nghin: 1e3, ngan: 1e3, trieu: 1e6, ty: 1e9, ti: 1e9 };

/** A figure followed by a scale word, inside a longer text. */
const SCALED = /(\d[\d.,]*)\s*(nghin|ngan|trieu|ty|ti)\b/g;

/** Scaled figures in a row, added up: "1 tỷ 157 triệu 274 nghìn". */
const SCALED_RUN =
  /\d[\d.,]*\s*(?:nghin|ngan|trieu|ty|ti)\b(?:\s*\d[\d.,]*\s*(?:nghin|ngan|trieu|ty|ti)\b)*/g;

/**
 * Writes money's scale words out in whole đồng, in folded text: "10 trieu" → "10000000",
 * "1 ty 157 trieu" → "1157000000". A run with a figure it cannot read is left as it is.
 */
function expandScales(folded: string): string {
  return folded.replace(SCALED_RUN, (run) => {
    let total = 0;
    for (const [, n, word] of allMatches(SCALED, run)) {
      const base = readNumber(n!, false);
      if (base === undefined) return run;
      total += base * SCALE[word!]!;
    }
    return String(Math.round(total));
  });
}

/** Money in đồng: "1.157.274.000", "1,157,274,000", "1.157.274.000 đ", "10 triệu đồng". */
export function parseMoney(raw: CellValue): Parsed<number> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  let n: number | undefined;
  if (typeof p === "number") n = p;
  else if (typeof p === "string") {
    n = readNumber(expandScales(withoutCurrency(p)), true);
  }
  if (n === undefined) return { value: null, issue: notANumber(show(raw)) };
  if (n < 0)
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(show(raw))) };
  return { value: Math.round(n) };
}

/** Words that only name what is counted: "12 giải", "17 đồng chí", "(15/24 đ/c)". */
const COUNT_WORDS =
  /\s*\b(giai|giai thuong|hoc sinh|hs|giao vien|gv|dong chi|d\/c|dang vien|nguoi|bai|luot|em|lop|phong|tap the|ca nhan)\b\.?\s*/g;

/** Non-negative whole numbers: counts of people, prizes, lessons. */
export function parseInteger(raw: CellValue): Parsed<number> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  let n: number | undefined;
  if (typeof p === "number") n = p;
  else if (typeof p === "string") n = readNumber(foldKey(p).replace(COUNT_WORDS, " ").trim(), true);
  if (n === undefined) return { value: null, issue: notANumber(show(raw)) };
  if (n < 0)
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(show(raw))) };
  if (!Number.isInteger(n)) {
    return { value: null, issue: issue("error", "not-integer", MESSAGES.notInteger(show(raw))) };
  }
  return { value: n };
}

/**
 * A bounded memo of parses of text cells. Parsed values are never mutated, so one object can
 * stand for every cell that holds the same text; the readers look at each text cell several
 * times (is the row blank? its text? its figure?), and sheets repeat the same texts.
 */
class TextMemo<T> {
  private map = new Map<string, T>();
  constructor(private readonly limit = 100_000) {}
  get(text: string, compute: (text: string) => T): T {
    let found = this.map.get(text);
    if (found === undefined) {
      found = compute(text);
      if (this.map.size >= this.limit) this.map = new Map();
      this.map.set(text, found);
    }
    return found;
  }
}

const TEXT_MEMO = new TextMemo<Parsed<string>>();

/** Plain text, trimmed, NFC, with spaces collapsed. Numbers and dates become their text. */
export function parseText(raw: CellValue): Parsed<string> {
  if (raw === "" || raw === null || raw === undefined) return NOTHING;
  if (typeof raw === "string") return TEXT_MEMO.get(raw, parseTextOnce);
  return parseTextOnce(raw);
}

function parseTextOnce(raw: CellValue): Parsed<string> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  if (typeof p === "number") return { value: String(p) };
  if (typeof p === "boolean") return { value: p ? FIGURE_WORDS.yes : FIGURE_WORDS.no };
  if (p instanceof Date) return { value: formatPeriodDate(p) };
  return { value: p };
}

/** Multi-line text keeps its line breaks. */
export function parseLongText(raw: CellValue): Parsed<string> {
  if (typeof raw !== "string" || !raw.includes("\n")) return parseText(raw);
  const lines = raw
    .normalize("NFC")
    .split(/\r?\n/)
    .map((l) => cleanText(l))
    .filter((l) => l !== "");
  if (lines.length === 0) return prelude(raw) as Parsed<never>;
  const first = prelude(lines[0]);
  if (isParsed(first) && lines.length === 1) return first;
  return { value: lines.join("\n") };
}

/** "2019-2020", "2019 – 2020", "NH 2019/2020", "Năm học 2019-2020" → "2019-2020". */
export function parseSchoolYear(raw: CellValue): Parsed<string> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  const text = show(p as string);
  const m = /^(?:(?:nam hoc|nh)\s*)?(\d{4})\s*[-–—/]\s*(\d{2}|\d{4})$/.exec(foldKey(text));
  if (m) {
    const first = Number(m[1]);
    let second = Number(m[2]);
    if (m[2]!.length === 2) second += Math.floor(first / 100) * 100;
    if (second === first + 1 && first > 1900 && first < 2200) {
      return { value: `${first}-${second}` };
    }
  }
  return { value: null, issue: issue("error", "bad-school-year", MESSAGES.badSchoolYear(text)) };
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/**
 * A date cell's calendar day. Sheets hands Apps Script local midnight in the sheet's time
 * zone; exceljs hands Node UTC midnight. Reading UTC parts when the time is exactly UTC
 * midnight, local parts otherwise, gives the typed day in both.
 */
function dateParts(d: Date): { y: number; m: number; d: number } {
  const utcMidnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0 && d.getUTCSeconds() === 0;
  return utcMidnight
    ? { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }
    : { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };
}

function formatPeriodDate(d: Date): string {
  const p = dateParts(d);
  return `${pad2(p.d)}/${pad2(p.m)}/${p.y}`;
}

/** Serial day numbers as Sheets and Excel count them (1899-12-30 is day 0). */
function fromSerial(serial: number): { y: number; m: number; d: number } {
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
}

function validDay(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** A calendar day: Date cells, serial numbers, "03/10/2022", "3-10-2022", "2022-10-03". */
export function parseDate(raw: CellValue): Parsed<Period> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  let parts: { y: number; m: number; d: number } | undefined;
  if (p instanceof Date) parts = dateParts(p);
  else if (typeof p === "number" && p > 1 && p < 2958466) parts = fromSerial(p);
  else if (typeof p === "string") {
    const f = foldKey(p).replace(/^ngay\s*/, "");
    let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f);
    if (m) parts = { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
    m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(f);
    if (m) parts = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    m = /^(\d{1,2}) thang (\d{1,2}) nam (\d{4})$/.exec(f);
    if (m) parts = { d: Number(m[1]), m: Number(m[2]), y: Number(m[3]) };
  }
  if (!parts || !validDay(parts.y, parts.m, parts.d)) {
    return { value: null, issue: issue("error", "bad-date", MESSAGES.badDate(show(raw))) };
  }
  return {
    value: {
      text: `${pad2(parts.d)}/${pad2(parts.m)}/${parts.y}`,
      sortKey: `${parts.y}-${pad2(parts.m)}-${pad2(parts.d)}`,
      year: parts.y,
    },
  };
}

/** When a membership figure holds: a year ("2020"), a month ("01/2022"), a day or a school year. */
export function parsePeriod(raw: CellValue): Parsed<Period> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  if (typeof p === "number" && Number.isInteger(p) && p > 1900 && p < 2200) {
    return { value: { text: String(p), sortKey: String(p), year: p } };
  }
  if (typeof p === "string") {
    const f = foldKey(p).replace(/^(nam|thang)\s*/, "");
    if (/^\d{4}$/.test(f)) return { value: { text: f, sortKey: f, year: Number(f) } };
    const month = /^(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(f);
    if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) {
      const m = pad2(Number(month[1]));
      return {
        value: { text: `${m}/${month[2]}`, sortKey: `${month[2]}-${m}`, year: Number(month[2]) },
      };
    }
    const sy = parseSchoolYear(p);
    if (sy.value) {
      return { value: { text: sy.value, sortKey: sy.value, year: Number(sy.value.slice(5)) } };
    }
  }
  return parseDate(raw);
}

/** Each choice's labels, keys and aliases by their match key; built once per choice. */
const CHOICE_INDEX = new WeakMap<Choice, ReadonlyMap<string, string>>();

function choiceIndex<K extends string>(choice: Choice<K>): ReadonlyMap<string, K> {
  let index = CHOICE_INDEX.get(choice);
  if (!index) {
    const map = new Map<string, string>();
    // Earlier entries win, in the order the linear search used to find them.
    for (const k of Object.keys(choice.labels) as K[]) {
      for (const name of [choice.labels[k], k, ...(choice.aliases?.[k] ?? [])]) {
        const key = matchKey(name);
        if (!map.has(key)) map.set(key, k);
      }
    }
    index = map;
    CHOICE_INDEX.set(choice, index);
  }
  return index as ReadonlyMap<string, K>;
}

/** Finds a choice by its label, alias or key, ignoring case, Unicode form and tone placement. */
export function findChoice<K extends string>(choice: Choice<K>, text: string): K | undefined {
  return choiceIndex(choice).get(matchKey(text));
}

/** A value from a closed list. Unknown values are kept as typed, with a warning if strict. */
export function parseChoice<K extends string>(
  raw: CellValue,
  choice: Choice<K>,
): Parsed<{ key: K | undefined; text: string }> {
  if (raw === "" || raw === null || raw === undefined) return NOTHING;
  if (typeof raw !== "string") return parseChoiceOnce(raw, choice);
  let memo = CHOICE_MEMO.get(choice);
  if (!memo) {
    memo = new TextMemo(10_000);
    CHOICE_MEMO.set(choice, memo);
  }
  return memo.get(raw, (text) => parseChoiceOnce(text, choice)) as Parsed<{
    key: K | undefined;
    text: string;
  }>;
}

const CHOICE_MEMO = new WeakMap<
  Choice,
  TextMemo<Parsed<{ key: string | undefined; text: string }>>
>();

function parseChoiceOnce<K extends string>(
  raw: CellValue,
  choice: Choice<K>,
): Parsed<{ key: K | undefined; text: string }> {
  const t = parseText(raw);
  if (t.value === null) return t as Parsed<never>;
  const key = findChoice(choice, t.value);
  if (key) return { value: { key, text: choice.labels[key] } };
  const found = { key: undefined, text: t.value };
  if (!choice.strict) return { value: found };
  const labels = Object.values<string>(choice.labels).join("; ");
  return {
    value: found,
    issue: issue("warning", "unknown-choice", MESSAGES.unknownChoice(t.value, labels)),
  };
}

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

function levelOf(folded: string): number | undefined {
  const m = /\bmuc(?: do)?\s+(\d+|i{1,3}|iv|v)\b/.exec(folded);
  if (!m) return undefined;
  return ROMAN[m[1]!] ?? Number(m[1]);
}

const NUM = String.raw`(\d[\d.,\s]*\d|\d)`;
/** "99%-100%", "99,2 - 100%", "từ 99,5% đến 100%". */
const RANGE = new RegExp(String.raw`^(?:tu\s*)?${NUM}\s*%?\s*(?:-|–|—|den|toi|→)\s*${NUM}\s*%?$`);
/** "15/24" or "(15/24)" on its own. */
const FRACTION_ALONE = /^\(?\s*(\d+)\s*\/\s*(\d+)\s*\)?$/;
/** "62,5% (15/24)", "62,5 (15/24)", "62,5%15/24": the stated figure set off by "%" or "(". */
const FRACTION_STATED = new RegExp(String.raw`^${NUM}\s*(?:%\s*\(?|\()\s*(\d+)\s*/\s*(\d+)\s*\)?$`);
const LOWER_STRICT = /^(tren|>|lon hon|cao hon|hon|nhieu hon)\s*/;
const LOWER_CLOSED = /^(>=|≥|=>|toi thieu|it nhat|khong thap hon|khong duoi|tu)\s*/;
const UPPER_STRICT = /^(duoi|<|nho hon|it hon|thap hon)\s*/;
const UPPER_CLOSED = /^(<=|≤|=<|toi da|khong qua|khong vuot qua|khong tren|nhieu nhat)\s*/;

/** Bound on each unit's cache of parsed measures; past it the cache starts afresh. */
const MEASURE_CACHE_LIMIT = 20_000;
const MEASURE_CACHE: Record<UnitKind, Map<string | number, Parsed<Measure>>> = {
  percent: new Map(),
  money: new Map(),
  rank: new Map(),
  count: new Map(),
  level: new Map(),
};

/**
 * A target or a result in an indicator row. The row's unit decides how bare numbers read
 * (percent, money, rank or count). Returns an amount, a trend target or a quality.
 *
 * A sheet repeats the same few figures ("100%", "dưới 1%", "thứ 9") in row after row, so
 * parsed text and number cells are remembered per unit. Parsed values are never mutated,
 * which makes sharing them safe.
 */
export function parseMeasure(raw: CellValue, unit: UnitKind): Parsed<Measure> {
  if (raw === "" || raw === null || raw === undefined) return NOTHING;
  if (typeof raw !== "string" && typeof raw !== "number") return parseMeasureOnce(raw, unit);
  const cache = MEASURE_CACHE[unit];
  let parsed = cache.get(raw);
  if (parsed === undefined) {
    parsed = parseMeasureOnce(raw, unit);
    if (cache.size >= MEASURE_CACHE_LIMIT) cache.clear();
    cache.set(raw, parsed);
  }
  return parsed;
}

function parseMeasureOnce(raw: CellValue, unit: UnitKind): Parsed<Measure> {
  const p = prelude(raw);
  if (isParsed(p)) return p;
  const percentRow = unit === "percent";
  if (typeof p === "number") {
    const v = percentRow && Math.abs(p) <= 1 ? tidy(p * 100) : p;
    return checkAmount(point(v, percentRow, unit === "rank"), show(raw), unit);
  }
  if (typeof p === "boolean")
    return { value: { kind: "quality", text: p ? FIGURE_WORDS.yes : FIGURE_WORDS.no } };
  if (p instanceof Date) return { value: { kind: "quality", text: formatPeriodDate(p) } };
  const text = p;
  const f = foldKey(text)
    .replace(/^(dat|dat duoc|dat ti le|dat ty le|ti le|ty le|phan dau|co)\s+/, "")
    .replace(/\s*\((?!\s*\d+\s*\/)[^)]*\)\s*$/, "")
    .trim();

  if (
    /nam sau .*(cao|tot|tien bo|nhieu|hon) .*nam truoc|(tang|giam) (dan|deu|hang nam|qua (cac|tung) nam)|^(tang|giam)$/.test(
      f,
    )
  ) {
    const better = /giam|thap hon/.test(f) ? "lower" : unit === "rank" ? "lower" : "higher";
    return {
      value: {
        kind: "trend",
        better: /tien bo|tot hon/.test(f) && unit !== "rank" ? "unspecified" : better,
        text,
      },
    };
  }
  if (/^khong co\b|^khong\s*(hs|hoc sinh|truong hop|em)?$/.test(f) && !/\d/.test(f)) {
    return { value: point(0, percentRow, false) };
  }
  const amount = readAmount(f, unit);
  if (amount === "invalid") return { value: null, issue: notANumber(text) };
  if (amount) {
    let note: Issue | undefined;
    let value = amount;
    if (percentRow && !/%/.test(f) && !value.fraction) {
      const scaled = scaleFraction(value);
      if (scaled !== value) {
        value = scaled;
        note = issue(
          "info",
          "fraction-as-percent",
          CORE_MESSAGES.fractionAsPercent(text, String(value.low ?? value.high).replace(".", ",")),
        );
      }
    }
    const checked = checkAmount(value, text, unit);
    return checked.issue || !note ? checked : { ...checked, issue: note };
  }
  const level = levelOf(f);
  return {
    value: level === undefined ? { kind: "quality", text } : { kind: "quality", text, level },
  };
}

function point(v: number, percent: boolean, rank: boolean): Amount {
  return { kind: "amount", low: v, high: v, lowOpen: false, highOpen: false, percent, rank };
}

function scaleFraction(a: Amount): Amount {
  const ends = [a.low, a.high].filter((x): x is number => x !== null);
  if (ends.length === 0 || ends.some((x) => x >= 1) || ends.every((x) => x === 0)) return a;
  const s = (x: number | null) => (x === null ? null : tidy(x * 100));
  return { ...a, low: s(a.low), high: s(a.high), percent: true };
}

/** Returns an amount, undefined when the text is not numeric, or "invalid" for broken numbers. */
function readAmount(f: string, unit: UnitKind): Amount | undefined | "invalid" {
  const integerHint = unit === "money" || unit === "count";
  const percentRow = unit === "percent";
  let s = f.replace(CURRENCY_SUFFIX, "").replace(COUNT_WORDS, " ").replace(/\s+/g, " ").trim();
  // "10 triệu", "tối thiểu 1,2 tỷ" in a money row: write the figure out in đồng.
  if (unit === "money") {
    // "10-20 triệu": the scale word after a range counts for both its ends.
    s = expandScales(
      s.replace(
        /^(tu\s*)?(\d[\d.,]*)\s*(-|–|—|den|toi)\s*(\d[\d.,]*)\s*(nghin|ngan|trieu|ty|ti)\b/,
        "$1$2 $5 $3 $4 $5",
      ),
    );
  }
  const RANK_WORD = /^(xep )?(thu|hang)\s+/;
  // "Tốp 10", "trong top 10": among the first ten places, the same as "thứ 10 trở lên".
  const top = /^(?:(?:xep |nam )?(?:trong|thuoc) )?top\s*(\d+)$/.exec(s);
  if (top) s = `thu ${top[1]} tro len`;
  let rank = RANK_WORD.test(s) || unit === "rank";
  s = s.replace(RANK_WORD, "");
  const num = (t: string) => readNumber(t.replace(/%/g, "").trim(), integerHint);
  const hasPercent = /%/.test(s);

  // "thứ 9/24": the rank among 24 schools is 9.
  if (rank) s = s.replace(/^(\d+)\s*\/\s*\d+$/, "$1");

  // The stated figure must be set off by "%" or "(" so that the digits of a bare "15/24" are
  // never split into a stated "1" and a fraction "5/24".
  const alone = FRACTION_ALONE.exec(s);
  const withStated = alone ? null : FRACTION_STATED.exec(s);
  const frac = alone ? [alone[0], undefined, alone[1], alone[2]] : withStated;
  if (frac) {
    const part = Number(frac[2]);
    const whole = Number(frac[3]);
    const stated = frac[1] === undefined ? undefined : num(frac[1]);
    if (frac[1] !== undefined && stated === undefined) return "invalid";
    const v = stated ?? (whole > 0 ? tidy((part / whole) * 100) : Number.NaN);
    if (Number.isNaN(v)) return "invalid";
    return { ...point(v, true, false), fraction: { part, whole } };
  }

  const range = RANGE.exec(s);
  if (range) {
    const a = num(range[1]!);
    const b = num(range[2]!);
    if (a === undefined || b === undefined) return "invalid";
    const [low, high] = a <= b ? [a, b] : [b, a];
    return {
      kind: "amount",
      low,
      high,
      lowOpen: false,
      highOpen: false,
      percent: percentRow || hasPercent,
      rank,
    };
  }

  let lowOpen = false;
  let highOpen = false;
  let bound: "low" | "high" | undefined;
  const prefixes: [RegExp, "low" | "high", boolean][] = [
    [LOWER_CLOSED, "low", false],
    [UPPER_CLOSED, "high", false],
    [LOWER_STRICT, "low", true],
    [UPPER_STRICT, "high", true],
  ];
  for (const [re, which, strict] of prefixes) {
    if (re.test(s)) {
      s = s.replace(re, "");
      // "tối đa thứ 10": the rank word may follow the bound word.
      if (RANK_WORD.test(s)) {
        rank = true;
        s = s.replace(RANK_WORD, "");
      }
      bound = which;
      if (which === "low") lowOpen = strict;
      else highOpen = strict;
      break;
    }
  }
  const suffix = /\s*(tro len|tro xuong|tro lai)$/.exec(s);
  if (suffix) {
    s = s.slice(0, suffix.index);
    // "trở lên" names the better side: higher figures, but for a rank the better places
    // ("thứ 10 trở lên" is the top ten, ranks 1 to 10).
    bound = (suffix[1] === "tro len") !== rank ? "low" : "high";
    lowOpen = false;
    highOpen = false;
  }
  if (!/^[-−+]?\d[\d.,\s]*%?$/.test(s)) return undefined;
  const v = num(s);
  if (v === undefined) return "invalid";
  const percent = percentRow || hasPercent;
  if (bound === "low") {
    return {
      kind: "amount",
      low: v,
      high: percent ? 100 : null,
      lowOpen,
      highOpen: false,
      percent,
      rank,
    };
  }
  if (bound === "high") {
    return { kind: "amount", low: 0, high: v, lowOpen: false, highOpen, percent, rank };
  }
  return { ...point(v, percent, rank), rank };
}

/** Rejects what no school can have: negative counts, shares above 100%, mismatched fractions. */
function checkAmount(a: Amount, text: string, unit: UnitKind): Parsed<Measure> {
  const ends = [a.low, a.high].filter((x): x is number => x !== null);
  if (ends.some((x) => x < 0)) {
    return { value: null, issue: issue("error", "negative", MESSAGES.negative(text)) };
  }
  if ((a.percent || unit === "percent") && ends.some((x) => x > 100)) {
    return {
      value: null,
      issue: issue("error", "percent-over-100", MESSAGES.percentOver100(text)),
    };
  }
  if (a.fraction) {
    const { part, whole } = a.fraction;
    if (part > whole) {
      return {
        value: null,
        issue: issue("error", "fraction-over-whole", MESSAGES.fractionOverWhole(part, whole)),
      };
    }
    const actual = (part / whole) * 100;
    const stated = a.low ?? 0;
    // Allow the rounding of the digits actually typed: 62,5 vs 62,50; 63 vs 62,5.
    const decimals = (String(stated).split(".")[1] ?? "").length;
    if (Math.abs(actual - stated) > 0.5 * 10 ** -decimals + 1e-9) {
      const show1 = (x: number) => `${String(tidy(Math.round(x * 100) / 100)).replace(".", ",")}%`;
      return {
        value: a,
        issue: issue(
          "warning",
          "fraction-mismatch",
          MESSAGES.fractionMismatch(show1(stated), part, whole, show1(actual)),
        ),
      };
    }
  }
  return { value: a };
}

/** The unit kind of a row from its unit cell. */
export function unitKind(unitKey: string | undefined, unitText: string | undefined): UnitKind {
  switch (unitKey) {
    case "percent":
      return "percent";
    case "money":
      return "money";
    case "rank":
      return "rank";
    case "level":
      return "level";
    default:
      if (unitText && /%/.test(unitText)) return "percent";
      return "count";
  }
}
