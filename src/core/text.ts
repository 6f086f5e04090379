/**
 * Text helpers shared by every reader: matching keys that ignore Unicode form,
 * Vietnamese tone placement, case and stray whitespace, and A1 cell addresses.
 */

/** Combining tone marks (huyền, sắc, ngã, hỏi, nặng). Vowel-shape marks are not tones. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;
/** Everything a spreadsheet cell may use as a space, including NBSP and zero-width ones. */
const ANY_SPACE = /[\s\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g;

/** Trims and collapses every kind of space to one ASCII space, and returns NFC text. */
export function cleanText(value: string): string {
  return value.replace(ANY_SPACE, " ").trim().normalize("NFC");
}

/**
 * A key for comparing names typed by people: tab names, headers, codes, enum values.
 *
 * "Hoà Bình", "Hòa Bình", "HOÀ  BÌNH " (NFC or NFD) all give the same key. Tone marks are
 * moved to the end of their word, which makes old ("hoà", "uỷ") and new ("hòa", "ủy") tone
 * placement equal while keeping "đạt" and "đất" apart.
 */
export function matchKey(value: string): string {
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

/** Same as {@link matchKey} with every mark removed: for lenient search inside free text. */
export function foldKey(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(ANY_SPACE, " ")
    .trim();
}

/** Column letters for a 0-based column index: 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
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
