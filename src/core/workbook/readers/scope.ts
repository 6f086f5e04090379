/**
 * A target's time scope: from the "Phạm vi thời gian" column, or, when it is blank, from the
 * words people write in the target or the label ("trong nhiệm kỳ", "đến cuối nhiệm kỳ",
 * "bình quân"). Each year is the default.
 */

import { at, issue } from "../../base/problems.js";
import { anyOf, cleanText, foldKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import type { ScopeKey } from "../../vocabulary/keys.js";
import { SCOPE_WORDS as W } from "../../vocabulary/words.js";
import { parseChoice } from "../cells/choices.js";
import { parseSchoolYear } from "../cells/periods.js";
import type { CellValue } from "../cells/value.js";
import type { Scope } from "../model.js";
import { SCOPES } from "../schema.js";
import type { RowReader } from "./rows.js";

/** A scope found in words, and where in the (cleaned) text they are. */
interface Found {
  readonly key: ScopeKey;
  readonly schoolYear?: string;
  readonly index: number;
  readonly length: number;
}

const YEAR = String.raw`(\d{4}\s*[-–—/]\s*\d{2,4})`;
const PATTERNS: readonly [ScopeKey, RegExp][] = [
  ["schoolYear", new RegExp(String.raw`\b${anyOf(W.schoolYear)}\s+${YEAR}`)],
  ["termEnd", new RegExp(String.raw`\b${anyOf(W.untilYear)}\s+\d{4}\b`)],
  ["termEnd", new RegExp(String.raw`\b${anyOf(W.termEnd)}\b`)],
  ["average", new RegExp(String.raw`\b${anyOf(W.average)}(\s+${anyOf(W.averageOver)})?\b`)],
  [
    "average",
    new RegExp(String.raw`\b${anyOf([W.averageMean])}(?=\s+(${anyOf(W.averageOver)}|\d))`),
  ],
  ["term", new RegExp(String.raw`\b${anyOf(W.term)}\b`)],
  ["yearly", new RegExp(String.raw`\b${anyOf(W.yearly)}\b`)],
];

/** The scope a text's words state, most specific first, or undefined. */
export function scopeInWords(text: string): Found | undefined {
  const f = foldKey(cleanText(text));
  for (const [key, re] of PATTERNS) {
    const m = re.exec(f);
    if (!m) continue;
    const year = key === "schoolYear" ? parseSchoolYear(m[1]!).value : undefined;
    if (key === "schoolYear" && !year) continue;
    return { key, ...(year ? { schoolYear: year } : {}), index: m.index, length: m[0].length };
  }
  return undefined;
}

/**
 * The target's text without its scope words, for reading the figure ("6 phòng đến cuối
 * nhiệm kỳ" is 6); undefined when it has none, or when nothing would be left.
 */
export function withoutScopeWords(raw: CellValue): string | undefined {
  if (typeof raw !== "string") return undefined;
  let text = cleanText(raw);
  let found = scopeInWords(text);
  if (!found) return undefined;
  // "bình quân 2 giải mỗi năm": every scope phrase goes, not only the first.
  for (let n = 0; found && n < PATTERNS.length; n++, found = scopeInWords(text)) {
    // The folded text keeps one character per letter of NFC text: the span cuts the same place.
    if (foldKey(text).length !== text.length) return undefined;
    text = `${text.slice(0, found.index)} ${text.slice(found.index + found.length)}`
      .replace(/^[\s,;:]+|[\s,;:]+$/g, "")
      .replace(/\s+/g, " ");
  }
  return text === "" ? undefined : text;
}

/** A school year named anywhere in a text ("… năm học 2022-2023"), for a scope that needs one. */
function yearIn(text: string): string | undefined {
  const m = new RegExp(YEAR).exec(foldKey(text));
  return m ? (parseSchoolYear(m[1]!).value ?? undefined) : undefined;
}

/** The scope column's cell: its words first, then the dropdown's labels and their aliases. */
function fromColumn(rr: RowReader, r: number, others: readonly string[]): Scope | undefined {
  const raw = rr.raw(r, "scope");
  const cell = rr.cell(r, "scope");
  const parsed = parseChoice(raw, SCOPES);
  if (!parsed.value) {
    rr.take(r, "scope", parsed);
    return undefined;
  }
  const words = scopeInWords(parsed.value.text);
  if (words) {
    const { key, schoolYear } = words;
    return { key, ...(schoolYear ? { schoolYear } : {}), from: "column", cell };
  }
  const typedYear = yearIn(parsed.value.text);
  if (typedYear) return { key: "schoolYear", schoolYear: typedYear, from: "column", cell };
  const key = rr.take(r, "scope", parsed)?.key;
  if (!key) return undefined;
  if (key !== "schoolYear") return { key, from: "column", cell };
  const year = [parsed.value.text, ...others].map(yearIn).find((y) => y !== undefined);
  if (year) return { key, schoolYear: year, from: "column", cell };
  rr.problems.push(
    at(rr.layout.name, cell, issue("warning", "scope-needs-year", MESSAGES.scopeNeedsYear())),
  );
  return undefined;
}

/** The row's scope: the column when filled, else the target's words, else the label's. */
export function readScope(rr: RowReader, r: number, label: string, target: string): Scope {
  const column = rr.has("scope") ? fromColumn(rr, r, [target, label]) : undefined;
  if (column) return column;
  for (const [from, text] of [
    ["target", target],
    ["label", label],
  ] as const) {
    const found = scopeInWords(text);
    if (found) {
      const { key, schoolYear } = found;
      return { key, ...(schoolYear ? { schoolYear } : {}), from };
    }
  }
  return { key: "yearly", from: "default" };
}
