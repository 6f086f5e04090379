/**
 * The roll-up's summary tab (per school: how many indicators are vượt / đạt / chưa đạt / chưa
 * có số liệu, open errors) and its tallies: awards per school × school year × level, funding
 * per school and source, membership per school.
 */

import { ROLLUP } from "../../../src/core/i18n/rollup.js";
import { SCHOOL_LEVEL_KEYS } from "../../../src/core/vocabulary/keys.js";
import {
  FUNDING_SOURCE_LABELS,
  JUDGEMENT_LABELS,
  JUDGEMENT_SYMBOLS,
  LEVEL_LABELS,
  MEMBER_ITEMS,
} from "../../../src/core/vocabulary/vi.js";
import type {
  FundingSourceKey,
  LevelKey,
  MemberItemKey,
} from "../../../src/core/workbook/schema.js";
import { LEVEL_ORDER } from "../../../src/core/workbook/schema.js";
import type { Rollup } from "./accumulate.js";
import {
  blank,
  count,
  levelName,
  padded,
  type RollupCell,
  type RollupSheet,
  sheet,
  summed,
  text,
  traceText,
  wrapped,
} from "./cells.js";
import type { Trace } from "./record.js";

/** Schools ordered by level, then name, as every per-school tab lists them. */
export function schoolOrder(r: Rollup): number[] {
  const levels: readonly string[] = SCHOOL_LEVEL_KEYS;
  return r.schools
    .map((_, k) => k)
    .sort(
      (a, b) =>
        levels.indexOf(r.schools[a]!.level) - levels.indexOf(r.schools[b]!.level) ||
        r.schools[a]!.name.localeCompare(r.schools[b]!.name, "vi") ||
        a - b,
    );
}

const COUNTED = ["exceeded", "met", "notMet", "noData"] as const;

export function summarySheet(r: Rollup): RollupSheet {
  const header = [
    ROLLUP.number,
    ROLLUP.unit,
    ROLLUP.level,
    ROLLUP.schoolYears,
    ROLLUP.indicators,
    ...COUNTED.map((j) => `${JUDGEMENT_SYMBOLS[j]} ${JUDGEMENT_LABELS[j]}`),
    ROLLUP.errors,
    ROLLUP.warnings,
    ROLLUP.missingTabs,
    ROLLUP.file,
  ];
  const width = header.length;
  const order = schoolOrder(r);
  return sheet(
    ROLLUP.summaryTab,
    header,
    [5, 36, 11, 24, 9, 11, 11, 11, 11, 9, 9, 18, 28],
    order.length + r.failures.length + 2,
    function* () {
      yield padded([text(ROLLUP.summaryTitle(r.schools.length, r.failures.length))], width);
      yield header.map(text);
      let n = 0;
      for (const k of order) {
        const s = r.schools[k]!;
        yield [
          { v: ++n, f: "integer" },
          wrapped(s.name),
          text(levelName(s)),
          text(s.schoolYears.join(", ")),
          count(s.indicators.length),
          ...COUNTED.map((j) => count(s.counts[j], j)),
          count(s.errorCount, "notMet"),
          count(s.warningCount),
          wrapped(s.missingTabs.join(", ")),
          text(s.file),
        ];
      }
      for (const f of r.failures) {
        yield padded(
          [
            { v: ++n, f: "integer" },
            { v: `✘ ${ROLLUP.failures}`, judgement: "notMet" },
          ],
          width - 1,
        ).concat(text(f.file));
      }
    },
  );
}

const LEVEL_COLUMNS: readonly (LevelKey | "other")[] = [...LEVEL_ORDER, "other"];

/** Cells of several tallies, for the row's total and its "Ô nguồn". */
function joined(traces: readonly Trace[]): Trace | undefined {
  if (traces.length === 0) return undefined;
  return { tab: traces[0]!.tab, cells: traces.flatMap((t) => t.cells) };
}

export function awardsSheet(r: Rollup): RollupSheet {
  const header = [
    ROLLUP.unit,
    ROLLUP.level,
    ROLLUP.schoolYear,
    ...LEVEL_COLUMNS.map((l) => (l === "other" ? ROLLUP.other : LEVEL_LABELS[l])),
    ROLLUP.total,
    ROLLUP.file,
    ROLLUP.cells,
  ];
  const width = header.length;
  const order = schoolOrder(r);
  const rowCount = order.reduce(
    (n, k) => n + new Set(r.schools[k]!.awards.map((a) => a.schoolYear)).size,
    2,
  );
  return sheet(
    ROLLUP.awardsTab,
    header,
    [30, 11, 12, 10, 10, 10, 10, 10, 9, 10, 22, 40],
    rowCount,
    function* () {
      yield padded([text(ROLLUP.awardsTitle)], width);
      yield header.map(text);
      for (const k of order) {
        const s = r.schools[k]!;
        const years = [...new Set(s.awards.map((a) => a.schoolYear))].sort();
        for (const y of years) {
          const tallies = s.awards.filter((a) => a.schoolYear === y);
          const cells: RollupCell[] = [
            wrapped(s.name),
            text(levelName(s)),
            text(y || ROLLUP.noYear),
          ];
          for (const l of LEVEL_COLUMNS) {
            const t = tallies.find((a) => a.level === l);
            cells.push(t ? summed(t.count, { file: s.file, ...t.from }, false) : blank);
          }
          const all = joined(tallies.map((t) => t.from));
          const total = tallies.reduce((n, t) => n + t.count, 0);
          cells.push(all ? summed(total, { file: s.file, ...all }, false) : blank);
          cells.push(text(s.file), wrapped(traceText(all)));
          yield cells;
        }
      }
    },
  );
}

const SOURCE_COLUMNS: readonly (FundingSourceKey | "other")[] = [
  "state",
  "social",
  "local",
  "other",
];

export function fundingSheet(r: Rollup): RollupSheet {
  const header = [
    ROLLUP.unit,
    ROLLUP.level,
    ...SOURCE_COLUMNS.map((k) => FUNDING_SOURCE_LABELS[k]),
    ROLLUP.total,
    ROLLUP.file,
    ROLLUP.cells,
  ];
  const width = header.length;
  const order = schoolOrder(r).filter((k) => r.schools[k]!.funding.length > 0);
  return sheet(
    ROLLUP.fundingTab,
    header,
    [30, 11, 16, 16, 16, 16, 17, 22, 40],
    order.length + 2,
    function* () {
      yield padded([text(ROLLUP.fundingTitle)], width);
      yield header.map(text);
      for (const k of order) {
        const s = r.schools[k]!;
        const cells: RollupCell[] = [wrapped(s.name), text(levelName(s))];
        for (const source of SOURCE_COLUMNS) {
          const t = s.funding.find((f) => f.source === source);
          cells.push(t ? summed(t.amount, { file: s.file, ...t.from }, true) : blank);
        }
        const all = joined(s.funding.map((f) => f.from));
        const total = s.funding.reduce((n, f) => n + f.amount, 0);
        cells.push(all ? summed(total, { file: s.file, ...all }, true) : blank);
        cells.push(text(s.file), wrapped(traceText(all)));
        yield cells;
      }
    },
  );
}

const MEMBER_COLUMNS: readonly MemberItemKey[] = [
  "total",
  "official",
  "probationary",
  "university",
  "politicalTraining",
  "admitted",
  "cellRating",
];

export function membersSheet(r: Rollup): RollupSheet {
  const header = [
    ROLLUP.unit,
    ROLLUP.level,
    ...MEMBER_COLUMNS.map((k) => MEMBER_ITEMS[k]),
    ROLLUP.period,
    ROLLUP.file,
    ROLLUP.cells,
  ];
  const width = header.length;
  const order = schoolOrder(r).filter((k) => r.schools[k]!.members.length > 0);
  return sheet(
    ROLLUP.membersTab,
    header,
    [30, 11, 11, 11, 11, 12, 14, 12, 22, 12, 22, 40],
    order.length + 2,
    function* () {
      yield padded([text(ROLLUP.membersTitle)], width);
      yield header.map(text);
      for (const k of order) {
        const s = r.schools[k]!;
        const cells: RollupCell[] = [wrapped(s.name), text(levelName(s))];
        const used: Trace[] = [];
        for (const item of MEMBER_COLUMNS) {
          const m = s.members.find((x) => x.item === item);
          if (!m) {
            cells.push(blank);
            continue;
          }
          used.push(m.from);
          const from = { file: s.file, ...m.from };
          cells.push(
            m.count !== undefined ? summed(m.count, from, false) : { ...wrapped(m.value), from },
          );
        }
        const total = s.members.find((x) => x.item === "total");
        cells.push(text(total?.period ?? ""), text(s.file), wrapped(traceText(joined(used))));
        yield padded(cells, width);
      }
    },
  );
}
