/**
 * Award levels by period: which levels exist in a school year (no district level from the
 * 2025 reform), and how a level is written for this unit ("cấp tỉnh" or "cấp thành phố" as its
 * province is, "cấp xã/phường" after the reform). The words are data in the vocabulary.
 */

import { matchKey } from "../base/text.js";
import { LOCAL_REFORM_SCHOOL_YEAR, type ProvinceKind } from "../vocabulary/keys.js";
import {
  CENTRAL_CITIES,
  LEVEL_LABELS,
  LEVEL_OTHER_WORD,
  LEVEL_PREFIX,
  LEVEL_WORDS,
  type LevelWord,
  PROVINCE_WORDS,
} from "../vocabulary/vi.js";
import type { Award, Info } from "./model.js";
import type { LevelKey } from "./schema.js";

export { LOCAL_REFORM_SCHOOL_YEAR, type ProvinceKind };

/** Whether a school year is from the reform on (school years compare as text: "2025-2026"). */
export function afterReform(schoolYear: string): boolean {
  return schoolYear >= LOCAL_REFORM_SCHOOL_YEAR;
}

function inPeriod(w: LevelWord, schoolYear: string | undefined): boolean {
  if (!schoolYear) return true;
  return (
    (w.from === undefined || schoolYear >= w.from) &&
    (w.until === undefined || schoolYear <= w.until)
  );
}

/** Whether awards could be given at this level in a school year (blank year: the whole term). */
export function levelExists(level: LevelKey, schoolYear: string | undefined): boolean {
  return LEVEL_WORDS.some((w) => w.level === level && inPeriod(w, schoolYear));
}

/**
 * The level that took over a level's awards once it ceased: from the 2025 reform the district
 * level's competitions and titles passed to the merged communes and wards ("cấp xã/phường").
 * Data, like {@link LEVEL_WORDS}: a later reform adds a line here.
 */
export const LEVEL_SUCCESSORS: Readonly<Partial<Record<LevelKey, LevelKey>>> = {
  district: "commune",
};

/**
 * The level whose award lines count for `level` in a school year: the level itself while it
 * exists, else the level that replaced it (when that one exists in the year), else itself.
 */
export function countedLevel(level: LevelKey, schoolYear: string): LevelKey {
  if (!schoolYear || levelExists(level, schoolYear)) return level;
  const next = LEVEL_SUCCESSORS[level];
  return next && levelExists(next, schoolYear) ? next : level;
}

/** Words of a text as match keys, punctuation dropped, padded for whole-phrase search. */
function wordsOf(text: string): string {
  const spaced = text.replace(/[^\p{L}\p{M}\p{N}]+/gu, " ");
  return ` ${matchKey(spaced)} `;
}

function hasPhrase(text: string, phrase: string): boolean {
  return wordsOf(text).includes(wordsOf(phrase));
}

function startsWithPhrase(text: string, phrase: string): boolean {
  return wordsOf(text).startsWith(wordsOf(phrase));
}

/** The kind a Thông tin value names: "Tỉnh Nghệ An", "TP Hà Nội", "Đà Nẵng", "Nghệ An". */
function kindOfName(value: string): ProvinceKind | undefined {
  if (wordsOf(value).trim() === "") return undefined;
  for (const kind of ["province", "city"] as const)
    if (PROVINCE_WORDS[kind].some((w) => startsWithPhrase(value, w))) return kind;
  return CENTRAL_CITIES.some((c) => hasPhrase(value, c)) ? "city" : "province";
}

/** The kind the words people typed say: a level cell "Tỉnh", a title "… cấp thành phố". */
function kindOfTyped(texts: readonly string[]): ProvinceKind | undefined {
  const says = (kind: ProvinceKind) =>
    texts.some((t) => PROVINCE_WORDS[kind].some((w) => hasPhrase(t, w)));
  // "thành phố" may be a province's own city, "tỉnh" is only ever a province.
  if (says("province")) return "province";
  return says("city") ? "city" : undefined;
}

/**
 * What the unit's province-level body is: the Thông tin key when filled, else the words typed
 * in the award lines and in Thông tin; undefined when nothing says.
 */
export function provinceKindOf(info: Info, awards: readonly Award[]): ProvinceKind | undefined {
  const stated = info.values.province;
  if (stated) return kindOfName(stated);
  // The list's own label ("Thành phố / Tỉnh") says nothing about the unit.
  const labels = new Set(Object.values(LEVEL_LABELS).map(matchKey));
  const typed = awards.flatMap((a) => [
    a.levelTyped && !labels.has(matchKey(a.levelTyped)) ? a.levelTyped : "",
    a.award,
  ]);
  const fromAwards = kindOfTyped(typed);
  if (fromAwards) return fromAwards;
  const infoTexts = [info.values.superiorBody, info.values.managingBody, info.values.unitName];
  // In Thông tin only "tỉnh" is telling: a district may be a "thành phố" of a province.
  return kindOfTyped(infoTexts.filter((t): t is string => !!t)) === "province"
    ? "province"
    : undefined;
}

/** How the levels of one unit are written: its province kind and the words typed per level. */
export interface LevelNaming {
  readonly province?: ProvinceKind;
  /** The level cell as typed, per level (the first line's), for "Quận" → "cấp quận". */
  readonly typed: Readonly<Partial<Record<LevelKey | "other", string>>>;
}

/** The naming of a workbook's levels: province kind, and the first typed word of each level. */
export function levelNaming(info: Info, awards: readonly Award[]): LevelNaming {
  const typed: Partial<Record<LevelKey | "other", string>> = {};
  for (const a of awards) {
    const key = a.level ?? "other";
    const text = a.levelTyped ?? a.levelText;
    if (text && typed[key] === undefined) typed[key] = text;
  }
  const province = provinceKindOf(info, awards);
  return province ? { province, typed } : { typed };
}

function typedMatches(w: LevelWord, typed: string | undefined): boolean {
  if (!w.typed) return true;
  return typed !== undefined && w.typed.some((t) => matchKey(t) === matchKey(typed));
}

/**
 * A level as a report writes it for the given school years: the word of the latest of them in
 * which the level exists (a column that spans the reform reads as after it). A level the lists
 * do not know reads as typed, with "cấp" in front.
 */
export function levelWord(
  level: LevelKey | "other",
  naming: LevelNaming,
  schoolYears: readonly string[] = [],
): string {
  const typed = naming.typed[level];
  if (level === "other") {
    if (!typed) return LEVEL_OTHER_WORD;
    const lower = typed.charAt(0).toLowerCase() + typed.slice(1);
    return startsWithPhrase(typed, LEVEL_PREFIX) ? lower : `${LEVEL_PREFIX} ${lower}`;
  }
  const years = schoolYears.filter((y) => levelExists(level, y));
  const year = years.length ? years[years.length - 1] : schoolYears[schoolYears.length - 1];
  const found = LEVEL_WORDS.find(
    (w) =>
      w.level === level &&
      inPeriod(w, year) &&
      (w.province === undefined || w.province === naming.province) &&
      typedMatches(w, typed),
  );
  // A level that no longer exists in any of the years still reads as it did.
  return (
    found?.word ??
    LEVEL_WORDS.find((w) => w.level === level && typedMatches(w, typed))?.word ??
    LEVEL_LABELS[level]
  );
}
