/** Every report kind, by the id the command line and the dialogs use. */
import { matchKey } from "../../../base/text.js";
import type { KindId, ReportKind } from "../outline.js";
import { MIDTERM } from "./midterm.js";
import { RESOLUTION } from "./resolution.js";
import { SCHOOL_YEAR } from "./school-year.js";
import { TERM_REPORT } from "./term.js";

export const KINDS: Readonly<Record<KindId, ReportKind>> = {
  "bao-cao-nhiem-ky": TERM_REPORT,
  "nghi-quyet": RESOLUTION,
  "nam-hoc": SCHOOL_YEAR,
  "so-ket": MIDTERM,
};

export const KIND_IDS = Object.keys(KINDS) as KindId[];

/** Other words for the kinds, besides their ids (matched ignoring case, accents and spaces). */
const KIND_ALIASES: Readonly<Record<KindId, readonly string[]>> = {
  "bao-cao-nhiem-ky": ["nhiem-ky", "bao-cao", "tong-ket-nhiem-ky", "term"],
  "nghi-quyet": ["nghi-quyet-dai-hoi", "dai-hoi", "nq"],
  "nam-hoc": ["tong-ket-nam-hoc", "bao-cao-nam-hoc", "year"],
  "so-ket": ["so-ket-giua-nhiem-ky", "giua-nhiem-ky", "mid-term"],
};

/** The kind a typed name means ("nghị quyết", "so-ket" …), or undefined. */
export function kindNamed(text: string): ReportKind | undefined {
  const key = matchKey(text.replace(/[\s_]+/g, "-"));
  const id = KIND_IDS.find((k) => [k, ...KIND_ALIASES[k]].some((n) => matchKey(n) === key));
  return id ? KINDS[id] : undefined;
}
