/**
 * Matching indicators across schools. An indicator joins the first group that holds its code
 * (form, tone placement, case and spaces ignored: {@link matchKey}); when no group does, the
 * first that holds its label, and that match is listed for a person to confirm. A school is
 * in a group at most once. Schools of different levels (mầm non, tiểu học, THCS, THPT) set
 * different indicators under the same codes, so across levels a code matches only with the
 * same label, and a label alone never does.
 *
 * A school's indicators are matched when it is added, against the schools before it: the
 * groups keep their codes, labels, levels and sizes, never their members (those go to the
 * roll-up's store), so the matcher's memory follows the distinct codes and labels, not the
 * number of schools.
 */

import { matchKey } from "../../base/text.js";
import type { Judgement } from "../../judge/evaluate.js";
import type { SchoolLevelKey } from "./level.js";
import type { RollupIndicator, Trace } from "./record.js";

/** One school's indicator in a group, and how it was matched. */
export interface Member {
  readonly school: number;
  readonly indicator: number;
  /** "first": it opened the group. */
  readonly by: "first" | "code" | "label";
}

/** The indicator that opened a group: its tab's name and title. */
export interface GroupFirst {
  readonly code: string;
  readonly label: string;
  readonly unitText?: string;
}

export interface IndicatorGroup {
  /** How many schools' indicators it holds. */
  readonly count: number;
  /** The levels of its schools, in order of appearance. */
  readonly levels: readonly SchoolLevelKey[];
  /** The school years of its schools, oldest first. */
  readonly years: readonly string[];
  readonly first: GroupFirst;
  /** How many of its indicators have each term judgement. */
  readonly tally: Readonly<Record<Judgement, number>>;
}

/** A member matched by label (its code differs), or by code with another label: to confirm. */
export interface MatchNote {
  readonly group: number;
  readonly member: Member;
  readonly code: string;
  readonly label: string;
  /** Where the member's target is. */
  readonly target?: Trace;
  /** The member it was matched with: the group's first with that label or code. */
  readonly with: Member;
  readonly withCode: string;
  readonly withLabel: string;
}

/** A member as a match note names it. */
interface Named {
  readonly member: Member;
  readonly code: string;
  readonly label: string;
}

interface Building {
  count: number;
  levels: SchoolLevelKey[];
  years: Set<string>;
  first: GroupFirst;
  tally: Record<Judgement, number>;
  /** The last school added: schools come in order, so a school is in it if it is the last. */
  lastSchool: number;
  labels: Map<string, Named>;
  codes: Map<string, Named>;
}

/** The group of each of a school's indicators, and the notes its matches make. */
export interface SchoolMatch {
  readonly groups: readonly number[];
  readonly byLabel: readonly MatchNote[];
  readonly codeLabelDiffers: readonly MatchNote[];
}

function push(index: Map<string, number[]>, key: string, group: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [group]);
  else if (!list.includes(group)) list.push(group);
}

function opened(ind: RollupIndicator): Building {
  return {
    count: 0,
    levels: [],
    years: new Set(),
    first: {
      code: ind.code,
      label: ind.label,
      ...(ind.unitText ? { unitText: ind.unitText } : {}),
    },
    tally: { exceeded: 0, met: 0, notMet: 0, noData: 0, noTarget: 0 },
    lastSchool: -1,
    labels: new Map(),
    codes: new Map(),
  };
}

/** Groups the indicators of every school, one school at a time, in the order they come. */
export class Matcher {
  private readonly building: Building[] = [];
  private readonly byCode = new Map<string, number[]>();
  private readonly byLabelKey = new Map<string, number[]>();

  /** Matches school number `school`'s indicators against the schools before it. */
  add(
    school: number,
    level: SchoolLevelKey,
    schoolYears: readonly string[],
    indicators: readonly RollupIndicator[],
  ): SchoolMatch {
    const groups = this.building;
    const found: number[] = [];
    const byLabel: MatchNote[] = [];
    const codeLabelDiffers: MatchNote[] = [];
    indicators.forEach((ind, indicator) => {
      const code = matchKey(ind.code);
      const label = ind.labelKey;
      const free = (g: number) => groups[g]!.lastSchool !== school;
      const sameLevel = (g: number) => groups[g]!.levels.includes(level);
      const codeGroup = code
        ? this.byCode
            .get(code)
            ?.find((g) => free(g) && (sameLevel(g) || (!!label && groups[g]!.labels.has(label))))
        : undefined;
      const labelGroup =
        codeGroup === undefined && label
          ? this.byLabelKey.get(label)?.find((g) => free(g) && sameLevel(g))
          : undefined;
      const by = codeGroup !== undefined ? "code" : labelGroup !== undefined ? "label" : "first";
      const g = codeGroup ?? labelGroup ?? groups.length;
      if (g === groups.length) groups.push(opened(ind));
      const group = groups[g]!;
      const member: Member = { school, indicator, by };
      const note = (w: Named): MatchNote => ({
        group: g,
        member,
        code: ind.code,
        label: ind.label,
        ...(ind.target.tab && ind.target.at !== undefined
          ? { target: { tab: ind.target.tab, cells: [ind.target.at].flat() } }
          : {}),
        with: w.member,
        withCode: w.code,
        withLabel: w.label,
      });
      if (by === "label") byLabel.push(note(group.labels.get(label!)!));
      if (by === "code" && label && group.labels.size > 0 && !group.labels.has(label)) {
        codeLabelDiffers.push(note(group.codes.get(code)!));
      }
      const named: Named = { member, code: ind.code, label: ind.label };
      group.count++;
      group.lastSchool = school;
      group.tally[ind.judgement]++;
      for (const y of schoolYears) group.years.add(y);
      if (!group.levels.includes(level)) group.levels.push(level);
      if (label && !group.labels.has(label)) group.labels.set(label, named);
      if (code && !group.codes.has(code)) group.codes.set(code, named);
      if (code) push(this.byCode, code, g);
      if (label) push(this.byLabelKey, label, g);
      found.push(g);
    });
    return { groups: found, byLabel, codeLabelDiffers };
  }

  /** The groups as they stand. */
  groups(): IndicatorGroup[] {
    return this.building.map((g) => ({
      count: g.count,
      levels: g.levels,
      years: [...g.years].sort(),
      first: g.first,
      tally: g.tally,
    }));
  }
}

/**
 * A group is common when two schools or more share it; when only one school was read, each
 * of its indicators is (the roll-up of one school still shows its figures).
 */
export function isCommon(group: IndicatorGroup, schools: number): boolean {
  return group.count >= Math.min(2, schools);
}
