/**
 * The roll-up built one workbook at a time: each is analysed, reduced to its school's record
 * and dropped. Of the record only the summary stays in memory; its indicators (matched on
 * arrival, against the schools before it), tallies, problems and match notes go to the store,
 * and the sheets read them back a group or a school at a time. Memory then follows the
 * number of schools only through their summaries (a few hundred bytes each).
 */

import { analyse } from "../../judge/analyse.js";
import type { NamedGrid } from "../../workbook/model.js";
import { type IndicatorGroup, Matcher, type MatchNote } from "./match.js";
import {
  type RollupIndicator,
  reduceSchool,
  type SchoolDetail,
  type SchoolRecord,
  type SchoolSummary,
  splitRecord,
} from "./record.js";
import { decodeRecord, encodeRecord, MemoryStore, type RollupStore } from "./store.js";

/** A file that could not be read, with the reader's message. */
export interface RollupFailure {
  readonly file: string;
  readonly message: string;
}

/** One school's indicator of a group, as the store gives it back. */
export interface GroupEntry {
  readonly school: number;
  readonly indicator: number;
  readonly data: RollupIndicator;
}

export type NoteKind = "byLabel" | "codeLabelDiffers";

/** Keys of the store. */
const groupKey = (g: number) => `g${g}`;
const schoolKey = (k: number) => `s${k}`;
const noteKey = (kind: NoteKind) => `n${kind}`;

/** The schools, their matched groups, and the way to what the store holds. */
export interface Rollup {
  /** The schools in the order they were added. */
  readonly schools: readonly SchoolSummary[];
  readonly failures: readonly RollupFailure[];
  readonly groups: readonly IndicatorGroup[];
  readonly noteCounts: Readonly<Record<NoteKind, number>>;
  /** The indicators of group `g`, in the order their schools were added. */
  entries(g: number): GroupEntry[];
  /** School number `k`'s tallies and problems. */
  detail(k: number): SchoolDetail;
  notes(kind: NoteKind): Iterable<MatchNote>;
}

/** Collects schools and failures; {@link RollupAccumulator.result} is the roll-up to write. */
export class RollupAccumulator {
  private readonly schools: SchoolSummary[] = [];
  private readonly failures: RollupFailure[] = [];
  private readonly matcher = new Matcher();
  private readonly noteCounts: Record<NoteKind, number> = { byLabel: 0, codeLabelDiffers: 0 };

  /** `store` keeps what memory does not (the command line spills it to a temporary file). */
  constructor(private readonly store: RollupStore = new MemoryStore()) {}

  /** Analyses one workbook and keeps its record; the grids can be dropped afterwards. */
  addWorkbook(file: string, grids: readonly NamedGrid[]): SchoolSummary {
    return this.addRecord(reduceSchool(file, analyse(grids)));
  }

  /** Keeps a record made elsewhere (a worker, another process): its summary, the rest stored. */
  addRecord(record: SchoolRecord): SchoolSummary {
    const k = this.schools.length;
    const { summary, detail } = splitRecord(record);
    const match = this.matcher.add(k, record.level, record.schoolYears, record.indicators);
    record.indicators.forEach((data, indicator) => {
      const entry: GroupEntry = { school: k, indicator, data };
      this.store.append(groupKey(match.groups[indicator]!), encodeRecord(entry));
    });
    this.store.append(schoolKey(k), encodeRecord(detail));
    for (const kind of ["byLabel", "codeLabelDiffers"] as const) {
      for (const n of match[kind]) this.store.append(noteKey(kind), encodeRecord(n));
      this.noteCounts[kind] += match[kind].length;
    }
    this.schools.push(summary);
    return summary;
  }

  addFailure(file: string, message: string): void {
    this.failures.push({ file, message });
  }

  get count(): number {
    return this.schools.length + this.failures.length;
  }

  /** The roll-up as it stands; it reads the store, which its caller closes once written. */
  result(): Rollup {
    const store = this.store;
    return {
      schools: this.schools,
      failures: this.failures,
      groups: this.matcher.groups(),
      noteCounts: { ...this.noteCounts },
      entries: (g) => [...store.read(groupKey(g))].map((l) => decodeRecord<GroupEntry>(l)),
      detail: (k) => {
        const [line] = store.read(schoolKey(k));
        return decodeRecord<SchoolDetail>(line!);
      },
      *notes(kind) {
        for (const l of store.read(noteKey(kind))) yield decodeRecord<MatchNote>(l);
      },
    };
  }
}
