/** The Nội dung tab: the report's written passages, each under a section of the template. */

import { parseChoice } from "../cells/choices.js";
import type { TextBlock } from "../model.js";
import { TEXT_SECTION_CHOICE } from "../schema.js";
import { dataRows, type RowReader } from "./rows.js";

export function readTexts(rr: RowReader | undefined): TextBlock[] {
  if (!rr) return [];
  const out: TextBlock[] = [];
  for (const r of dataRows(rr)) {
    const section = rr.take(
      r,
      "textSection",
      parseChoice(rr.raw(r, "textSection"), TEXT_SECTION_CHOICE),
    );
    const body = rr.long(r, "textBody");
    if (!section?.key || !body) continue;
    out.push({ row: r, section: section.key, heading: rr.text(r, "textHeading"), body });
  }
  return out;
}
