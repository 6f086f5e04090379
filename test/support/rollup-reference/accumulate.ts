/**
 * The roll-up built one workbook at a time: each is analysed, reduced to its school's record
 * and dropped, so memory holds records, never parsed workbooks. Indicators are matched when
 * the last record is in.
 */

import { analyse } from "../../../src/core/judge/analyse.js";
import type { NamedGrid } from "../../../src/core/workbook/model.js";
import { type Matching, matchIndicators } from "./match.js";
import { reduceSchool, type SchoolRecord } from "./record.js";

/** A file that could not be read, with the reader's message. */
export interface RollupFailure {
  readonly file: string;
  readonly message: string;
}

export interface Rollup extends Matching {
  /** The schools in the order they were added. */
  readonly schools: readonly SchoolRecord[];
  readonly failures: readonly RollupFailure[];
}

/** Collects schools and failures; {@link RollupAccumulator.result} matches their indicators. */
export class RollupAccumulator {
  private readonly schools: SchoolRecord[] = [];
  private readonly failures: RollupFailure[] = [];

  /** Analyses one workbook and keeps only its record; the grids can be dropped afterwards. */
  addWorkbook(file: string, grids: readonly NamedGrid[]): SchoolRecord {
    const record = reduceSchool(file, analyse(grids));
    this.schools.push(record);
    return record;
  }

  /** Keeps a record made elsewhere (a worker, another process). */
  addRecord(record: SchoolRecord): void {
    this.schools.push(record);
  }

  addFailure(file: string, message: string): void {
    this.failures.push({ file, message });
  }

  get count(): number {
    return this.schools.length + this.failures.length;
  }

  result(): Rollup {
    return {
      schools: this.schools,
      failures: this.failures,
      ...matchIndicators(this.schools),
    };
  }
}
