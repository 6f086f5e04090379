/** The Đảng viên tab: membership figures and ratings, each for a period. */

import { HEADERS } from "../../vocabulary/vi.js";
import { parseChoice } from "../cells/choices.js";
import { parseInteger } from "../cells/numbers.js";
import { parsePeriod } from "../cells/periods.js";
import { parseText } from "../cells/text.js";
import type { MemberEntry } from "../model.js";
import { MEMBER_ITEM_CHOICE } from "../schema.js";
import { dataRows, emptyRequired, type RowReader } from "./rows.js";

export function readMembers(rr: RowReader | undefined): MemberEntry[] {
  if (!rr) return [];
  const out: MemberEntry[] = [];
  for (const r of dataRows(rr)) {
    const period = rr.take(r, "period", parsePeriod(rr.raw(r, "period")));
    const item = rr.take(r, "memberItem", parseChoice(rr.raw(r, "memberItem"), MEMBER_ITEM_CHOICE));
    if (!period || !item) {
      if (!period && rr.has("period") && parseText(rr.raw(r, "period")).value === null) {
        emptyRequired(rr, r, "period", HEADERS.period);
      }
      continue;
    }
    const raw = rr.raw(r, "value");
    // A date here is what a spreadsheet made of a typed figure: a gap, never a rating text.
    const value = raw instanceof Date ? "" : (rr.text(r, "value") ?? "");
    // A figure ("17", "17 đồng chí") is a count; a rating ("Hoàn thành tốt nhiệm vụ") is not,
    // and is no problem. A negative or fractional figure is.
    const parsed = value === "" && !(raw instanceof Date) ? undefined : parseInteger(raw);
    const count =
      parsed && parsed.issue?.code !== "not-a-number" ? rr.take(r, "value", parsed) : undefined;
    out.push({
      row: r,
      period,
      item: item.key,
      itemText: item.text,
      count,
      value,
      valueCell: rr.cell(r, "value"),
      names: rr.long(r, "names"),
      note: rr.text(r, "note"),
    });
  }
  return out;
}
