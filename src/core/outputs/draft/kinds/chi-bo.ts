/**
 * What the chi bộ's own reports (the term report and the mid-term review) share: the header
 * of a report the cell issues under its superior Party committee, and the secretary's signature
 * on behalf of the cell (HD 36-HD/VPTW).
 */
import { DRAFT } from "../../../i18n/messages.js";
import type { ReportKind } from "../outline.js";

/** The header block of a report issued by the chi bộ ("Số …-BC/CB"). */
export const CHI_BO_REPORT_HEADER: ReportKind["header"] = {
  superior: "{dang_bo}",
  issuing: ["{ten_chi_bo}"],
  symbol: "BC/CB",
  numberKey: "documentNumber",
};

/** "T/M CHI BỘ", the signer's title (default "BÍ THƯ") and name, from Thông tin. */
export const CHI_BO_SIGNATURE: ReportKind["signature"] = {
  onBehalf: DRAFT.onBehalf,
  titleKey: "signerTitle",
  defaultTitle: DRAFT.defaultSignerTitle,
  nameKey: "signer",
};
