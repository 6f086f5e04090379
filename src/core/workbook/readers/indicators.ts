/** The Chỉ tiêu tab: one indicator per row, with its target and a result per school year. */

import { at, issue, type Problem } from "../../base/problems.js";
import { a1, anyOf, cleanText, foldKey, matchKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import { HEADERS } from "../../vocabulary/vi.js";
import { AWARD_SOURCE_WORDS, LEVEL_PREFIX } from "../../vocabulary/words.js";
import { findChoice, parseChoice } from "../cells/choices.js";
import type { Measure } from "../cells/measure-types.js";
import { unitKind } from "../cells/measures.js";
import type { AwardSource, Figure, Indicator } from "../model.js";
import { LEVELS, RECIPIENTS, SECTIONS, TARGET_KINDS, type TargetKind, UNITS } from "../schema.js";
import { isLowerBetter, lowerBetterLabel } from "./direction.js";
import { figure } from "./figures.js";
import { dataRows, type RowReader } from "./rows.js";
import { readScope, withoutScopeWords } from "./scope.js";

const AWARD_SOURCE = new RegExp(String.raw`^${anyOf(AWARD_SOURCE_WORDS)}\s*:?\s*(.*)$`);
/** "cấp tỉnh": the prefix, as typed (the text is NFC already). */
const LEVEL_PREFIX_RE = new RegExp(String.raw`^${LEVEL_PREFIX}\s+`, "i");

/** Reads "Giải thưởng: Học sinh, Thành phố" in the source column. */
function readSource(text: string): AwardSource | undefined {
  const m = AWARD_SOURCE.exec(foldKey(text));
  if (!m) return undefined;
  const original = cleanText(text).replace(/^[^:]*:\s*/, "");
  const parts = original.split(/[,;|]/).map((s) => cleanText(s));
  const source: { recipient?: AwardSource["recipient"]; level?: AwardSource["level"] } = {};
  for (const p of parts) {
    if (p === "") continue;
    const level = findChoice(LEVELS, p) ?? findChoice(LEVELS, p.replace(LEVEL_PREFIX_RE, ""));
    const recipient = findChoice(RECIPIENTS, p);
    if (level) source.level = level;
    else if (recipient) source.recipient = recipient;
    else return undefined;
  }
  return source;
}

/** The target kind a target's wording implies, when the kind column is blank. */
function impliedKind(target: Measure | null, label: string): TargetKind {
  const kind = kindOfTarget(target);
  // "Tỉ lệ học sinh bỏ học: 0,5%": a figure for something to have less of is a ceiling.
  const point = target?.kind === "amount" && target.low === target.high;
  return kind === "atLeast" && point && lowerBetterLabel(label) ? "atMost" : kind;
}

function kindOfTarget(target: Measure | null): TargetKind {
  if (!target) return "none";
  if (target.kind === "trend") return target.better === "lower" ? "decrease" : "increase";
  if (target.kind === "quality") return "qualitative";
  if (target.rank && target.low === target.high) return "atMost";
  // "0%", "không có": none is the most allowed (at least none would be met by anything).
  if (target.low === 0 && target.high === 0) return "atMost";
  if (target.low !== null && target.high !== null && target.low !== target.high) {
    if (target.low === 0 && !target.lowOpen) return "atMost";
    if (target.percent && target.high === 100 && !target.highOpen) return "atLeast";
    return "range";
  }
  return "atLeast";
}

function kindFits(kind: TargetKind, target: Measure | null): boolean {
  if (!target) return kind === "none" || kind === "increase" || kind === "decrease";
  if (kind === "none") return true;
  if (kind === "qualitative") return true;
  if (kind === "increase" || kind === "decrease") return target.kind === "trend";
  return target.kind === "amount";
}

/** The row's kind: as stated when it fits the target, else as the target's wording implies. */
function settleKind(
  rr: RowReader,
  kindChoice: { key: TargetKind | undefined; text: string } | undefined,
  target: Figure,
  label: string,
): Pick<Indicator, "kind" | "kindStated"> {
  const kind: TargetKind = kindChoice?.key ?? impliedKind(target.measure, label);
  const kindStated = kindChoice?.key !== undefined;
  if (kindStated && !kindFits(kind, target.measure) && target.measure) {
    rr.problems.push(
      at(
        rr.layout.name,
        target.cell,
        issue(
          "warning",
          "target-kind-mismatch",
          MESSAGES.targetKindMismatch(kindChoice!.text, target.text),
        ),
      ),
    );
    return { kind: impliedKind(target.measure, label), kindStated };
  }
  return { kind, kindStated };
}

function readSourceCell(rr: RowReader, r: number): AwardSource | undefined {
  const sourceText = rr.text(r, "source");
  if (!sourceText) return undefined;
  const source = readSource(sourceText);
  if (!source) {
    rr.problems.push(
      at(
        rr.layout.name,
        rr.cell(r, "source"),
        issue("warning", "unknown-source", MESSAGES.unknownSource(sourceText)),
      ),
    );
  }
  return source;
}

/** The row's code, or undefined (and an error) when it is blank or already used. */
function checkCode(
  rr: RowReader,
  r: number,
  codeText: string | undefined,
  seen: Map<string, string>,
): string | undefined {
  const codeCell = rr.cell(r, "code") || a1(r, 0);
  if (!codeText) {
    rr.problems.push(
      at(rr.layout.name, codeCell, issue("error", "missing-code", MESSAGES.missingCode())),
    );
    return undefined;
  }
  const code = cleanText(codeText);
  const codeKey = matchKey(code);
  const prior = seen.get(codeKey);
  if (prior) {
    rr.problems.push(
      at(
        rr.layout.name,
        codeCell,
        issue("error", "duplicate-code", MESSAGES.duplicateCode(code, prior)),
      ),
    );
    return undefined;
  }
  seen.set(codeKey, codeCell);
  return code;
}

function readIndicator(rr: RowReader, r: number, code: string, label?: string): Indicator {
  const codeCell = rr.cell(r, "code") || a1(r, 0);
  if (!label) {
    rr.problems.push(
      at(
        rr.layout.name,
        rr.cell(r, "label") || codeCell,
        issue("warning", "empty-required", MESSAGES.emptyRequired(HEADERS.label)),
      ),
    );
  }
  const unitChoice = rr.take(r, "unit", parseChoice(rr.raw(r, "unit"), UNITS));
  const unit = unitKind(unitChoice?.key, unitChoice?.text);
  const kindChoice = rr.take(r, "kind", parseChoice(rr.raw(r, "kind"), TARGET_KINDS));
  const targetColumn = rr.layout.columns.target;
  const targetRaw = targetColumn === undefined ? undefined : rr.grid[r]?.[targetColumn];
  const target = figure(rr, r, targetColumn, unit, withoutScopeWords(targetRaw));
  const { kind, kindStated } = settleKind(rr, kindChoice, target, label ?? "");
  const results: Record<string, Figure> = {};
  for (const y of rr.layout.yearColumns) results[y.schoolYear] = figure(rr, r, y.column, unit);
  const sectionChoice = rr.take(r, "section", parseChoice(rr.raw(r, "section"), SECTIONS));
  const source = readSourceCell(rr, r);
  return {
    row: r,
    code,
    codeCell,
    section: sectionChoice?.key,
    sectionText: sectionChoice?.text,
    group: rr.text(r, "group"),
    parent: rr.text(r, "parent"),
    label: label ?? "",
    unit,
    unitKey: unitChoice?.key,
    unitText: unitChoice?.text,
    kind,
    kindStated,
    lowerBetter: isLowerBetter(label ?? "", kind, kindStated),
    target,
    scope: readScope(rr, r, label ?? "", target.text),
    results,
    termResult: figure(rr, r, rr.layout.columns.termResult, unit),
    source,
    nextTarget: figure(rr, r, rr.layout.columns.nextTarget, unit),
    pattern: rr.long(r, "pattern"),
    note: rr.text(r, "note"),
  };
}

export function readIndicators(rr: RowReader | undefined, problems: Problem[]): Indicator[] {
  if (!rr) return [];
  const out: Indicator[] = [];
  const seen = new Map<string, string>();
  for (const r of dataRows(rr)) {
    const codeText = rr.text(r, "code");
    const label = rr.long(r, "label");
    const code = checkCode(rr, r, codeText, seen);
    if (code !== undefined) out.push(readIndicator(rr, r, code, label));
  }
  for (const i of out) {
    if (i.parent && !seen.has(matchKey(i.parent))) {
      problems.push(
        at(
          rr.layout.name,
          rr.cell(i.row, "parent"),
          issue("warning", "unknown-parent", MESSAGES.unknownParent(i.parent)),
        ),
      );
    }
  }
  return out;
}
