/**
 * The chi bộ's mid-term review (Báo cáo sơ kết giữa nhiệm kỳ): results so far against the
 * resolution's targets, limitations, and tasks for the rest of the term. A structure built
 * from published reviews of Party committees (README: no chi bộ example was found).
 */
import { KIND_TEXTS } from "../../../i18n/draft-kinds.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { ReportKind } from "../outline.js";
import { CHI_BO_REPORT_HEADER, CHI_BO_SIGNATURE } from "./chi-bo.js";
import { sectionEntries } from "./sections.js";

const K = KIND_TEXTS.midterm;

export const MIDTERM: ReportKind = {
  id: "so-ket",
  label: K.label,
  layout: "party",
  header: CHI_BO_REPORT_HEADER,
  title: KIND_TEXTS.report,
  summary: [K.summary],
  outline: [
    { content: [{ fill: "plan" }, { fill: "sentence", text: K.opening }] },
    { level: 2, text: K.results, content: [] },
    { level: 3, text: K.indicators, content: [] },
    ...sectionEntries(4, "progress"),
    {
      level: 3,
      text: K.party,
      content: [{ fill: "membership" }, { fill: "partyChanges" }],
    },
    { level: 2, text: K.limits, content: [] },
    {
      level: 3,
      text: DRAFT.weaknesses,
      content: [{ fill: "staff", key: "weaknesses" }, { fill: "behind" }],
    },
    { level: 3, text: DRAFT.weaknessCauses, content: [{ fill: "staff", key: "weaknessCauses" }] },
    { level: 2, text: K.tasks, content: [{ fill: "staff", key: "midtermTasks" }] },
  ],
  signature: CHI_BO_SIGNATURE,
};
