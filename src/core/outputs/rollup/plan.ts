/**
 * The roll-up as an archive plan: the summary, one tab per common indicator, the award,
 * funding and membership tallies, and the notes (matches by label to confirm, unreadable
 * files with their message, missing tabs, open problems). Pure data: the archive's XLSX
 * writer writes it, rows produced as they are written.
 */

import { ROLLUP } from "../../i18n/rollup.js";
import { SCHOOL_LEVEL_LABELS, SEVERITY_LABELS } from "../../vocabulary/vi.js";
import type { ArchivePlan } from "../archive.js";
import type { NoteKind, Rollup } from "./accumulate.js";
import {
  padded,
  type RollupCell,
  type RollupSheet,
  sheet,
  text,
  traceText,
  wrapped,
} from "./cells.js";
import { indicatorSheet } from "./indicator-sheet.js";
import { isCommon } from "./match.js";
import type { SchoolSummary } from "./record.js";
import {
  awardsSheet,
  fundingSheet,
  membersSheet,
  schoolOrder,
  summarySheet,
} from "./tally-sheets.js";

export interface RollupNotes {
  readonly madeAt: Date;
  readonly version: string;
}

/** Hours east of UTC of Vietnam (no daylight saving). */
const VIETNAM_OFFSET_MS = 7 * 3600 * 1000;

const NOTE_WIDTH = 7;

/**
 * A section of the notes tab: its title row, header row and rows. The rows are produced
 * while the tab is written (a thousand schools' problems and matches are read from the
 * store); `count` is how many there are.
 */
interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly count: number;
  readonly rows: () => Iterable<RollupCell[]>;
}

function noteRow(cells: readonly RollupCell[]): RollupCell[] {
  return padded([...cells], NOTE_WIDTH);
}

function* matchRows(r: Rollup, kind: NoteKind): Iterable<RollupCell[]> {
  for (const n of r.notes(kind)) {
    const school = r.schools[n.member.school]!;
    const withSchool = r.schools[n.with.school]!;
    yield noteRow([
      text(SCHOOL_LEVEL_LABELS[school.level]),
      wrapped(`${n.withCode} — ${n.withLabel} (${withSchool.name})`),
      wrapped(school.name),
      text(school.file),
      text(n.code),
      wrapped(n.label),
      text(traceText(n.target)),
    ]);
  }
}

/** A school's problems beyond those kept: counted, not listed. */
const moreOf = (s: SchoolSummary) => s.errorCount + s.warningCount - s.problemCount;

function* problemRows(r: Rollup, order: readonly number[]): Iterable<RollupCell[]> {
  for (const k of order) {
    const s = r.schools[k]!;
    if (s.problemCount === 0 && moreOf(s) <= 0) continue;
    for (const p of r.detail(k).problems) {
      yield noteRow([
        text(s.file),
        wrapped(s.name),
        text(SEVERITY_LABELS[p.severity]),
        text(p.tab),
        text(p.cell),
        wrapped(p.message),
      ]);
    }
    const more = moreOf(s);
    if (more > 0) {
      yield noteRow([
        text(s.file),
        wrapped(s.name),
        text(""),
        text(""),
        text(""),
        text(ROLLUP.moreProblems(more)),
      ]);
    }
  }
}

function aboutSection(r: Rollup, notes: RollupNotes): Section {
  const local = new Date(notes.madeAt.getTime() + VIETNAM_OFFSET_MS);
  const rows = [
    noteRow([text(ROLLUP.madeAt), { v: local, f: "dateTime" }]),
    noteRow([text(ROLLUP.version), text(notes.version)]),
    noteRow([text(ROLLUP.filesRead), { v: r.schools.length, f: "integer" }]),
    noteRow([text(ROLLUP.filesFailed), { v: r.failures.length, f: "integer" }]),
    noteRow([text(ROLLUP.rules), wrapped(ROLLUP.rulesText)]),
    noteRow([text(ROLLUP.judgementNote), wrapped(ROLLUP.judgementText)]),
  ];
  return {
    title: ROLLUP.about,
    header: [ROLLUP.item, ROLLUP.message],
    count: rows.length,
    rows: () => rows,
  };
}

function sections(r: Rollup, notes: RollupNotes): Section[] {
  const matchHeader = [
    ROLLUP.level,
    ROLLUP.matchedAs,
    ROLLUP.unit,
    ROLLUP.file,
    ROLLUP.codeInFile,
    ROLLUP.labelInFile,
    ROLLUP.cell,
  ];
  const order = schoolOrder(r);
  const missing = order.map((k) => r.schools[k]!).filter((s) => s.missingTabs.length > 0);
  const problems = order.reduce((n, k) => {
    const s = r.schools[k]!;
    return n + s.problemCount + (moreOf(s) > 0 ? 1 : 0);
  }, 0);
  return [
    aboutSection(r, notes),
    {
      title: ROLLUP.failures,
      header: [ROLLUP.file, ROLLUP.reason],
      count: r.failures.length,
      rows: () => r.failures.map((f) => noteRow([text(f.file), wrapped(f.message)])),
    },
    {
      title: ROLLUP.labelMatches,
      header: matchHeader,
      count: r.noteCounts.byLabel,
      rows: () => matchRows(r, "byLabel"),
    },
    {
      title: ROLLUP.codeLabelDiffers,
      header: matchHeader,
      count: r.noteCounts.codeLabelDiffers,
      rows: () => matchRows(r, "codeLabelDiffers"),
    },
    {
      title: ROLLUP.missingTabsTitle,
      header: [ROLLUP.unit, ROLLUP.file, ROLLUP.missingTabs],
      count: missing.length,
      rows: () =>
        missing.map((s) =>
          noteRow([wrapped(s.name), text(s.file), text(s.missingTabs.join(", "))]),
        ),
    },
    {
      title: ROLLUP.openErrors,
      header: [ROLLUP.file, ROLLUP.unit, ROLLUP.severity, ROLLUP.tab, ROLLUP.cell, ROLLUP.message],
      count: problems,
      rows: () => problemRows(r, order),
    },
  ];
}

function notesSheet(r: Rollup, notes: RollupNotes): RollupSheet {
  const all = sections(r, notes);
  // Each section: its title, header, rows (or one "none" row) and a blank row.
  const headerRows: number[] = [];
  let rowCount = 2;
  for (const s of all) {
    headerRows.push(rowCount + 1);
    rowCount += 3 + Math.max(s.count, 1);
  }
  return sheet(
    ROLLUP.notesTab,
    Array.from({ length: NOTE_WIDTH }, () => ""),
    [26, 40, 30, 22, 12, 40, 14],
    rowCount,
    function* () {
      yield noteRow([text(ROLLUP.notesTitle)]);
      yield noteRow([]);
      for (const s of all) {
        yield noteRow([text(s.title)]);
        yield noteRow(s.header.map(text));
        if (s.count === 0) yield noteRow([text(ROLLUP.none)]);
        else yield* s.rows();
        yield noteRow([]);
      }
    },
    { headerRows },
  );
}

/** The roll-up's sheets in order: summary, common indicators, tallies, notes. */
export function rollupSheets(r: Rollup, notes: RollupNotes): RollupSheet[] {
  const levels = new Set(r.schools.map((s) => s.level));
  const common = r.groups
    .map((g, k) => ({ g, k }))
    .filter(({ g }) => isCommon(g, r.schools.length));
  return [
    summarySheet(r),
    ...common.map(({ k }) => indicatorSheet(r, k, levels.size > 1)),
    awardsSheet(r),
    fundingSheet(r),
    membersSheet(r),
    notesSheet(r, notes),
  ];
}

/** An archive plan whose sheets' cells carry their origin. */
export interface RollupPlan extends ArchivePlan {
  readonly sheets: readonly RollupSheet[];
}

export function rollupPlan(r: Rollup, notes: RollupNotes): RollupPlan {
  const sheets = rollupSheets(r, notes);
  return {
    sheets,
    totalRows: sheets.reduce((n, s) => n + s.rowCount, 0),
    properties: {
      title: ROLLUP.title(r.schools.length),
      subject: ROLLUP.subject,
      author: "tongket",
      keywords: ROLLUP.keywords,
      description: `tongket ${notes.version}`,
    },
  };
}
