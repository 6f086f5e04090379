/** A school's level (cấp học): stated in Thông tin ("Cấp học: THCS"), or read off its name. */

import { foldKey, matchKey } from "../../../src/core/base/text.js";
import type { SchoolLevelKey } from "../../../src/core/vocabulary/keys.js";
import {
  SCHOOL_LEVEL_INFO_KEYS,
  SCHOOL_LEVEL_LABELS,
  SCHOOL_LEVEL_WORDS,
} from "../../../src/core/vocabulary/vi.js";
import type { Info } from "../../../src/core/workbook/model.js";

export type { SchoolLevelKey };

/** Where a level was found: a Thông tin row, the unit's or school's name, or nowhere. */
export type LevelSource = "info" | "name" | "none";

const LEVEL_INFO = new Set(SCHOOL_LEVEL_INFO_KEYS.map(matchKey));

/** Folded words of a name, punctuation as spaces: "TH&THCS Kim Đồng" → " th thcs kim dong ". */
function words(text: string): string {
  return ` ${foldKey(text)
    .replace(/[^a-z0-9]+/g, " ")
    .trim()} `;
}

const FOLDED_WORDS = (
  Object.entries(SCHOOL_LEVEL_WORDS) as [Exclude<SchoolLevelKey, "unknown">, readonly string[]][]
).map(([key, list]) => ({ key, folded: list.map((w) => words(w)) }));

/** The level a text names: one level, "combined" for two or more, undefined for none. */
export function levelOfText(text: string): SchoolLevelKey | undefined {
  const label = (Object.keys(SCHOOL_LEVEL_LABELS) as SchoolLevelKey[]).find(
    (k) => matchKey(SCHOOL_LEVEL_LABELS[k]) === matchKey(text),
  );
  if (label) return label;
  const folded = words(text);
  const found = FOLDED_WORDS.filter((l) => l.folded.some((w) => folded.includes(w))).map(
    (l) => l.key,
  );
  if (found.includes("combined") || found.length > 1) return "combined";
  return found[0];
}

/** The school's level and where it was found: Thông tin first, then the school's and cell's names. */
export function schoolLevel(info: Info): { level: SchoolLevelKey; from: LevelSource } {
  for (const row of info.extra) {
    if (!LEVEL_INFO.has(matchKey(row.key))) continue;
    const level = levelOfText(row.value);
    if (level) return { level, from: "info" };
  }
  for (const name of [info.values.schoolName, info.values.unitName]) {
    const level = name ? levelOfText(name) : undefined;
    if (level) return { level, from: "name" };
  }
  return { level: "unknown", from: "none" };
}
