/**
 * The resolution a chi bộ congress adopts (Nghị quyết Đại hội Chi bộ). Built from HD 36's
 * rules for congress documents and published accounts of school chi bộ congresses (see
 * README: the number series and the signing body could not be confirmed).
 */
import { KIND_TEXTS } from "../../../i18n/draft-kinds.js";
import type { ReportKind } from "../outline.js";
import { TASK_ENTRIES } from "./term.js";

const K = KIND_TEXTS.resolution;

export const RESOLUTION: ReportKind = {
  id: "nghi-quyet",
  label: K.label,
  layout: "party",
  header: {
    superior: "{dang_bo}",
    issuing: [K.congress, K.congressTerm],
    symbol: "NQ/ĐH",
    numberKey: "resolutionNumber",
    // Adopted on the congress's last day, after the report it answers was dated.
    dateKey: "congressDate",
  },
  title: K.title,
  summary: [K.summary],
  outline: [
    { content: [{ fill: "sentence", text: K.opening }] },
    { level: 1, text: K.decides, content: [] },
    {
      level: 3,
      text: K.approveReport,
      content: [
        { fill: "staff", key: "strengths", optional: true },
        { fill: "staff", key: "weaknesses", optional: true },
        { fill: "notMet" },
      ],
    },
    {
      level: 3,
      text: K.goalsAndTargets,
      content: [
        { fill: "staff", key: "goals", as: "paragraphs" },
        { fill: "nextTargets", level: 4 },
      ],
    },
    { level: 3, text: K.tasks, content: [] },
    ...TASK_ENTRIES,
    {
      level: 3,
      text: K.approveReview,
      content: [{ fill: "staff", key: "committeeLimits", optional: true }],
    },
    { level: 3, text: K.election, content: [{ fill: "staff", key: "congressElection" }] },
    {
      level: 3,
      text: K.implementation,
      content: [{ fill: "sentence", text: K.implementationText }],
    },
    { content: [{ fill: "sentence", text: K.adopted }] },
  ],
  signature: {
    onBehalf: K.onBehalf,
    defaultTitle: "",
    nameKey: "congressChair",
  },
};
