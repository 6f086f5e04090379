/** Staff-written paragraphs of "Nội dung", placed by key. */
import { DRAFT } from "../../../i18n/messages.js";
import { TAB_NAMES, TEXT_SECTIONS } from "../../../vocabulary/vi.js";
import type { Workbook } from "../../../workbook/model.js";
import type { TextSectionKey } from "../../../workbook/schema.js";
import type { Run } from "../model.js";
import type { Content, Outline } from "../outline.js";
import { placeholderTab } from "../sentences.js";

const plain = (text: string): Run => ({ text });

/** The lines of a key's texts, list marks stripped, a heading joined to its first line. */
export function textsOf(w: Workbook, section: TextSectionKey): string[] {
  return w.texts
    .filter((t) => t.section === section)
    .flatMap((t) =>
      t.body
        .split(/\n+/)
        .map((line) => line.replace(/^[\s\-–•+*]+/, "").trim())
        .filter(Boolean)
        .map((line, k) => (k === 0 && t.heading ? `${t.heading}: ${line}` : line)),
    );
}

/** Staff text of a section as bullets; a visible placeholder when there is none. */
function bullets(o: Outline, w: Workbook, section: TextSectionKey, required: boolean): void {
  const lines = textsOf(w, section);
  for (const line of lines) o.bullet([plain(line)]);
  if (lines.length === 0 && required) {
    o.bullet([
      {
        text: DRAFT.missingText(
          placeholderTab(w.layouts.texts?.name ?? TAB_NAMES.texts),
          TEXT_SECTIONS[section],
        ),
        missing: true,
      },
    ]);
  }
}

/** One "staff" content: bullets, paragraphs, or "Một là: …" paragraphs. */
export function staffContent(
  o: Outline,
  w: Workbook,
  c: Extract<Content, { fill: "staff" }>,
): void {
  const lines = textsOf(w, c.key);
  if (lines.length > 0 && c.intro) o.paragraph([{ text: c.intro, italic: true }]);
  if (lines.length === 0 || !c.as || c.as === "bullets") {
    bullets(o, w, c.key, !c.optional);
    return;
  }
  lines.forEach((l, k) => {
    const ordinal = c.as === "ordinals" ? DRAFT.ordinals[k] : undefined;
    o.paragraph(ordinal ? [{ text: `${ordinal}: `, bold: true }, plain(l)] : [plain(l)]);
  });
}
