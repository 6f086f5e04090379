/**
 * "Định dạng": number formats for figures (percent rows, đồng), header styles, the grey of
 * computed columns, and judgement colours as conditional-format rules. Each of these is read
 * once per tab and only the cells that differ are written (see changes.ts), so a second run
 * writes nothing. Rules are set with one call per sheet when they differ; rules people made
 * are kept, and only the ones tongket made before (known by their criteria: a judgement text,
 * or the "not met" symbol) are replaced.
 */

import type { TabLayout } from "../core/index.js";
import {
  analyse,
  JUDGEMENT_SYMBOLS,
  type JudgementKey,
  judgementText,
  TAB_NAMES,
  tabDef,
} from "../core/index.js";
import type { Book, ReadTab } from "./book.js";
import { sameColour, sameExactly, writeChanged } from "./changes.js";
import {
  type ConditionalFormatRule,
  type Range,
  type Sheet,
  type SpreadsheetApp,
  sameEnum,
} from "./gas.js";
import {
  COMPUTED_BACKGROUND,
  HEADER_BACKGROUND,
  JUDGEMENT_COLOURS,
  NUMBER_FORMATS,
} from "./palette.js";

export function formatSheets(book: Book, app: SpreadsheetApp): void {
  const tabs = book.readSchemaTabs();
  const analysis = analyse(tabs);
  const layouts = analysis.workbook.layouts;
  for (const tab of tabs) {
    const layout = Object.values(layouts).find((l) => l?.name === tab.name);
    if (layout && tab.values.length > 0) styleHeader(tab, layout);
  }
  const indicators = layouts.indicators && tabs.find((t) => t.name === layouts.indicators!.name);
  if (indicators && indicators.values.length > 0) {
    const layout = layouts.indicators!;
    formatFigures(
      indicators,
      layout,
      analysis.evaluation.indicators.map((v) => v.indicator),
    );
    shadeComputed(indicators, layout);
    const maxRows = indicators.sheet.getMaxRows();
    const judgement = layout.columns.judgement;
    const yearJudgements = layout.columns.yearJudgements;
    const first = layout.headerRow + 2;
    const rows = maxRows - first + 1;
    if (rows > 0) {
      const ranges =
        judgement === undefined ? [] : [indicators.sheet.getRange(first, judgement + 1, rows, 1)];
      const yearRanges =
        yearJudgements === undefined
          ? []
          : [indicators.sheet.getRange(first, yearJudgements + 1, rows, 1)];
      setJudgementRules(indicators.sheet, ranges, yearRanges, app);
    }
  }
  const funding = layouts.funding && tabs.find((t) => t.name === layouts.funding!.name);
  const amount = layouts.funding?.columns.amount;
  if (funding && amount !== undefined && funding.values.length > layouts.funding!.headerRow + 1) {
    const first = layouts.funding!.headerRow + 1;
    const rows = funding.values.length - first;
    const held = funding.sheet.getRange(first + 1, amount + 1, rows, 1).getNumberFormats();
    const money = held.map(() => [NUMBER_FORMATS.money]);
    writeChanged(funding.sheet, first, amount, money, held, sameExactly, (r, v) =>
      r.setNumberFormats(v),
    );
  }
  const summary = book.find(TAB_NAMES.summary);
  if (summary) {
    const sheet = summary.sheet;
    setJudgementRules(
      sheet,
      [sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns())],
      [],
      app,
    );
  }
}

/** Header rows bold, wrapped and coloured: one read of each and a write of the cells that differ. */
function styleHeader(tab: ReadTab, layout: TabLayout): void {
  const width = tab.values[layout.headerRow]?.length ?? 0;
  if (width === 0) return;
  const def = tabDef(layout.key);
  const computed = new Set(def.columns.filter((c) => c.computed).map((c) => layout.columns[c.key]));
  const row = layout.headerRow;
  const header = tab.sheet.getRange(row + 1, 1, 1, width);
  const bold = [Array.from({ length: width }, (): "bold" | "normal" => "bold")];
  writeChanged(tab.sheet, row, 0, bold, header.getFontWeights(), sameExactly, (r, v) =>
    r.setFontWeights(v),
  );
  const wrap = [Array.from({ length: width }, () => true)];
  writeChanged(tab.sheet, row, 0, wrap, header.getWraps(), sameExactly, (r, v) => r.setWraps(v));
  const colours = [
    Array.from({ length: width }, (_, c) =>
      computed.has(c) ? COMPUTED_BACKGROUND : HEADER_BACKGROUND,
    ),
  ];
  writeChanged(tab.sheet, row, 0, colours, header.getBackgrounds(), sameColour, (r, v) =>
    r.setBackgrounds(v),
  );
}

/**
 * The grey of computed columns over the data rows: one read of the backgrounds of the span
 * they cover, a write of the computed cells that are not grey yet.
 */
function shadeComputed(tab: ReadTab, layout: TabLayout): void {
  const columns = tabDef("indicators")
    .columns.filter((c) => c.computed)
    .map((c) => layout.columns[c.key])
    .filter((c): c is number => c !== undefined)
    .sort((a, b) => a - b);
  const rows = tab.values.length - layout.headerRow - 1;
  if (columns.length === 0 || rows <= 0) return;
  const from = columns[0]!;
  const to = columns[columns.length - 1]!;
  const first = layout.headerRow + 1;
  const held = tab.sheet.getRange(first + 1, from + 1, rows, to - from + 1).getBackgrounds();
  const shaded = new Set(columns);
  // Columns between computed ones keep the colour they have.
  const wanted = held.map((line) =>
    line.map((h, c) => (shaded.has(from + c) ? COMPUTED_BACKGROUND : h)),
  );
  writeChanged(tab.sheet, first, from, wanted, held, sameColour, (r, v) => r.setBackgrounds(v));
}

/**
 * Percent rows: numbers between 0 and 1 (how Sheets stores 99,3%) shown as percents. Money
 * rows: numbers grouped in thousands. One read and at most one write over the block of
 * figure columns; other cells in the block keep their formats, text cells are left alone.
 */
function formatFigures(
  tab: ReadTab,
  layout: TabLayout,
  indicators: readonly { row: number; unit: string }[],
): void {
  const columns = [
    layout.columns.target,
    ...layout.yearColumns.map((y) => y.column),
    layout.columns.termResult,
    layout.columns.nextTarget,
  ].filter((c): c is number => c !== undefined);
  const firstRow = layout.headerRow + 1;
  const rows = tab.values.length - firstRow;
  if (columns.length === 0 || rows <= 0) return;
  const from = Math.min(...columns);
  const to = Math.max(...columns);
  const held = tab.sheet.getRange(firstRow + 1, from + 1, rows, to - from + 1).getNumberFormats();
  const formats = held.map((line) => [...line]);
  for (const i of indicators) {
    const format =
      i.unit === "percent"
        ? NUMBER_FORMATS.percent
        : i.unit === "money"
          ? NUMBER_FORMATS.money
          : "";
    if (!format) continue;
    for (const c of columns) {
      const v = tab.values[i.row]?.[c];
      if (typeof v !== "number") continue;
      if (i.unit === "percent" && (v < 0 || v > 1)) continue;
      formats[i.row - firstRow]![c - from] = format;
    }
  }
  writeChanged(tab.sheet, firstRow, from, formats, held, sameExactly, (r, v) =>
    r.setNumberFormats(v),
  );
}

interface RuleSpec {
  readonly text: string;
  readonly contains: boolean;
  readonly background: string;
  readonly font: string;
  readonly ranges: readonly Range[];
}

function ourTexts(): Set<string> {
  return new Set((Object.keys(JUDGEMENT_SYMBOLS) as JudgementKey[]).map((k) => judgementText(k)));
}

/** True for a rule tongket made: equal to a judgement text, or containing the "not met" symbol. */
export function isOurRule(rule: ConditionalFormatRule, app: SpreadsheetApp): boolean {
  const condition = rule.getBooleanCondition();
  if (!condition) return false;
  const type = condition.getCriteriaType();
  const value = String(condition.getCriteriaValues()[0] ?? "");
  if (sameEnum(type, app.BooleanCriteria.TEXT_EQUAL_TO)) return ourTexts().has(value);
  if (sameEnum(type, app.BooleanCriteria.TEXT_CONTAINS)) return value === JUDGEMENT_SYMBOLS.notMet;
  return false;
}

function signature(rule: ConditionalFormatRule | RuleSpec, app: SpreadsheetApp): string {
  if ("text" in rule) {
    const ranges = rule.ranges.map((r) => r.getA1Notation()).join(",");
    return [rule.contains, rule.text, rule.background, rule.font, ranges].join("|");
  }
  const c = rule.getBooleanCondition()!;
  const ranges = rule
    .getRanges()
    .map((r) => r.getA1Notation())
    .join(",");
  return [
    sameEnum(c.getCriteriaType(), app.BooleanCriteria.TEXT_CONTAINS),
    String(c.getCriteriaValues()[0] ?? ""),
    c.getBackground(),
    c.getFontColor(),
    ranges,
  ].join("|");
}

function setJudgementRules(
  sheet: Sheet,
  ranges: readonly Range[],
  yearRanges: readonly Range[],
  app: SpreadsheetApp,
): void {
  const specs: RuleSpec[] = [];
  if (ranges.length > 0) {
    for (const [key, colour] of Object.entries(JUDGEMENT_COLOURS)) {
      specs.push({
        text: judgementText(key as JudgementKey),
        contains: false,
        background: colour.background,
        font: colour.font,
        ranges,
      });
    }
  }
  const notMet = JUDGEMENT_COLOURS.notMet;
  if (yearRanges.length > 0 && notMet) {
    specs.push({
      text: JUDGEMENT_SYMBOLS.notMet,
      contains: true,
      background: notMet.background,
      font: notMet.font,
      ranges: yearRanges,
    });
  }
  const existing = sheet.getConditionalFormatRules();
  const theirs = existing.filter((r) => !isOurRule(r, app));
  const ours = existing.filter((r) => isOurRule(r, app));
  const before = ours.map((r) => signature(r, app)).join("\n");
  const after = specs.map((s) => signature(s, app)).join("\n");
  if (before === after) return;
  const built = specs.map((s) => {
    const b = app.newConditionalFormatRule();
    return (s.contains ? b.whenTextContains(s.text) : b.whenTextEqualTo(s.text))
      .setBackground(s.background)
      .setFontColor(s.font)
      .setRanges([...s.ranges])
      .build();
  });
  sheet.setConditionalFormatRules([...theirs, ...built]);
}
