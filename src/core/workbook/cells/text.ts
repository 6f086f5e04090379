/** Text cells: plain text (one line) and long text (line breaks kept). */

import { BoundedCache } from "../../base/cache.js";
import { cleanText } from "../../base/text.js";
import { FIGURE_WORDS } from "../../vocabulary/vi.js";
import { formatPeriodDate } from "./periods.js";
import { type CellValue, isParsed, NOTHING, type Parsed, prelude } from "./value.js";

/**
 * Parses of text cells. The readers look at each text cell several times (is the row blank?
 * its text? its figure?), and sheets repeat the same texts.
 */
const TEXT_MEMO = new BoundedCache<string, Parsed<string>>(100_000);

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
