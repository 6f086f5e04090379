/** Membership: the latest figure of each item, snapshots per period, and their totals checked. */

import { at, issue, type Problem } from "../base/problems.js";
import { CORE_MESSAGES, MESSAGES } from "../i18n/messages.js";
import { formatNumber } from "../workbook/format.js";
import type { Workbook } from "../workbook/model.js";
import { type MemberItemKey, tabDef } from "../workbook/schema.js";
import type { MembershipSummary } from "./verdict.js";

interface Snapshot {
  period: string;
  figures: Partial<Record<MemberItemKey, number>>;
  cells: Partial<Record<MemberItemKey, string>>;
}

type Latest = Record<string, { count?: number; value: string; period: string; sortKey: string }>;

/** Items that are part of the total: none may be above it. */
const PARTS_OF_TOTAL = [
  "official",
  "probationary",
  "university",
  "itCertificate",
  "excellentMembers",
  "goodMembers",
] as const;

/** Chính thức + dự bị must make the total; no part may exceed it. Errors at their cells. */
function checkSnapshot(s: Snapshot, tab: string, problems: Problem[]): void {
  const { total, official, probationary } = s.figures;
  if (
    total !== undefined &&
    official !== undefined &&
    probationary !== undefined &&
    official + probationary !== total
  ) {
    const message = MESSAGES.membersDontAdd(official, probationary, total);
    problems.push(at(tab, s.cells.total ?? "", issue("error", "members-dont-add", message)));
  }
  for (const k of PARTS_OF_TOTAL) {
    const v = s.figures[k];
    if (total !== undefined && v !== undefined && v > total) {
      const message = CORE_MESSAGES.membersOverTotal(formatNumber(v), formatNumber(total));
      problems.push(at(tab, s.cells[k] ?? "", issue("error", "members-over-total", message)));
    }
  }
}

function namesOf(names: string | undefined): string[] {
  return (names ?? "")
    .split(/[;,\n]+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function summariseMembership(w: Workbook, problems: Problem[]): MembershipSummary {
  const tab = w.layouts.members?.name ?? tabDef("members").name;
  const latest: Latest = {};
  const byPeriod = new Map<string, Snapshot>();
  const admitted: { name: string; period: string }[] = [];
  const cellRatings: { period: string; rating: string }[] = [];
  for (const m of w.members) {
    if (!m.item) continue;
    const prev = latest[m.item];
    if (!prev || prev.sortKey <= m.period.sortKey) {
      const { count, value } = m;
      latest[m.item] = { count, value, period: m.period.text, sortKey: m.period.sortKey };
    }
    if (m.count !== undefined) {
      const s = byPeriod.get(m.period.sortKey) ?? { period: m.period.text, figures: {}, cells: {} };
      s.figures[m.item] = m.count;
      s.cells[m.item] = m.valueCell;
      byPeriod.set(m.period.sortKey, s);
    }
    if (m.item === "admitted") {
      for (const name of namesOf(m.names)) admitted.push({ name, period: m.period.text });
    }
    if (m.item === "cellRating" && m.value)
      cellRatings.push({ period: m.period.text, rating: m.value });
  }
  const snapshots = [...byPeriod.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, s]) => s);
  for (const s of snapshots) checkSnapshot(s, tab, problems);
  cellRatings.sort((a, b) => a.period.localeCompare(b.period));
  const latestOut: MembershipSummary["latest"] = Object.fromEntries(
    Object.entries(latest).map(([k, { sortKey: _s, ...v }]) => [k, v]),
  );
  return {
    latest: latestOut,
    snapshots: snapshots.map(({ period, figures }) => ({ period, figures })),
    admitted,
    cellRatings,
  };
}
