/** The indicators' parts of a draft: sentences by section, the target table, next-term targets. */
import { DRAFT } from "../../../i18n/messages.js";
import type { IndicatorVerdict } from "../../../judge/evaluate.js";
import { SECTION_KEYS } from "../../../vocabulary/keys.js";
import { INDICATOR_SECTIONS, JUDGEMENT_LABELS } from "../../../vocabulary/vi.js";
import type { SectionKey } from "../../../workbook/schema.js";
import { shortfallText } from "../../shortfall.js";
import type { Run } from "../model.js";
import type { Outline, SectionRef } from "../outline.js";
import {
  compoundRuns,
  families,
  hasContent,
  lowerStart,
  nextTargetRuns,
  notMetRuns,
  resultRuns,
  type SentenceContext,
  targetRuns,
} from "../sentences.js";

const plain = (text: string): Run => ({ text });

/** The sections of the list, in the order of the report (the order the keys are declared in). */
export const SECTION_ORDER: readonly SectionKey[] = SECTION_KEYS;

/**
 * The verdicts of some sections, in sheet order. "other": every row outside the list (added
 * by the school or with none typed); "unsorted": rows whose "Mục" is empty.
 */
export function inSections(
  verdicts: readonly IndicatorVerdict[],
  sections: readonly SectionRef[],
): IndicatorVerdict[] {
  const known = new Set<string>(SECTION_ORDER);
  return verdicts.filter((v) => {
    const s = v.indicator.section;
    return sections.some((ref) =>
      ref === "other"
        ? !s || !known.has(s)
        : ref === "unsorted"
          ? !s && !v.indicator.sectionText
          : s === ref,
    );
  });
}

/** Sections the school typed outside the list ("Công tác bán trú"), in the order they appear. */
export function addedSectionNames(verdicts: readonly IndicatorVerdict[]): string[] {
  const added = inSections(verdicts, ["other"]).flatMap((v) =>
    v.indicator.sectionText ? [v.indicator.sectionText] : [],
  );
  return [...new Set(added)];
}

/** The verdicts of one added section, in sheet order. */
export function inAddedSection(
  verdicts: readonly IndicatorVerdict[],
  name: string,
): IndicatorVerdict[] {
  return inSections(verdicts, ["other"]).filter((v) => v.indicator.sectionText === name);
}

/** One bullet per indicator group (parents joined with their "trong đó" children). */
export function indicatorBullets(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
): void {
  const shown = verdicts.filter(hasContent);
  // In order of first appearance; looked up by name, since a sheet may have as many groups
  // as rows (a search through the groups made per row was quadratic: the knee at 50 000).
  const groups: IndicatorVerdict[][] = [];
  const byName = new Map<string, IndicatorVerdict[]>();
  for (const v of shown) {
    const g = v.indicator.group;
    const existing = g ? byName.get(g) : undefined;
    if (existing) existing.push(v);
    else {
      const group = [v];
      groups.push(group);
      if (g) byName.set(g, group);
    }
  }
  for (const group of groups) {
    const fams = families(group);
    const runs: Run[] = [];
    const name = group[0]!.indicator.group;
    if (name && fams.length > 1) runs.push({ text: `${name}: `, bold: true });
    fams.forEach((f, k) => {
      if (k > 0) runs.push(plain("; "));
      const part = compoundRuns(ctx, f.parent, f.children);
      if (k > 0 && part[0]) part[0] = { ...part[0], text: lowerStart(part[0].text) };
      runs.push(...part);
    });
    runs.push(plain("."));
    o.bullet(runs);
  }
}

/** "Chưa đạt (năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt)". */
function judgementCell(v: IndicatorVerdict): Run[] {
  const short = shortfallText(v);
  return [
    { text: JUDGEMENT_LABELS[v.term.judgement], bold: v.term.judgement === "notMet" },
    ...(short ? [plain(` (${short})`)] : []),
  ];
}

/** The "Chỉ tiêu đề ra | Kết quả đạt được | Đánh giá" table of a section's targeted indicators. */
export function targetTable(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
): void {
  const rows = verdicts
    .filter((v) => v.term.judgement !== "noTarget" && v.indicator.target.text !== "")
    .map((v) => {
      const i = v.indicator;
      const label = i.parent ? `– ${i.label}` : i.label;
      return [[plain(`${label}: `), ...targetRuns(ctx, i)], resultRuns(ctx, v), judgementCell(v)];
    });
  if (rows.length)
    o.push({ kind: "table", header: DRAFT.tableHeaders, rows, widths: [40, 40, 20] });
}

/** The indicators whose figures fall short, under an italic introduction. */
export function notMet(o: Outline, ctx: SentenceContext, verdicts: readonly IndicatorVerdict[]) {
  const list = verdicts.filter((v) => v.term.judgement === "notMet");
  if (list.length === 0) return;
  o.paragraph([{ text: DRAFT.notMetIntro, italic: true }]);
  for (const v of list) o.bullet(notMetRuns(ctx, v));
}

const SECTION_TITLES: Record<SectionKey, string> = {
  politics: DRAFT.politics,
  universal: DRAFT.universal,
  quality: DRAFT.quality,
  staff: INDICATOR_SECTIONS.staff,
  facilities: DRAFT.facilities,
  emulation: DRAFT.emulation,
  party: INDICATOR_SECTIONS.party,
};

/** Next-term targets grouped by section, each group under its own heading. */
export function nextTargets(
  o: Outline,
  ctx: SentenceContext,
  verdicts: readonly IndicatorVerdict[],
  level: 2 | 3 | 4,
): void {
  const groups: [string, IndicatorVerdict[]][] = [
    ...SECTION_ORDER.map((k): [string, IndicatorVerdict[]] => [k, inSections(verdicts, [k])]),
    ...addedSectionNames(verdicts).map((name): [string, IndicatorVerdict[]] => [
      name,
      inAddedSection(verdicts, name),
    ]),
    // Rows with no "Mục" last, so no next-term target is left out.
    [DRAFT.otherIndicators, inSections(verdicts, ["unsorted"])],
  ];
  for (const [key, here] of groups) {
    const fams = families(here).filter(
      (f) =>
        f.parent.indicator.nextTarget.text !== "" ||
        f.children.some((c) => c.indicator.nextTarget.text !== ""),
    );
    if (fams.length === 0) continue;
    o.heading(level, (SECTION_TITLES as Record<string, string>)[key] ?? key);
    if (key === "quality") o.paragraph([plain(DRAFT.nextYearsIntro)]);
    for (const f of fams) o.bullet(nextTargetRuns(ctx, f.parent, f.children));
  }
}
