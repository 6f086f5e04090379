/**
 * Matching indicators across schools. An indicator joins the first group that holds its code
 * (form, tone placement, case and spaces ignored: {@link matchKey}); when no group does, the
 * first that holds its label, and that match is listed for a person to confirm. A school is
 * in a group at most once. Schools of different levels (mầm non, tiểu học, THCS, THPT) set
 * different indicators under the same codes, so across levels a code matches only with the
 * same label, and a label alone never does.
 */

import { matchKey } from "../../../src/core/base/text.js";
import type { SchoolLevelKey } from "./level.js";
import type { SchoolRecord } from "./record.js";

/** One school's indicator in a group, and how it was matched. */
export interface Member {
  readonly school: number;
  readonly indicator: number;
  /** "first": it opened the group. */
  readonly by: "first" | "code" | "label";
}

export interface IndicatorGroup {
  readonly members: readonly Member[];
  /** The levels of its schools, in order of appearance. */
  readonly levels: readonly SchoolLevelKey[];
}

/** A member matched by label (its code differs), or by code with another label: to confirm. */
export interface MatchNote {
  readonly group: number;
  readonly member: Member;
  /** The member it was matched with: the group's first with that label or code. */
  readonly with: Member;
}

export interface Matching {
  readonly groups: readonly IndicatorGroup[];
  readonly byLabel: readonly MatchNote[];
  readonly codeLabelDiffers: readonly MatchNote[];
}

interface Building {
  members: Member[];
  levels: SchoolLevelKey[];
  schools: Set<number>;
  labels: Map<string, Member>;
  codes: Map<string, Member>;
}

function push(index: Map<string, number[]>, key: string, group: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [group]);
  else if (!list.includes(group)) list.push(group);
}

/** Groups the indicators of every school; the order follows the schools and their rows. */
export function matchIndicators(schools: readonly SchoolRecord[]): Matching {
  const groups: Building[] = [];
  const byCode = new Map<string, number[]>();
  const byLabelKey = new Map<string, number[]>();
  const byLabel: MatchNote[] = [];
  const codeLabelDiffers: MatchNote[] = [];
  schools.forEach((s, school) => {
    s.indicators.forEach((ind, indicator) => {
      const code = matchKey(ind.code);
      const label = ind.labelKey;
      const free = (g: number) => !groups[g]!.schools.has(school);
      const sameLevel = (g: number) => groups[g]!.levels.includes(s.level);
      const codeGroup = code
        ? byCode
            .get(code)
            ?.find((g) => free(g) && (sameLevel(g) || (!!label && groups[g]!.labels.has(label))))
        : undefined;
      const labelGroup =
        codeGroup === undefined && label
          ? byLabelKey.get(label)?.find((g) => free(g) && sameLevel(g))
          : undefined;
      const by = codeGroup !== undefined ? "code" : labelGroup !== undefined ? "label" : "first";
      const g = codeGroup ?? labelGroup ?? groups.length;
      if (g === groups.length) {
        groups.push({
          members: [],
          levels: [],
          schools: new Set(),
          labels: new Map(),
          codes: new Map(),
        });
      }
      const group = groups[g]!;
      const member: Member = { school, indicator, by };
      if (by === "label") byLabel.push({ group: g, member, with: group.labels.get(label!)! });
      if (by === "code" && label && group.labels.size > 0 && !group.labels.has(label)) {
        codeLabelDiffers.push({ group: g, member, with: group.codes.get(code)! });
      }
      group.members.push(member);
      group.schools.add(school);
      if (!group.levels.includes(s.level)) group.levels.push(s.level);
      if (label && !group.labels.has(label)) group.labels.set(label, member);
      if (code && !group.codes.has(code)) group.codes.set(code, member);
      if (code) push(byCode, code, g);
      if (label) push(byLabelKey, label, g);
    });
  });
  return {
    groups: groups.map((g) => ({ members: g.members, levels: g.levels })),
    byLabel,
    codeLabelDiffers,
  };
}

/**
 * A group is common when two schools or more share it; when only one school was read, each
 * of its indicators is (the roll-up of one school still shows its figures).
 */
export function isCommon(group: IndicatorGroup, schools: number): boolean {
  return group.members.length >= Math.min(2, schools);
}
