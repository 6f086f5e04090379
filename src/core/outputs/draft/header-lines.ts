/**
 * Where a name in the header block may break (issue 8, Nghị định 30/2020 layout): between
 * the kind of body and its proper name, never inside the name. "ỦY BAN NHÂN DÂN XÃ HÒA AN" in
 * a narrow column reads "ỦY BAN NHÂN DÂN / XÃ HÒA AN", not "… XÃ HÒA / AN"; "TRƯỜNG MẦM NON
 * HÒA AN" reads "TRƯỜNG MẦM NON / HÒA AN". The name's spaces become no-break spaces; a
 * writer that wraps lines then breaks only where the text allows.
 */
import { foldKey } from "../../base/text.js";
import { HEADER_NAME_WORDS } from "../../vocabulary/words.js";

const NO_BREAK = "\u00a0";
/** A name longer than this may break anywhere: one line could not hold it. */
const MAX_KEPT = 24;
/** The longest kind phrase kept whole ("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO": one line of the column). */
const MAX_PHRASE = 26;

const phrases = (list: readonly string[]) => list.map((w) => foldKey(w).split(" "));
const UNITS = phrases(HEADER_NAME_WORDS.unit);
const KINDS = phrases(HEADER_NAME_WORDS.kind);

/** Whether `words` from `at` start with the phrase. */
function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  return phrase.every((p, k) => words[at + k] === p);
}

/** A kind phrase of several words at `at`, the longest, if any. */
function kindAt(folded: readonly string[], at: number): readonly string[] | undefined {
  return KINDS.filter((p) => startsWith(folded, at, p)).sort((a, b) => b.length - a.length)[0];
}

/**
 * The text with the words of its proper name, and of each kind phrase ("GIÁO DỤC VÀ ĐÀO
 * TẠO"), joined by no-break spaces.
 */
export function keepNameTogether(text: string): string {
  const words = text.split(/ +/);
  const folded = words.map((w) => foldKey(w));
  // The last kind or unit word; its end is where the name begins.
  let nameStart = -1;
  let keptStart = -1;
  const glue = new Set<number>(); // words joined to the next one
  for (let at = 0; at < words.length; at++) {
    const unit = UNITS.find((p) => startsWith(folded, at, p));
    const kind = kindAt(folded, at);
    const p = unit ?? kind;
    if (!p) continue;
    if (kind && kind.length > 1 && [...kind.join(" ")].length <= MAX_PHRASE)
      for (let k = at; k < at + kind.length - 1; k++) glue.add(k);
    nameStart = at + p.length;
    keptStart = unit ? at : nameStart;
    if (kind) at += kind.length - 1;
  }
  if (nameStart >= 0 && nameStart < words.length) {
    const kept = words.slice(keptStart).join(" ");
    if ([...kept].length <= MAX_KEPT)
      for (let k = keptStart; k < words.length - 1; k++) glue.add(k);
  }
  return words
    .map((w, k) => (k < words.length - 1 ? w + (glue.has(k) ? NO_BREAK : " ") : w))
    .join("");
}
