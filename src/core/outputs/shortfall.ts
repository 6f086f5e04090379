/**
 * The years that kept a term from being met, said once for the check table, the archive and
 * the draft: "năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt".
 */
import { DRAFT, SHORTFALL as S } from "../i18n/messages.js";
import type { IndicatorVerdict, YearVerdict } from "../judge/evaluate.js";
import { formatMeasure } from "../workbook/format.js";
import type { Figure, Indicator } from "../workbook/model.js";

/** The verb before a figure: "xếp" a rank, "là" a rate to keep low, "đạt" otherwise. */
export function figureVerb(i: Indicator): string {
  if (i.unit === "rank") return S.verbs.ranked;
  return i.lowerBetter ? S.verbs.is : S.verbs.reached;
}

/** The unit's word after a number ("giải", "giáo viên"); "" for %, ranks and levels. */
export function unitWord(i: Indicator): string {
  if (i.unit === "percent" || i.unit === "rank" || i.unit === "level") return "";
  return (i.unitKey && DRAFT.units[i.unitKey]) || (i.unitKey ? "" : (i.unitText ?? ""));
}

/** The unit written after a number, with its space (" giải"); nothing for %, ranks and levels. */
export function unitSuffix(i: Indicator): string {
  const word = unitWord(i);
  return word ? ` ${word}` : "";
}

/** A figure as the draft writes it ("24,1%" for a cell holding 0.241, "93%" for "93 %"). */
function shown(i: Indicator, f: Figure): string {
  return f.measure?.kind === "amount" ? formatMeasure(f.measure, unitWord(i)) : f.text;
}

/** The years that fell short, when the term is not met because of them (each year judged). */
export function shortYears(v: IndicatorVerdict): readonly YearVerdict[] {
  if (v.term.judgement !== "notMet" || v.term.basis !== "years") return [];
  return v.years.filter((y) => y.judgement === "notMet");
}

/** Where the other years lie against the short ones, and how they did. */
function restText(
  short: readonly YearVerdict[],
  rest: readonly YearVerdict[],
  all: readonly YearVerdict[],
) {
  const first = all.indexOf(short[0]!);
  const last = all.indexOf(short[short.length - 1]!);
  const at = rest.map((y) => all.indexOf(y));
  const where =
    rest.length === 1
      ? S.oneYear(rest[0]!.schoolYear)
      : at.every((k) => k > last)
        ? S.after
        : at.every((k) => k < first)
          ? S.before
          : S.others;
  const exceeded = rest.filter((y) => y.judgement === "exceeded").length;
  const how = exceeded === 0 ? S.met : exceeded === rest.length ? S.exceeded : S.both;
  return `${where} ${how}`;
}

/** The sentence naming the short years, or undefined when no year explains the term. */
export function shortfallText(v: IndicatorVerdict): string | undefined {
  const short = shortYears(v);
  if (short.length === 0) return undefined;
  const verb = figureVerb(v.indicator);
  const parts = short.map((y) => S.year(y.schoolYear, verb, shown(v.indicator, y.figure)));
  const rest = v.years.filter((y) => y.judgement === "met" || y.judgement === "exceeded");
  if (rest.length) parts.push(restText(short, rest, v.years));
  const blank = v.years.filter((y) => y.judgement === "noData").map((y) => y.schoolYear);
  if (blank.length) parts.push(S.noData(blank.join(", ")));
  return parts.join("; ");
}
