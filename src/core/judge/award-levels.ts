/**
 * Award lines checked against the levels of their period: a level that did not exist in the
 * line's school year (a district after the 2025 reform), a city level typed in a province, an
 * unknown province kind, and a school year missing inside a recipient × level series.
 */

import { at, issue, type Problem } from "../base/problems.js";
import { matchKey } from "../base/text.js";
import { MESSAGES } from "../i18n/messages.js";
import { INFO_KEYS, PROVINCE_WORDS, RECIPIENT_LABELS } from "../vocabulary/vi.js";
import {
  type LevelNaming,
  LOCAL_REFORM_SCHOOL_YEAR,
  levelExists,
  levelNaming,
  levelWord,
} from "../workbook/levels.js";
import type { Award, Workbook } from "../workbook/model.js";
import { tabDef } from "../workbook/schema.js";

const CITY_WORDS = new Set(PROVINCE_WORDS.city.map(matchKey));

/** Each line's level against its school year and the unit's province. */
function checkLines(w: Workbook, naming: LevelNaming, tab: string, problems: Problem[]): void {
  let unknownReported = false;
  for (const a of w.awards) {
    if (!a.level || !a.levelCell) continue;
    if (a.schoolYear && !levelExists(a.level, a.schoolYear)) {
      const word = levelWord(a.level, naming, [a.schoolYear]);
      const message = MESSAGES.levelNotInYear(word, a.schoolYear, LOCAL_REFORM_SCHOOL_YEAR);
      problems.push(at(tab, a.levelCell, issue("warning", "level-not-in-year", message)));
    }
    if (a.level !== "city") continue;
    if (naming.province === "province" && a.levelTyped && CITY_WORDS.has(matchKey(a.levelTyped))) {
      const message = MESSAGES.cityLevelInProvince(a.levelTyped);
      problems.push(at(tab, a.levelCell, issue("warning", "city-level-in-province", message)));
    } else if (naming.province === undefined && !unknownReported) {
      unknownReported = true;
      const message = MESSAGES.provinceUnknown(INFO_KEYS.province);
      problems.push(at(tab, a.levelCell, issue("info", "province-unknown", message)));
    }
  }
}

function whoOf(a: Award): string {
  return (a.recipient ? RECIPIENT_LABELS[a.recipient] : a.recipientText).toLowerCase();
}

/**
 * A school year with no line for a pupils' level that has lines before and after it: "none"
 * and "not typed yet" look the same, so the user is asked (a line of 0 says none). Years in
 * which the level did not exist are no gap. Pupils' prizes only: they are what the report
 * tabulates, charts and sets yearly targets on; a title (Liên đội, Công đoàn …) is often
 * earned in some years and not others.
 */
function checkGaps(w: Workbook, naming: LevelNaming, tab: string, problems: Problem[]): void {
  const series = new Map<string, { first: Award; years: Set<string> }>();
  for (const a of w.awards) {
    if (!a.schoolYear || a.recipient !== "pupil") continue;
    const key = `${a.recipient ?? matchKey(a.recipientText)}|${a.level ?? matchKey(a.levelText ?? "")}`;
    const s = series.get(key) ?? { first: a, years: new Set<string>() };
    s.years.add(a.schoolYear);
    series.set(key, s);
  }
  for (const { first, years } of series.values()) {
    const level = first.level ?? "other";
    const term = w.schoolYears.filter((y) => level === "other" || levelExists(level, y));
    const typed = term.map((y) => years.has(y));
    const from = typed.indexOf(true);
    const to = typed.lastIndexOf(true);
    for (let k = from + 1; k < to; k++) {
      if (typed[k]) continue;
      const own = {
        ...naming,
        typed: { ...naming.typed, [level]: first.levelTyped ?? first.levelText },
      };
      const word = levelWord(level, own, [term[k]!]);
      const message = MESSAGES.awardYearGap(whoOf(first), word, term[k]!);
      problems.push(at(tab, "", issue("warning", "award-year-gap", message)));
    }
  }
}

/** The award lines' levels and series checked; problems in the Giải thưởng tab. */
export function checkAwardLevels(w: Workbook, problems: Problem[]): void {
  if (w.awards.length === 0) return;
  const tab = w.layouts.awards?.name ?? tabDef("awards").name;
  const naming = levelNaming(w.info, w.awards);
  checkLines(w, naming, tab, problems);
  checkGaps(w, naming, tab, problems);
}
