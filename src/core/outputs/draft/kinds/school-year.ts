/**
 * A school's year-end report to its managing body (Báo cáo tổng kết năm học), laid out as
 * Nghị định 30/2020 lays out state documents: the managing body and the school on the left,
 * the state's name and motto on the right, "Số: …", signed by the head of the school.
 */
import { KIND_TEXTS } from "../../../i18n/draft-kinds.js";
import { DRAFT } from "../../../i18n/messages.js";
import type { ReportKind } from "../outline.js";
import { sectionEntries } from "./sections.js";

const K = KIND_TEXTS.year;

export const SCHOOL_YEAR: ReportKind = {
  id: "nam-hoc",
  label: K.label,
  layout: "state",
  oneYear: true,
  header: {
    superior: "{co_quan_quan_ly}",
    issuing: ["{ten_truong}"],
    symbol: "BC",
    numberKey: "schoolDocumentNumber",
  },
  title: KIND_TEXTS.report,
  summary: [K.summary],
  outline: [
    { content: [{ fill: "sentence", text: K.opening }] },
    { level: 2, text: K.situation, content: [] },
    { level: 3, text: DRAFT.advantages, content: [{ fill: "staff", key: "advantages" }] },
    { level: 3, text: DRAFT.difficulties, content: [{ fill: "staff", key: "difficulties" }] },
    { level: 2, text: K.results, content: [] },
    ...sectionEntries(3, "yearResults"),
    { level: 2, text: K.assessment, content: [] },
    { level: 3, text: DRAFT.strengths, content: [{ fill: "staff", key: "strengths" }] },
    { level: 3, text: DRAFT.weaknesses, content: [{ fill: "staff", key: "weaknesses" }] },
    { level: 2, text: K.nextYear, content: [{ fill: "staff", key: "nextYearTasks" }] },
  ],
  signature: {
    onBehalf: "",
    titleKey: "principalTitle",
    defaultTitle: K.defaultSignerTitle,
    nameKey: "principal",
  },
};
