/**
 * The committee's short draft of the roll-up, in the report draft's tree (the DOCX and
 * Markdown writers write it): how many units met each common target, which fell short and
 * where. Every figure is quoted as typed, with its file and cell; a missing result is a
 * visible placeholder naming its cell, never a number.
 */

import { DRAFT } from "../../../src/core/i18n/messages.js";
import { ROLLUP_DRAFT } from "../../../src/core/i18n/rollup.js";
import type { Judgement } from "../../../src/core/judge/evaluate.js";
import { dateParts } from "../../../src/core/outputs/draft/build.js";
import type { Block, Draft, Run } from "../../../src/core/outputs/draft/model.js";
import type { SchoolLevelKey } from "../../../src/core/vocabulary/keys.js";
import { SCHOOL_LEVEL_LABELS } from "../../../src/core/vocabulary/vi.js";
import type { Rollup } from "./accumulate.js";
import { traceText } from "./cells.js";
import { type IndicatorGroup, isCommon } from "./match.js";
import { type RollupFigure, type RollupIndicator, type SchoolRecord, traceOf } from "./record.js";

const plain = (t: string): Run => ({ text: t });
const missing = (t: string): Run => ({ text: t, missing: true });

const ROMAN = ["I.", "II.", "III.", "IV."] as const;

interface Entry {
  readonly school: SchoolRecord;
  readonly indicator: RollupIndicator;
}

function entriesOf(r: Rollup, g: IndicatorGroup): Entry[] {
  return g.members.map((m) => {
    const school = r.schools[m.school]!;
    return { school, indicator: school.indicators[m.indicator]! };
  });
}

function tally(entries: readonly Entry[]): Record<Judgement, number> {
  const t: Record<Judgement, number> = { exceeded: 0, met: 0, notMet: 0, noData: 0, noTarget: 0 };
  for (const e of entries) t[e.indicator.judgement]++;
  return t;
}

/** "Chỉ tiêu!F5" of a school's file, as the draft names a cell. */
function where(s: SchoolRecord, f: RollupFigure | undefined): string {
  const t = traceText(traceOf(f));
  return t ? `${s.file} ${t}` : s.file;
}

function targetText(e: Entry): string {
  const t = e.indicator.target;
  return t.text || ROLLUP_DRAFT.noTargetText(where(e.school, t));
}

/** Where one school fell short of one indicator: the years judged "chưa đạt", or the term. */
function shortfalls(e: Entry): Run[] {
  const i = e.indicator;
  const out: string[] = [];
  if (i.termResult && i.termResult.judgement === "notMet") {
    out.push(
      ROLLUP_DRAFT.termShort(
        i.label,
        i.termResult.text,
        targetText(e),
        where(e.school, i.termResult),
      ),
    );
  }
  i.years.forEach((y, k) => {
    if (y.judgement !== "notMet") return;
    const year = e.school.schoolYears[k]!;
    const result = y.text || ROLLUP_DRAFT.noResult(where(e.school, y));
    out.push(ROLLUP_DRAFT.yearShort(i.label, year, result, targetText(e), where(e.school, y)));
  });
  return out.length > 0 ? [plain(out.join("; "))] : [];
}

/** The groups common to two schools or more, by the level of their first school. */
function commonByLevel(r: Rollup): Map<SchoolLevelKey, IndicatorGroup[]> {
  const byLevel = new Map<SchoolLevelKey, IndicatorGroup[]>();
  for (const g of r.groups) {
    if (!isCommon(g, r.schools.length)) continue;
    // Indicators only tracked (no target in any school) have nothing to meet.
    if (entriesOf(r, g).every((e) => e.indicator.judgement === "noTarget")) continue;
    const level = g.levels[0]!;
    byLevel.set(level, [...(byLevel.get(level) ?? []), g]);
  }
  return byLevel;
}

function resultBlocks(r: Rollup, byLevel: Map<SchoolLevelKey, IndicatorGroup[]>): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 2, number: ROMAN[0], text: ROLLUP_DRAFT.partResults },
  ];
  if (byLevel.size === 0) {
    blocks.push({ kind: "paragraph", runs: [plain(ROLLUP_DRAFT.noCommon)] });
    return blocks;
  }
  let n = 0;
  for (const [level, groups] of byLevel) {
    if (byLevel.size > 1) {
      blocks.push({
        kind: "heading",
        level: 3,
        number: `${++n}.`,
        text: ROLLUP_DRAFT.levelHeading(SCHOOL_LEVEL_LABELS[level]),
      });
    }
    const rows = groups.map((g) => {
      const entries = entriesOf(r, g);
      const t = tally(entries);
      const first = entries[0]!.indicator;
      const judged = entries.length - t.noTarget;
      return [
        [plain(`${first.code} — ${first.label}`)],
        [plain(`${t.met + t.exceeded}/${judged}`)],
        [plain(String(t.exceeded))],
        [plain(String(t.notMet))],
        [plain(String(t.noData))],
      ];
    });
    blocks.push({
      kind: "table",
      header: [...ROLLUP_DRAFT.tableHeader],
      rows,
      widths: [6, 2, 2, 2, 2],
    });
  }
  return blocks;
}

function shortBlocks(r: Rollup, byLevel: Map<SchoolLevelKey, IndicatorGroup[]>): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 2, number: ROMAN[1], text: ROLLUP_DRAFT.partShort },
  ];
  const bySchool = new Map<number, Run[][]>();
  for (const groups of byLevel.values()) {
    for (const g of groups) {
      for (const m of g.members) {
        const school = r.schools[m.school]!;
        const runs = shortfalls({ school, indicator: school.indicators[m.indicator]! });
        if (runs.length > 0) bySchool.set(m.school, [...(bySchool.get(m.school) ?? []), runs]);
      }
    }
  }
  if (bySchool.size === 0)
    blocks.push({ kind: "paragraph", runs: [plain(ROLLUP_DRAFT.noneShort)] });
  for (const [k, list] of [...bySchool.entries()].sort((a, b) => a[0] - b[0])) {
    const school = r.schools[k]!;
    const runs: Run[] = [{ text: `${school.name}: `, bold: true }];
    list.forEach((l, i) => {
      if (i > 0) runs.push(plain("; "));
      runs.push(...l);
    });
    blocks.push({ kind: "bullet", runs });
  }
  return blocks;
}

/** Common indicators a school has no figure for: each a placeholder naming the empty cell. */
function gapRuns(r: Rollup, byLevel: Map<SchoolLevelKey, IndicatorGroup[]>): Block[] {
  const blocks: Block[] = [];
  for (const groups of byLevel.values()) {
    for (const g of groups) {
      for (const e of entriesOf(r, g)) {
        if (e.indicator.judgement !== "noData") continue;
        const empty = e.indicator.years.filter((y) => y.text === "" && y.at !== undefined);
        const runs: Run[] = [plain(`${e.school.name} — ${e.indicator.label}: `)];
        if (empty.length === 0) runs.push(missing(ROLLUP_DRAFT.noResult(e.school.file)));
        empty.forEach((y, i) => {
          if (i > 0) runs.push(plain(", "));
          runs.push(missing(ROLLUP_DRAFT.noResult(where(e.school, y))));
        });
        blocks.push({ kind: "bullet", runs });
      }
    }
  }
  return blocks;
}

function noteBlocks(r: Rollup, byLevel: Map<SchoolLevelKey, IndicatorGroup[]>): Block[] {
  const blocks: Block[] = [
    { kind: "heading", level: 2, number: ROMAN[2], text: ROLLUP_DRAFT.partNotes },
  ];
  if (r.byLabel.length > 0) {
    blocks.push({ kind: "bullet", runs: [plain(ROLLUP_DRAFT.labelMatches(r.byLabel.length))] });
  }
  const withErrors = r.schools.filter((s) => s.errorCount > 0);
  if (withErrors.length > 0) {
    const errors = withErrors.reduce((n, s) => n + s.errorCount, 0);
    blocks.push({
      kind: "bullet",
      runs: [plain(ROLLUP_DRAFT.openErrors(withErrors.length, errors))],
    });
  }
  blocks.push(...gapRuns(r, byLevel));
  if (blocks.length === 1) {
    blocks.push({ kind: "paragraph", runs: [plain(ROLLUP_DRAFT.nothingToNote)] });
  }
  return blocks;
}

/** The committee: the superior body the schools name, when they all name the same one. */
function committee(r: Rollup): Run[] {
  const names = new Set(r.schools.map((s) => s.superiorCommittee ?? s.superiorBody ?? ""));
  const [only] = [...names];
  return names.size === 1 && only
    ? [plain(only.toLocaleUpperCase("vi"))]
    : [missing(ROLLUP_DRAFT.issuingPlaceholder)];
}

/** The draft of a roll-up made at `madeAt` (its date line; the place is left for the committee). */
export function rollupDraft(r: Rollup, madeAt: Date): Draft {
  // The date in Vietnam, as HD 36 writes it ("ngày 02 tháng 12 năm 2026").
  const local = new Date(madeAt.getTime() + 7 * 3600 * 1000).toISOString().slice(0, 10);
  const byLevel = commonByLevel(r);
  const intro: Block[] = [
    { kind: "paragraph", runs: [plain(ROLLUP_DRAFT.intro(r.schools.length, r.failures.length))] },
  ];
  if (r.failures.length > 0) {
    const files = r.failures.map((f) => f.file).join(", ");
    intro.push({ kind: "paragraph", runs: [plain(ROLLUP_DRAFT.failedList(files))] });
  }
  return {
    layout: "party",
    header: {
      superiorBody: [missing(ROLLUP_DRAFT.superiorPlaceholder)],
      issuingBody: committee(r),
      numberLine: ROLLUP_DRAFT.numberLine,
      party: DRAFT.party,
      placeDate: [{ text: DRAFT.placeDate("", ...dateParts(local.split("-"))), italic: true }],
    },
    title: ROLLUP_DRAFT.title,
    summaryLines: [ROLLUP_DRAFT.subtitle],
    blocks: [
      ...intro,
      ...resultBlocks(r, byLevel),
      ...shortBlocks(r, byLevel),
      ...noteBlocks(r, byLevel),
    ],
    recipients: { label: ROLLUP_DRAFT.recipientsLabel, lines: [...ROLLUP_DRAFT.recipients] },
    signature: {
      onBehalf: ROLLUP_DRAFT.onBehalf,
      title: ROLLUP_DRAFT.signerTitle,
      name: [missing(ROLLUP_DRAFT.signer)],
    },
    images: [],
  };
}
