/** Every report kind, by the id the command line and the dialogs use. */
import type { KindId, ReportKind } from "../outline.js";
import { TERM_REPORT } from "./term.js";

export const KINDS: Readonly<Record<KindId, ReportKind>> = {
  "bao-cao-nhiem-ky": TERM_REPORT,
  "nghi-quyet": TERM_REPORT,
  "nam-hoc": TERM_REPORT,
  "so-ket": TERM_REPORT,
};
