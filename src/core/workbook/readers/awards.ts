/** The Giải thưởng tab: one line per prize or title, with its school year, recipient and level. */

import { cleanText } from "../../base/text.js";
import { HEADERS } from "../../vocabulary/vi.js";
import { parseChoice } from "../cells/choices.js";
import { parseInteger } from "../cells/numbers.js";
import { parseSchoolYear } from "../cells/periods.js";
import type { Parsed } from "../cells/value.js";
import type { Award } from "../model.js";
import { LEVELS, RECIPIENTS } from "../schema.js";
import { dataRows, emptyRequired, type RowReader } from "./rows.js";

export function readAwards(rr: RowReader | undefined): Award[] {
  if (!rr) return [];
  const out: Award[] = [];
  for (const r of dataRows(rr)) {
    const recipient = rr.take(r, "recipient", parseChoice(rr.raw(r, "recipient"), RECIPIENTS));
    const level = rr.take(r, "level", parseChoice(rr.raw(r, "level"), LEVELS));
    const award = rr.long(r, "award");
    if (!award && rr.has("award")) emptyRequired(rr, r, "award", HEADERS.award);
    const countParsed = parseInteger(rr.raw(r, "count"));
    out.push({
      row: r,
      schoolYear: rr.take(r, "schoolYear", parseSchoolYear(rr.raw(r, "schoolYear"))),
      recipient: recipient?.key,
      recipientText: recipient?.text ?? "",
      level: level?.key,
      levelText: level?.text,
      ...typedLevel(rr, r),
      award: award ?? "",
      count: awardCount(rr.take(r, "count", countParsed), countParsed),
      names: rr.long(r, "names"),
      note: rr.text(r, "note"),
    });
  }
  return out;
}

/**
 * A blank count means one award (a row names one prize or title); an unreadable count is
 * reported and counts nothing, so no tally includes a number nobody typed.
 */
function awardCount(count: number | undefined, parsed: Parsed<number>): number {
  if (count !== undefined) return count;
  return parsed.issue ? 0 : 1;
}

/** The level cell as typed and where it is: the parsed choice keeps only the list's label. */
function typedLevel(rr: RowReader, r: number): { levelTyped?: string; levelCell: string } {
  const raw = rr.raw(r, "level");
  const typed = typeof raw === "string" ? cleanText(raw) : "";
  return typed
    ? { levelTyped: typed, levelCell: rr.cell(r, "level") }
    : { levelCell: rr.cell(r, "level") };
}
