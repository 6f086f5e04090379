/**
 * The roll-up as an archive plan: the summary, one tab per common indicator, the award,
 * funding and membership tallies, and the notes (matches by label to confirm, unreadable
 * files with their message, missing tabs, open problems). Pure data: the archive's XLSX
 * writer writes it, rows produced as they are written.
 */

import { ROLLUP } from "../../../src/core/i18n/rollup.js";
import type { ArchivePlan } from "../../../src/core/outputs/archive.js";
import { SCHOOL_LEVEL_LABELS, SEVERITY_LABELS } from "../../../src/core/vocabulary/vi.js";
import type { Rollup } from "./accumulate.js";
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
import { isCommon, type MatchNote } from "./match.js";
import { traceOf } from "./record.js";
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

/** A section of the notes tab: its title row, header row and rows. */
interface Section {
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: readonly RollupCell[][];
}

function noteRow(cells: readonly RollupCell[]): RollupCell[] {
  return padded([...cells], NOTE_WIDTH);
}

function matchRows(r: Rollup, notes: readonly MatchNote[]): RollupCell[][] {
  return notes.map((n) => {
    const school = r.schools[n.member.school]!;
    const ind = school.indicators[n.member.indicator]!;
    const withSchool = r.schools[n.with.school]!;
    const withInd = withSchool.indicators[n.with.indicator]!;
    return noteRow([
      text(SCHOOL_LEVEL_LABELS[school.level]),
      wrapped(`${withInd.code} — ${withInd.label} (${withSchool.name})`),
      wrapped(school.name),
      text(school.file),
      text(ind.code),
      wrapped(ind.label),
      text(traceText(traceOf(ind.target))),
    ]);
  });
}

function problemRows(r: Rollup, order: readonly number[]): RollupCell[][] {
  return order.flatMap((k) => {
    const s = r.schools[k]!;
    const rows = s.problems.map((p) =>
      noteRow([
        text(s.file),
        wrapped(s.name),
        text(SEVERITY_LABELS[p.severity]),
        text(p.tab),
        text(p.cell),
        wrapped(p.message),
      ]),
    );
    const more = s.errorCount + s.warningCount - s.problems.length;
    if (more > 0)
      rows.push(
        noteRow([
          text(s.file),
          wrapped(s.name),
          text(""),
          text(""),
          text(""),
          text(ROLLUP.moreProblems(more)),
        ]),
      );
    return rows;
  });
}

function sections(r: Rollup, notes: RollupNotes): Section[] {
  const local = new Date(notes.madeAt.getTime() + VIETNAM_OFFSET_MS);
  const matchHeader = [
    ROLLUP.level,
    ROLLUP.matchedAs,
    ROLLUP.unit,
    ROLLUP.file,
    ROLLUP.codeInFile,
    ROLLUP.labelInFile,
    ROLLUP.cell,
  ];
  const none = [noteRow([text(ROLLUP.none)])];
  const orEmpty = (rows: RollupCell[][]) => (rows.length > 0 ? rows : none);
  const order = schoolOrder(r);
  const problems = problemRows(r, order);
  return [
    {
      title: ROLLUP.about,
      header: [ROLLUP.item, ROLLUP.message],
      rows: [
        noteRow([text(ROLLUP.madeAt), { v: local, f: "dateTime" }]),
        noteRow([text(ROLLUP.version), text(notes.version)]),
        noteRow([text(ROLLUP.filesRead), { v: r.schools.length, f: "integer" }]),
        noteRow([text(ROLLUP.filesFailed), { v: r.failures.length, f: "integer" }]),
        noteRow([text(ROLLUP.rules), wrapped(ROLLUP.rulesText)]),
        noteRow([text(ROLLUP.judgementNote), wrapped(ROLLUP.judgementText)]),
      ],
    },
    {
      title: ROLLUP.failures,
      header: [ROLLUP.file, ROLLUP.reason],
      rows: orEmpty(r.failures.map((f) => noteRow([text(f.file), wrapped(f.message)]))),
    },
    { title: ROLLUP.labelMatches, header: matchHeader, rows: orEmpty(matchRows(r, r.byLabel)) },
    {
      title: ROLLUP.codeLabelDiffers,
      header: matchHeader,
      rows: orEmpty(matchRows(r, r.codeLabelDiffers)),
    },
    {
      title: ROLLUP.missingTabsTitle,
      header: [ROLLUP.unit, ROLLUP.file, ROLLUP.missingTabs],
      rows: orEmpty(
        order
          .map((k) => r.schools[k]!)
          .filter((s) => s.missingTabs.length > 0)
          .map((s) => noteRow([wrapped(s.name), text(s.file), text(s.missingTabs.join(", "))])),
      ),
    },
    {
      title: ROLLUP.openErrors,
      header: [ROLLUP.file, ROLLUP.unit, ROLLUP.severity, ROLLUP.tab, ROLLUP.cell, ROLLUP.message],
      rows: orEmpty(problems),
    },
  ];
}

function notesSheet(r: Rollup, notes: RollupNotes): RollupSheet {
  const all = sections(r, notes);
  const rows: RollupCell[][] = [noteRow([text(ROLLUP.notesTitle)]), noteRow([])];
  const headerRows: number[] = [];
  for (const s of all) {
    rows.push(noteRow([text(s.title)]));
    headerRows.push(rows.length);
    rows.push(noteRow(s.header.map(text)));
    rows.push(...s.rows, noteRow([]));
  }
  return sheet(
    ROLLUP.notesTab,
    Array.from({ length: NOTE_WIDTH }, () => ""),
    [26, 40, 30, 22, 12, 40, 14],
    rows.length,
    () => rows,
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
