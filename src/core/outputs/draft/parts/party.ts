/** Membership, the cell's changes and ratings, and funding. */
import { DRAFT } from "../../../i18n/messages.js";
import type { Analysis } from "../../../judge/analyse.js";
import { FUNDING_SOURCE_LABELS, MEMBER_ITEMS, TAB_NAMES } from "../../../vocabulary/vi.js";
import { formatMoney, formatNumber } from "../../../workbook/format.js";
import type { Run } from "../model.js";
import type { Outline } from "../outline.js";
import { lowerStart, missingRun, placeholderTab, upperFirst } from "../sentences.js";

const plain = (text: string): Run => ({ text });

export function membership(o: Outline, a: Analysis): void {
  const m = a.evaluation.membership;
  const tab = placeholderTab(a.workbook.layouts.members?.name ?? TAB_NAMES.members);
  const n = (k: keyof typeof MEMBER_ITEMS) => m.latest[k]?.count;
  const total = n("total");
  const official = n("official");
  const probationary = n("probationary");
  const split = official !== undefined && probationary !== undefined;
  o.paragraph([
    ...(total === undefined ? [missingRun(tab, "")] : [plain(DRAFT.members(formatNumber(total)))]),
    ...(split
      ? [plain(` ${DRAFT.membersSplit(formatNumber(official), formatNumber(probationary))}`)]
      : []),
    ...(split && total !== undefined && official + probationary !== total
      ? [membersDontAdd(tab)]
      : []),
  ]);
  const items = [
    "university",
    "politicalTraining",
    "itCertificate",
    "excellentMembers",
    "goodMembers",
  ] as const;
  for (const k of items) {
    const latest = m.latest[k];
    if (latest?.count === undefined) continue;
    const entry = a.workbook.members.find((e) => e.item === k && e.period.text === latest.period);
    const names = entry?.names
      ? DRAFT.memberNames(entry.names.split(/\s*[;,\n]\s*/).filter(Boolean))
      : "";
    o.bullet([plain(`${DRAFT.memberItem(MEMBER_ITEMS[k], formatNumber(latest.count))}${names}.`)]);
  }
  if (m.latest.total)
    o.paragraph([{ text: DRAFT.memberPeriod(m.latest.total.period), italic: true }]);
}

/**
 * The sheet contradicts itself (chính thức + dự bị ≠ tổng số): said in bold where the figures
 * are printed, as a stated funding total that differs is (the problem list names the cell).
 */
function membersDontAdd(tab: string): Run {
  return { text: DRAFT.membersDontAdd(tab), bold: true };
}

export function partyChanges(o: Outline, a: Analysis): void {
  const m = a.evaluation.membership;
  if (m.admitted.length) {
    o.bullet([
      plain(
        DRAFT.admitted(m.admitted.map((p) => DRAFT.admittedPerson(p.name, p.period)).join(", ")),
      ),
    ]);
  }
  if (m.cellRatings.length) {
    const byRating = new Map<string, string[]>();
    for (const r of m.cellRatings)
      byRating.set(r.rating, [...(byRating.get(r.rating) ?? []), r.period]);
    o.bullet([
      plain(
        DRAFT.cellRatings(
          [...byRating.entries()].map(([r, ps]) => DRAFT.cellRating(ps.join(", "), r)).join("; "),
        ),
      ),
    ]);
  }
}

type FundingGroup = Analysis["evaluation"]["funding"]["groups"][number];

/** "ngân sách nhà nước 886.421.000 đồng; xã hội hoá …" of a group, when it has several sources. */
function sourcesOf(g: FundingGroup): string[] {
  return Object.entries(g.bySource)
    .filter(([, n]) => n !== undefined)
    .map(([k, n]) =>
      DRAFT.fundingSource(
        FUNDING_SOURCE_LABELS[
          k === "other" ? "other" : (k as keyof typeof FUNDING_SOURCE_LABELS)
        ].toLowerCase(),
        formatMoney(n ?? 0),
      ).trim(),
    );
}

export function funding(o: Outline, a: Analysis): void {
  const w = a.workbook;
  for (const g of a.evaluation.funding.groups) {
    const lines = w.funding.filter((l) => l.group === g.group && !l.isStatedTotal);
    const group = g.group || DRAFT.fundingDefaultGroup;
    if (lines.length === 0) {
      // Only a stated total: say it as stated, never a sum of nothing.
      if (g.stated !== undefined)
        o.bullet([plain(DRAFT.funding(formatMoney(g.stated), lowerStart(group), ""))]);
      continue;
    }
    const years = [...new Set(lines.map((l) => l.schoolYear ?? ""))];
    if (years.length > 1 && years.every(Boolean)) {
      const list = years.map((y) => DRAFT.fundingYear(y, formatMoney(g.byYear[y] ?? 0)));
      o.bullet([plain(DRAFT.fundingYears(upperFirst(group), list.join(", "), formatMoney(g.sum)))]);
      continue;
    }
    const sources = sourcesOf(g);
    const runs: Run[] = [
      plain(
        DRAFT.funding(
          formatMoney(g.sum),
          lowerStart(group),
          sources.length > 1 ? sources.join("; ") : "",
        ),
      ),
    ];
    if (g.stated !== undefined && g.stated !== g.sum)
      runs.push({ text: DRAFT.fundingStated(formatMoney(g.stated)), bold: true });
    o.bullet(runs);
  }
  // Several groups: their total, the archive's "Tổng cộng", said too, so the two agree.
  const f = a.evaluation.funding;
  if (f.groups.filter((g) => g.sum !== 0).length > 1)
    o.bullet([plain(DRAFT.fundingTotal(formatMoney(f.total)))]);
}
