/** The Kinh phí tab: amounts by school year, group and source, and totals the sheet states. */

import { matchKey } from "../../base/text.js";
import { FUNDING_TOTAL_WORDS, HEADERS } from "../../vocabulary/vi.js";
import { parseChoice } from "../cells/choices.js";
import { parseMoney } from "../cells/numbers.js";
import { parseSchoolYear } from "../cells/periods.js";
import { parseText } from "../cells/text.js";
import type { FundingLine } from "../model.js";
import { FUNDING_SOURCES } from "../schema.js";
import { dataRows, emptyRequired, type RowReader } from "./rows.js";

export function readFunding(rr: RowReader | undefined): FundingLine[] {
  if (!rr) return [];
  const out: FundingLine[] = [];
  const totalKeys = FUNDING_TOTAL_WORDS.map((w) => matchKey(w));
  for (const r of dataRows(rr)) {
    const item = rr.long(r, "fundingItem") ?? "";
    const amount = rr.take(r, "amount", parseMoney(rr.raw(r, "amount")));
    const source = rr.take(
      r,
      "fundingSource",
      parseChoice(rr.raw(r, "fundingSource"), FUNDING_SOURCES),
    );
    if (amount === undefined) {
      if (rr.has("amount") && parseText(rr.raw(r, "amount")).value === null) {
        emptyRequired(rr, r, "amount", HEADERS.amount);
      }
      continue;
    }
    const itemKey = matchKey(item);
    out.push({
      row: r,
      schoolYear: rr.take(r, "schoolYear", parseSchoolYear(rr.raw(r, "schoolYear"))),
      group: rr.text(r, "fundingGroup") ?? "",
      item,
      source: source?.key,
      sourceText: source?.text,
      amount,
      amountCell: rr.cell(r, "amount"),
      isStatedTotal: !source && totalKeys.some((t) => itemKey === t || itemKey.startsWith(`${t} `)),
      note: rr.text(r, "note"),
    });
  }
  return out;
}
