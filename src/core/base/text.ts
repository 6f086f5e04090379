/**
 * Text helpers shared by every reader: matching keys that ignore Unicode form,
 * Vietnamese tone placement, case and stray whitespace, and A1 cell addresses.
 */

/** Combining tone marks (huyền, sắc, ngã, hỏi, nặng). Vowel-shape marks are not tones. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Everything a spreadsheet cell may use as a space, including NBSP and zero-width ones. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Printable ASCII: no marks, no unusual spaces, so the keys need no Unicode work. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

/**
 * Characters that NFC leaves as they are, whatever follows them here: everything below the
 * combining marks (U+0300) and the precomposed Vietnamese letters (U+1EA0–U+1EF9).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are NFC-stable too.
const ALREADY_NFC = /^[\u0000-\u02ff\u1ea0-\u1ef9]*$/;

/** Trims and collapses every kind of space to one ASCII space, and returns NFC text. */
export function cleanText(value: string): string {
  // Most cells are plain ASCII figures ("99%", "13"): no Unicode work is needed for them.
  if (PLAIN_ASCII.test(value))
    return value.includes("  ") ? value.replace(/ +/g, " ").trim() : value.trim();
  const spaced = value.replace(ANY_SPACE, " ").trim();
  // Text typed with precomposed Vietnamese letters is already NFC: skip the costly pass.
  return ALREADY_NFC.test(spaced) ? spaced : spaced.normalize("NFC");
}

/**
 * Remembers the keys of recent texts: a workbook repeats the same units, kinds, headers and
 * choice labels on every row, and computing a key normalises the text twice. Bounded, so a
 * huge workbook of unique texts cannot grow it without limit.
 */
function memo(compute: (value: string) => string, limit = 50_000): (value: string) => string {
  let cache = new Map<string, string>();
  return (value) => {
    let key = cache.get(value);
    if (key === undefined) {
      key = compute(value);
      if (cache.size >= limit) cache = new Map();
      cache.set(value, key);
    }
    return key;
  };
}

function computeMatchKey(value: string): string {
  if (PLAIN_ASCII.test(value)) {
    return value
      .toLowerCase()
      .replace(/ +/g, " ")
      .trim()
      .replace(/^[\s:*•\-–.]+|[\s:*•.]+$/g, "");
  }
  const words = value
    .normalize("NFD")
    .toLowerCase()
    .replace(ANY_SPACE, " ")
    .trim()
    .replace(/^[\s:*•\-–.]+|[\s:*•.]+$/g, "")
    .split(" ");
  return words
    .map((word) => {
      const tones = (word.match(TONE_MARKS) ?? []).sort().join("");
      return (word.replace(TONE_MARKS, "") + tones).normalize("NFC");
    })
    .join(" ");
}

function computeFoldKey(value: string): string {
  if (PLAIN_ASCII.test(value)) return value.toLowerCase().replace(/ +/g, " ").trim();
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(ANY_SPACE, " ")
    .trim();
}

/**
 * A key for comparing names typed by people: tab names, headers, codes, enum values.
 *
 * "Hoà Bình", "Hòa Bình", "HOÀ  BÌNH " (NFC or NFD) all give the same key. Tone marks are
 * moved to the end of their word, which makes old ("hoà", "uỷ") and new ("hòa", "ủy") tone
 * placement equal while keeping "đạt" and "đất" apart.
 */
export const matchKey: (value: string) => string = memo(computeMatchKey);

/** Same as {@link matchKey} with every mark removed: for lenient search inside free text. */
export const foldKey: (value: string) => string = memo(computeFoldKey);

/** Letters of the first columns, computed once: every reported cell needs them. */
const LETTERS: string[] = [];

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  if (index < 256) {
    LETTERS[index] ??= computeColumnLetter(index);
    return LETTERS[index]!;
  }
  return computeColumnLetter(index);
}

function computeColumnLetter(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** A1 address for 0-based row and column indexes of a grid. */
export function a1(rowIndex: number, columnIndex: number): string {
  return `${columnLetter(columnIndex)}${rowIndex + 1}`;
}

/** Parses "AB12" into 0-based indexes, or undefined when it is not an A1 address. */
export function parseA1(address: string): { row: number; column: number } | undefined {
  const m = /^([A-Z]+)([1-9][0-9]*)$/.exec(address);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, column: column - 1 };
}

/**
 * Every match of a global regular expression, as `String.prototype.matchAll` gives them;
 * written out because the add-on bundle targets ES2019 (see test/addon/bundle-target.test.ts).
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  const re = new RegExp(
    pattern.source,
    pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`,
  );
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/**
 * A regular-expression alternation of words as {@link foldKey} writes them, longest first so
 * that "giải thưởng" is taken whole rather than as "giải" and a rest: `anyOf(["tỷ", "triệu"])`
 * is "(?:trieu|ty)". Lets the vocabulary's word lists, written with their marks, be matched
 * against folded text.
 */
export function anyOf(words: readonly string[]): string {
  const folded = words.map((w) => foldKey(w).replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  // A stable sort: words of the same length keep the list's order.
  return `(?:${folded.sort((a, b) => b.length - a.length).join("|")})`;
}

/** The text with its first letter in upper case ("tỉ lệ …" → "Tỉ lệ …"). */
export function upperFirst(text: string): string {
  const first = [...text][0];
  return first ? first.toUpperCase() + text.slice(first.length) : text;
}
