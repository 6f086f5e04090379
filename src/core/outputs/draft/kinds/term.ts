/**
 * The Party cell's term report ("Báo cáo tổng kết nhiệm kỳ"), in the order of the hand-written
 * report it replaces (shared/reference): opening, Part One (situation, results section by
 * section, assessment, lessons), Part Two (the committee's self-review), Part Three (goals,
 * next-term targets, tasks), closing.
 */

import { KIND_TEXTS as K } from "../../../i18n/draft-kinds.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { Content, OutlineEntry, ReportKind } from "../outline.js";
import { CHI_BO_REPORT_HEADER, CHI_BO_SIGNATURE } from "./chi-bo.js";

const staff = (key: Extract<Content, { fill: "staff" }>["key"]): Content => ({
  fill: "staff",
  key,
});

/** Tasks and solutions of the next term, each under its heading when it has text. */
export const TASK_ENTRIES: readonly OutlineEntry[] = (
  [
    ["tasksPolitical", DRAFT.tasksPolitical],
    ["tasksIdeology", DRAFT.tasksIdeology],
    ["tasksParty", DRAFT.tasksParty],
    ["tasksOrganisations", DRAFT.tasksOrganisations],
    ["tasksFacilities", DRAFT.tasksFacilities],
    ["tasksInspection", DRAFT.tasksInspection],
  ] as const
).map(([key, text]) => ({ level: 4, text, content: [staff(key)], whenFilled: true }));

const PART_ONE: readonly OutlineEntry[] = [
  { level: 1, text: DRAFT.part1, subtitle: K.term.part1Title, content: [] },
  { level: 2, text: DRAFT.situation, content: [{ fill: "membership" }] },
  { level: 3, text: DRAFT.advantages, content: [staff("advantages")] },
  { level: 3, text: DRAFT.difficulties, content: [staff("difficulties")] },
  { level: 2, text: DRAFT.results, content: [] },
  {
    level: 3,
    text: DRAFT.politics,
    content: [
      staff("politics"),
      { fill: "indicators", sections: ["politics"] },
      { fill: "staff", key: "politicsLimits", optional: true, intro: DRAFT.politicsLimits },
    ],
  },
  {
    level: 3,
    text: DRAFT.teaching,
    content: [staff("teaching"), { fill: "sentence", text: DRAFT.teachingResults }],
  },
  { level: 4, text: DRAFT.universal, content: [{ fill: "indicators", sections: ["universal"] }] },
  {
    level: 4,
    text: DRAFT.quality,
    content: [
      { fill: "indicators", sections: ["quality"] },
      { fill: "table", sections: ["universal", "quality"] },
      { fill: "rateChart" },
    ],
  },
  { level: 4, text: DRAFT.prizes, content: [{ fill: "prizes" }], whenFilled: true },
  // Sections the school typed outside the list ("Công tác bán trú"), each its own heading.
  { content: [{ fill: "addedSections", level: 4 }] },
  {
    level: 4,
    text: DRAFT.otherIndicators,
    content: [
      { fill: "indicators", sections: ["unsorted"] },
      { fill: "table", sections: ["unsorted"] },
    ],
    whenFilled: true,
  },
  {
    level: 3,
    text: DRAFT.staff,
    content: [
      staff("staff"),
      { fill: "indicators", sections: ["staff"] },
      { fill: "personalAwards" },
      { fill: "table", sections: ["staff"] },
    ],
  },
  {
    level: 3,
    text: DRAFT.facilities,
    content: [
      { fill: "staff", key: "facilities", optional: true },
      { fill: "funding" },
      { fill: "indicators", sections: ["facilities"] },
    ],
  },
  { level: 3, text: DRAFT.socialisation, content: [staff("socialisation")] },
  {
    level: 3,
    text: DRAFT.partyBuilding,
    content: [
      staff("partyBuilding"),
      { fill: "partyChanges" },
      { fill: "indicators", sections: ["party"] },
    ],
  },
  {
    level: 3,
    text: DRAFT.organisations,
    content: [
      staff("organisations"),
      { fill: "titles" },
      { fill: "indicators", sections: ["emulation"] },
    ],
  },
  { level: 3, text: DRAFT.inspection, content: [staff("inspection")] },
  { level: 2, text: DRAFT.assessment, content: [] },
  { level: 3, text: DRAFT.strengthsAndCauses, content: [] },
  { level: 4, text: DRAFT.strengths, content: [staff("strengths")] },
  { level: 4, text: DRAFT.causes, content: [staff("strengthCauses")] },
  { level: 3, text: DRAFT.weaknessesAndCauses, content: [] },
  { level: 4, text: DRAFT.weaknesses, content: [staff("weaknesses"), { fill: "notMet" }] },
  { level: 4, text: DRAFT.weaknessCauses, content: [staff("weaknessCauses")] },
  { level: 2, text: DRAFT.lessons, content: [{ fill: "staff", key: "lessons", as: "ordinals" }] },
];

const PART_TWO: readonly OutlineEntry[] = [
  { level: 1, text: DRAFT.part2, subtitle: K.term.part2Title, content: [] },
  { level: 2, text: DRAFT.committeeRules, content: [staff("committeeRules")] },
  { level: 2, text: DRAFT.committeeLeadership, content: [staff("committeeLeadership")] },
  { level: 2, text: DRAFT.committeeLimits, content: [staff("committeeLimits")] },
];

const PART_THREE: readonly OutlineEntry[] = [
  { level: 1, text: DRAFT.part3, subtitle: K.term.part3Title, content: [] },
  { level: 2, text: DRAFT.goals, content: [{ fill: "staff", key: "goals", as: "paragraphs" }] },
  { level: 2, text: DRAFT.targetsAndTasks, content: [] },
  { level: 3, text: DRAFT.mainTargets, content: [{ fill: "nextTargets", level: 4 }] },
  { level: 3, text: DRAFT.tasks, content: [] },
  ...TASK_ENTRIES,
  { content: [{ fill: "staff", key: "closing", as: "paragraphs", optional: true }] },
];

export const TERM_REPORT: ReportKind = {
  id: "bao-cao-nhiem-ky",
  label: K.term.label,
  layout: "party",
  header: CHI_BO_REPORT_HEADER,
  title: K.report,
  summary: [K.term.summaryResults, K.term.summaryNext],
  outline: [
    { content: [{ fill: "plan" }, { fill: "sentence", text: K.term.opening }] },
    ...PART_ONE,
    ...PART_TWO,
    ...PART_THREE,
  ],
  signature: CHI_BO_SIGNATURE,
};
