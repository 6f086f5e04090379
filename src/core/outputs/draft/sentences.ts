/**
 * Generated sentences of the draft, in the register of a cell's term report:
 * "Tỉ lệ học sinh xếp mức Đạt … đạt 99,3%, trong đó 78% xếp mức Tốt (chỉ tiêu 99%, trong
 * đó từ 70% trở lên: vượt chỉ tiêu)". Every figure is the sheet's, formatted; an absent
 * figure becomes a visible placeholder naming its cell, never a number.
 */

import { allMatches, anyOf, foldKey, matchKey, upperFirst } from "../../base/text.js";
import { DRAFT, SCOPE_TEXT } from "../../i18n/messages.js";
import type { IndicatorVerdict, Judgement } from "../../judge/evaluate.js";
import { combine } from "../../judge/evaluate.js";
import { JUDGEMENT_PHRASES, LEVEL_LABELS, RECIPIENT_LABELS } from "../../vocabulary/vi.js";
import { ACTION_VERBS } from "../../vocabulary/words.js";
import { formatMeasure, formatNumber } from "../../workbook/format.js";
import { levelWord } from "../../workbook/levels.js";
import type { AwardTally, Figure, Indicator } from "../../workbook/model.js";
import { PLACEHOLDER, patternYear } from "../../workbook/patterns.js";
import { withoutScopeWords } from "../../workbook/readers/scope.js";
import { figureVerb, shortfallText, unitSuffix, unitWord } from "../shortfall.js";
import type { Run } from "./model.js";

/** What sentences need besides the verdicts. */
export interface SentenceContext {
  /** The indicators tab's name, for placeholders ("Chỉ tiêu!J7"). */
  readonly tab: string;
  readonly schoolYears: readonly string[];
}

const plain = (text: string): Run => ({ text });

/** A placeholder run for an empty cell. */
export function missingRun(tab: string, cell: string): Run {
  const name = placeholderTab(tab);
  return { text: DRAFT.missing(cell ? `${name}!${cell}` : name), missing: true };
}

/**
 * A tab's name as a placeholder writes it: in NFC, whatever form it was typed in, so that the
 * draft (and a search for "Chỉ tiêu!J7" in it) reads one way; matching tabs ignores the form.
 */
export function placeholderTab(name: string): string {
  return name.normalize("NFC");
}

export { unitSuffix, unitWord };

/** The placeholder of a figure counted from award lines when the year has none. */
function missingLineRun(t: AwardTally): Run {
  const line = [
    ...(t.schoolYear ? [`${DRAFT.prizeTableYear.toLowerCase()} ${t.schoolYear}`] : []),
    ...(t.recipient ? [RECIPIENT_LABELS[t.recipient]] : []),
    ...(t.level ? [LEVEL_LABELS[t.level]] : []),
  ];
  return { text: DRAFT.missingAwardLine(placeholderTab(t.tab), line), missing: true };
}

/** The placeholder of an absent figure: its empty cell, or the award line not typed. */
export function gapRun(ctx: SentenceContext, f: Figure): Run {
  return f.tally ? missingLineRun(f.tally) : missingRun(ctx.tab, f.cell);
}

/** A figure as words, or a placeholder when the cell is empty. */
export function figureRuns(ctx: SentenceContext, i: Indicator, f: Figure): Run[] {
  const runs = figureWords(ctx, i, f);
  const t = f.tally;
  // Counted at the level that replaced the one the target names: the figure says which.
  if (!f.measure || !t?.replaces || !t.level) return runs;
  return [...runs, plain(` (${levelWord(t.level, { typed: {} }, [t.schoolYear])})`)];
}

function figureWords(ctx: SentenceContext, i: Indicator, f: Figure): Run[] {
  if (!f.measure) return f.text ? [plain(f.text)] : [gapRun(ctx, f)];
  // Words typed without figures ("không có") stay words: a number would be an interpretation.
  if (f.text && !/\d/.test(f.text)) return [plain(f.text)];
  if (f.measure.kind === "amount") {
    const text = amountText(f, unitWord(i));
    return [
      plain(
        i.unit === "rank" && !text.startsWith(DRAFT.rankWord) ? `${DRAFT.rankWord} ${text}` : text,
      ),
    ];
  }
  return [plain(f.measure.text)];
}

/** A target cell as tables write it: a figure with its unit ("từ 15 giải trở lên"), or as typed. */
export function targetRuns(ctx: SentenceContext, i: Indicator): Run[] {
  return i.target.measure?.kind === "amount"
    ? figureRuns(ctx, i, i.target)
    : [plain(i.target.text)];
}

/**
 * A closed range typed as one ("99,2%-100%") stays a range; else the usual wording. `unit`
 * follows the number, inside a bound's words ("từ 15 giải trở lên").
 */
function amountText(f: Figure, unit = ""): string {
  const m = f.measure;
  if (m?.kind !== "amount") return "";
  if (m.low !== null && m.high !== null && m.low < m.high && /\d\s*%?\s*[-–]\s*\d/.test(f.text)) {
    const pct = m.percent ? "%" : "";
    return `${formatNumber(m.low)}${pct}–${formatNumber(m.high)}${pct}${unit ? ` ${unit}` : ""}`;
  }
  return formatMeasure(m, unit);
}

function lowerFirst(text: string): string {
  const [first, second] = [...text];
  // Keep acronyms and names ("HS", "GDPT", "Bùi …" stay as typed only when all-caps).
  if (!first || (second && second === second.toUpperCase() && second !== second.toLowerCase()))
    return text;
  return first.toLowerCase() + text.slice(first.length);
}

/** The first letter in lower case, unless the word is an acronym ("HS", "GDPT"). */
export function lowerStart(text: string): string {
  const chars = [...text];
  if (
    chars.length > 1 &&
    chars[1] === chars[1]!.toUpperCase() &&
    chars[1] !== chars[1]!.toLowerCase()
  )
    return text;
  return (chars[0] ?? "").toLowerCase() + chars.slice(1).join("");
}

export { upperFirst };

function startsWithRate(label: string): boolean {
  const l = label.toLowerCase();
  return DRAFT.rateWords.some((w) => l.startsWith(w));
}

/** "Tỉ lệ học sinh …" for a percent row, the label itself otherwise. */
function subject(i: Indicator): string {
  return subjectOf(i, i.label);
}

function subjectOf(i: Indicator, label: string): string {
  if (i.unit === "percent" && !startsWithRate(label))
    return `${DRAFT.ratePrefix} ${lowerFirst(label)}`;
  return upperFirst(label);
}

/** "đạt" a figure; "xếp" a rank; "là" a rate to keep low ("tỉ lệ bỏ học … là 0,3%"). */
const verb = figureVerb;

/** Whether the indicator's result is a yearly series rather than one term figure. */
function isSeries(v: IndicatorVerdict): boolean {
  return !v.indicator.termResult.measure && v.years.some((y) => y.figure.measure !== null);
}

/** Whether anything at all is known or expected of this indicator for the ended term. */
export function hasContent(v: IndicatorVerdict): boolean {
  const i = v.indicator;
  return (
    i.target.text !== "" ||
    i.termResult.text !== "" ||
    v.years.some((y) => y.figure.text !== "" || y.figure.measure !== null)
  );
}

/** "năm học 2019-2020 đạt 2 giải, 2020-2021 đạt 5 giải, 2021-2022 đạt 12 giải". */
function seriesRuns(ctx: SentenceContext, v: IndicatorVerdict): Run[] {
  const out: Run[] = [];
  v.years.forEach((y, k) => {
    if (k > 0) out.push(plain(", "));
    out.push(plain(`${k === 0 ? DRAFT.year(y.schoolYear) : y.schoolYear} ${verb(v.indicator)} `));
    out.push(...figureRuns(ctx, v.indicator, y.figure));
  });
  return out;
}

/** The figure a scope judged (a sum, a mean, the last year's), when it judged one. */
function scopedFigure(v: IndicatorVerdict): Figure | undefined {
  if (v.indicator.scope.key === "yearly") return undefined;
  if (v.term.basis === "termResult") return v.indicator.termResult;
  return v.term.figure;
}

/** A scoped figure's runs: a computed one as the judge wrote it, a cell's as always. */
function scopedFigureRuns(ctx: SentenceContext, v: IndicatorVerdict, f: Figure, unit = true) {
  if (f.cell !== "")
    return unit ? figureRuns(ctx, v.indicator, f) : [plain(amountText(f) || f.text)];
  return [plain(f.text + (unit ? unitSuffix(v.indicator) : ""))];
}

/** What a scoped result is: "cộng các năm học", "bình quân các năm học", "năm học 2024-2025". */
function basisNote(v: IndicatorVerdict, f: Figure): string {
  if (v.term.basis === "sum") return SCOPE_TEXT.basis.sum;
  if (v.term.basis === "average") return SCOPE_TEXT.basis.average;
  const year = v.years.find((y) => y.figure === f)?.schoolYear;
  return year ? SCOPE_TEXT.basis.year(year) : "";
}

/** "trong nhiệm kỳ", "đến cuối nhiệm kỳ", "trong năm học 2022-2023". */
function scopePhrase(i: Indicator): string {
  const p = SCOPE_TEXT.phrase;
  if (i.scope.key === "schoolYear") return p.schoolYear(i.scope.schoolYear ?? "");
  return i.scope.key === "yearly" ? "" : p[i.scope.key];
}

const ACTION = new RegExp(`^${anyOf(ACTION_VERBS)}\\s`);

/**
 * A scoped result as a sentence: "Trong nhiệm kỳ đã kết nạp 4 quần chúng ưu tú vào Đảng",
 * "Đến cuối nhiệm kỳ, số phòng học bộ môn đạt chuẩn: 6 phòng".
 */
function scopedClause(ctx: SentenceContext, v: IndicatorVerdict, f: Figure): Run[] {
  const i = v.indicator;
  const label = withoutScopeWords(i.label) ?? i.label;
  const lead = upperFirst(scopePhrase(i));
  const folded = foldKey(label);
  const m = ACTION.exec(folded);
  if (m && i.unit !== "percent" && folded.length === label.length) {
    const verbText = lowerFirst(label.slice(0, m[0].length - 1));
    const rest = label.slice(m[0].length);
    return [
      plain(`${lead} ${SCOPE_TEXT.done} ${verbText} `),
      ...scopedFigureRuns(ctx, v, f, false),
      plain(` ${rest}`),
    ];
  }
  if (i.unit === "percent")
    return [
      plain(`${lead}, ${lowerFirst(subjectOf(i, label))} ${verb(i)} `),
      ...scopedFigureRuns(ctx, v, f),
    ];
  return [plain(`${lead}, ${lowerFirst(label)}: `), ...scopedFigureRuns(ctx, v, f)];
}

/** The result of an indicator: its term figure, its yearly series, or a placeholder. */
export function resultRuns(ctx: SentenceContext, v: IndicatorVerdict): Run[] {
  const i = v.indicator;
  const scoped = scopedFigure(v);
  if (scoped && scoped !== i.termResult) {
    const note = basisNote(v, scoped);
    return [...scopedFigureRuns(ctx, v, scoped), ...(note ? [plain(` (${note})`)] : [])];
  }
  if (i.termResult.measure || i.termResult.text) return figureRuns(ctx, i, i.termResult);
  if (isSeries(v)) return seriesRuns(ctx, v);
  // Counted from award lines and none typed in any year: the lines are what is missing.
  const tally = i.source ? v.years.find((y) => y.figure.tally)?.figure.tally : undefined;
  if (tally) return [missingLineRun({ ...tally, schoolYear: "" })];
  return [missingRun(ctx.tab, i.termResult.cell || v.years[0]?.figure.cell || "")];
}

/** The trend phrase of a series, if it has one. */
function trendPhrase(v: IndicatorVerdict): string {
  const i = v.indicator;
  if (!isSeries(v)) return "";
  const rank = v.trend?.lowerIsBetter ?? i.unit === "rank";
  if (i.kind === "increase" || i.kind === "decrease") {
    if (v.term.judgement === "met") return rank ? DRAFT.rankUp : DRAFT.seriesUp;
    if (v.term.judgement === "notMet")
      return rank ? DRAFT.rankNotEveryYear : DRAFT.seriesNotEveryYear;
    return "";
  }
  return v.trend ? DRAFT.trendWords[v.trend.direction] : "";
}

/**
 * The target as the judgement's parenthesis writes it, right after the result that carries
 * the unit: "(chỉ tiêu 3: vượt chỉ tiêu)", "(chỉ tiêu từ 15 trở lên: …)".
 */
export function targetText(i: Indicator): string {
  const m = i.target.measure;
  if (!m) return i.target.text;
  if (m.kind === "trend") return lowerFirst(m.text);
  if (m.kind === "quality") return m.text;
  return amountText(i.target) || i.target.text;
}

function hasTarget(v: IndicatorVerdict): boolean {
  return v.term.judgement !== "noTarget" && targetText(v.indicator) !== "";
}

/** One indicator's own clause, without judgement. `child`: written as a "trong đó" part. */
function clause(ctx: SentenceContext, v: IndicatorVerdict, child: boolean): Run[] {
  const i = v.indicator;
  if (i.pattern) return patternRuns(ctx, v, i.pattern);
  const scoped = child ? undefined : scopedFigure(v);
  if (scoped) return scopedClause(ctx, v, scoped);
  const result = resultRuns(ctx, v);
  const trend = trendPhrase(v);
  const tail = trend ? [plain(`, ${trend}`)] : [];
  if (child) {
    if (i.unit === "percent" && !isSeries(v))
      return [plain(`${DRAFT.inWhich} `), ...result, plain(` ${lowerFirst(i.label)}`)];
    return [plain(`${DRAFT.inWhich} ${lowerFirst(i.label)}: `), ...result, ...tail];
  }
  // A rate to keep low reads "tỉ lệ học sinh bỏ học năm học 2020-2021 là 0,3%, …".
  if (isSeries(v) && i.unit === "percent" && i.lowerBetter)
    return [plain(`${subjectOf(i, withoutScopeWords(i.label) ?? i.label)} `), ...result, ...tail];
  if (isSeries(v) || i.unit === "level" || i.unit === "rank")
    return [plain(`${subject(i)}: `), ...result, ...tail];
  // A ceiling ("dưới 1%", "0%") is stated, not "reached".
  if (i.unit === "percent" && i.kind === "atMost") return [plain(`${subject(i)} `), ...result];
  if (i.unit === "percent" && i.lowerBetter) return [plain(`${subject(i)} ${verb(i)} `), ...result];
  if (i.unit === "percent") return [plain(`${subject(i)} ${DRAFT.reached} `), ...result];
  return [plain(`${subject(i)}: `), ...result];
}

/** "(chỉ tiêu 99%, trong đó từ 70% trở lên: vượt chỉ tiêu)" for a parent and its children. */
function judgementRuns(parts: readonly IndicatorVerdict[]): Run[] {
  const targeted = parts.filter(hasTarget);
  if (targeted.length === 0) return [];
  const judgement: Judgement = combine(targeted.map((v) => v.term.judgement));
  const targets = targeted
    .map((v, k) =>
      k === 0 && targeted[0] === parts[0]
        ? targetText(v.indicator)
        : `${DRAFT.inWhich} ${
            v.indicator.unit === "percent" && v.indicator.target.measure?.kind === "amount"
              ? targetText(v.indicator)
              : `${lowerFirst(v.indicator.label)} ${targetText(v.indicator)}`
          }`,
    )
    .join(", ");
  const short = targeted.map(shortfallText).filter((t): t is string => t !== undefined);
  return [
    plain(` (${DRAFT.targetWas(targets)}: `),
    { text: JUDGEMENT_PHRASES[judgement], bold: true },
    plain(`${short.map((t) => `; ${t}`).join("")})`),
  ];
}

/**
 * The sentence of one indicator and the indicators that name it as parent: "… đạt 99,3%,
 * trong đó 78% xếp mức Tốt (chỉ tiêu …: vượt chỉ tiêu)".
 */
export function compoundRuns(
  ctx: SentenceContext,
  parent: IndicatorVerdict,
  children: readonly IndicatorVerdict[],
): Run[] {
  const runs = [...clause(ctx, parent, false)];
  for (const c of children)
    runs.push(
      plain(parent.indicator.unit === "percent" && !isSeries(parent) && !isSeries(c) ? ", " : "; "),
      ...clause(ctx, c, true),
    );
  if (!parent.indicator.pattern) runs.push(...judgementRuns([parent, ...children]));
  return runs;
}

/** Splits a group's indicators into parents with their children, in sheet order. */
export function families(
  verdicts: readonly IndicatorVerdict[],
): { parent: IndicatorVerdict; children: IndicatorVerdict[] }[] {
  // Codes match as everywhere else (matchKey): case, Unicode form and tone placement aside.
  const out: { parent: IndicatorVerdict; children: IndicatorVerdict[] }[] = [];
  const byCode = new Map<string, (typeof out)[number]>();
  for (const v of verdicts) {
    const fam = v.indicator.parent ? byCode.get(matchKey(v.indicator.parent)) : undefined;
    if (fam) fam.children.push(v);
    else {
      const own = { parent: v, children: [] };
      out.push(own);
      const key = matchKey(v.indicator.code);
      if (!byCode.has(key)) byCode.set(key, own);
    }
  }
  return out;
}

/** The phrase for a yearly series' judgement, used by patterns. */
function judgementWord(v: IndicatorVerdict): string {
  return JUDGEMENT_PHRASES[v.term.judgement];
}

/**
 * Renders a "Mẫu câu" pattern. Known placeholders: see DRAFT.placeholders. An unknown one is
 * kept as typed and reported, naming the pattern's cell.
 */
function patternRuns(ctx: SentenceContext, v: IndicatorVerdict, pattern: string): Run[] {
  const i = v.indicator;
  const out: Run[] = [];
  let last = 0;
  for (const m of allMatches(PLACEHOLDER, pattern)) {
    if (m.index > last) out.push(plain(pattern.slice(last, m.index)));
    last = m.index + m[0].length;
    const name = (m[1] ?? "").trim();
    const arg = (m[2] ?? "").trim();
    switch (name) {
      case "chi_tieu":
        out.push(plain(i.label));
        break;
      case "chi_tieu_de_ra":
        out.push(i.target.text ? plain(targetText(i)) : missingRun(ctx.tab, i.target.cell));
        break;
      case "ket_qua":
        out.push(...resultRuns(ctx, v));
        break;
      case "danh_gia":
        out.push({ text: judgementWord(v), bold: true });
        break;
      case "xu_huong":
        out.push(plain(trendPhrase(v)));
        break;
      case "don_vi":
        out.push(plain(unitSuffix(i).trim()));
        break;
      case "chi_tieu_toi":
        out.push(...figureRuns(ctx, i, i.nextTarget));
        break;
      case "nam_hoc": {
        // A year without a result column is reported by patternIssues (analyse); keep it as typed.
        const year = patternYear(arg);
        const y = v.years.find((x) => x.schoolYear === year);
        if (y) out.push(...figureRuns(ctx, i, y.figure));
        else out.push(plain(m[0]));
        break;
      }
      default:
        // Unknown placeholders are reported by patternIssues (analyse); keep them as typed.
        out.push(plain(m[0]));
    }
  }
  if (last < pattern.length) out.push(plain(pattern.slice(last)));
  return out;
}

/** Indicators whose figures fall short, for the "tồn tại" part. */
export function notMetRuns(ctx: SentenceContext, v: IndicatorVerdict): Run[] {
  const i = v.indicator;
  const [before, after] = DRAFT.notMetItem(upperFirst(i.label), targetText(i), "\u0000").split(
    "\u0000",
  );
  const trend = trendPhrase(v);
  const short = shortfallText(v);
  return [
    plain(before ?? ""),
    ...resultRuns(ctx, v),
    plain(`${trend ? ` (${trend})` : ""}${short ? `; ${short}` : ""}${after ?? ""}`),
  ];
}

/** The next term's target as a sentence: "Phấn đấu tỉ lệ … đạt 99%, trong đó từ 75% trở lên xếp mức Tốt". */
export function nextTargetRuns(
  ctx: SentenceContext,
  parent: IndicatorVerdict,
  children: readonly IndicatorVerdict[],
): Run[] {
  const part = (v: IndicatorVerdict, child: boolean): Run[] => {
    const i = v.indicator;
    const f = i.nextTarget;
    const value = figureRuns(ctx, i, f);
    if (f.measure?.kind === "trend")
      return [
        plain(
          child
            ? `${DRAFT.inWhich} ${lowerFirst(i.label)}: `
            : `${upperFirst(i.label)}: ${lowerFirst(DRAFT.strive)} `,
        ),
        plain(lowerFirst(f.measure.text)),
      ];
    if (i.unit === "percent" && f.measure?.kind === "amount")
      return child
        ? [plain(`${DRAFT.inWhich} `), ...value, plain(` ${lowerFirst(i.label)}`)]
        : [
            plain(
              `${DRAFT.strive} ${lowerFirst(subject(i))} ${i.lowerBetter ? "" : `${DRAFT.reached} `}`,
            ),
            ...value,
          ];
    // "không có" as the target reads as a hand-written sentence: "Phấn đấu không có đảng viên,
    // giáo viên vi phạm pháp luật", not "Đảng viên, giáo viên vi phạm pháp luật: không có".
    if (!child && /^không(\s+có)?$/i.test(f.text.trim()))
      return [plain(`${DRAFT.strive} ${DRAFT.none} ${lowerFirst(i.label)}`)];
    return [
      plain(child ? `${DRAFT.inWhich} ${lowerFirst(i.label)}: ` : `${upperFirst(i.label)}: `),
      ...value,
    ];
  };
  const withNext = children.filter((c) => c.indicator.nextTarget.text !== "");
  const runs = [...part(parent, false)];
  for (const c of withNext) runs.push(plain(", "), ...part(c, true));
  runs.push(plain("."));
  return runs;
}
