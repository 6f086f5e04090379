/**
 * The indicator sections of a kind that goes section by section (the school-year report, the
 * mid-term review): one heading per section of the list, then one per section the school
 * added ("Công tác bán trú"), then the rows with no section — each only when it has something.
 */
import { DRAFT } from "../../../i18n/messages.js";
import type { SectionKey } from "../../../workbook/schema.js";
import type { OutlineEntry, SectionFill } from "../outline.js";
import { SECTION_ORDER } from "../parts/indicators.js";

/** The heading of each section of the list, as a report names the field. */
export const SECTION_HEADINGS: Readonly<Record<SectionKey, string>> = {
  politics: DRAFT.politics,
  universal: DRAFT.universal,
  quality: DRAFT.quality,
  staff: DRAFT.staff,
  facilities: DRAFT.facilities,
  emulation: DRAFT.emulation,
  party: DRAFT.partyBuilding,
};

/** Every section under its own heading of `level`, shown by `fill`. */
export function sectionEntries(
  level: 3 | 4,
  fill: Exclude<SectionFill, "indicators" | "table">,
): OutlineEntry[] {
  return [
    ...SECTION_ORDER.map(
      (s): OutlineEntry => ({
        level,
        text: SECTION_HEADINGS[s],
        content: [{ fill, sections: [s] }],
        whenFilled: true,
      }),
    ),
    { content: [{ fill: "addedSections", level, fills: [fill] }] },
    {
      level,
      text: DRAFT.otherIndicators,
      content: [{ fill, sections: ["unsorted"] }],
      whenFilled: true,
    },
  ];
}
