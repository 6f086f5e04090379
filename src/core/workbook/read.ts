/**
 * Named grids in, a typed workbook and its problems out. Tabs, headers and choices are
 * matched by {@link matchKey}; columns are found by header in any order; unknown columns
 * are recorded and left alone. Nothing here throws on bad input.
 */

import { at, issue, type Problem } from "../base/problems.js";
import { a1, cleanText, foldKey, matchKey } from "../base/text.js";
import { MESSAGES } from "../i18n/messages.js";
import { FUNDING_TOTAL_WORDS, HEADERS } from "../vocabulary/vi.js";
import { formatMeasure, formatNumber } from "./format.js";
import type {
  Award,
  AwardSource,
  Figure,
  FundingLine,
  Grid,
  Indicator,
  Info,
  MemberEntry,
  NamedGrid,
  TabLayout,
  TextBlock,
  Workbook,
} from "./model.js";
import {
  type CellValue,
  findChoice,
  type Measure,
  type Parsed,
  parseChoice,
  parseDate,
  parseInteger,
  parseLongText,
  parseMeasure,
  parseMoney,
  parsePeriod,
  parseSchoolYear,
  parseText,
  type UnitKind,
  unitKind,
} from "./parse.js";
import {
  FUNDING_SOURCES,
  INFO_KEY_CHOICE,
  type InfoKey,
  LEVELS,
  MEMBER_ITEM_CHOICE,
  RECIPIENTS,
  SCHEMA,
  SECTIONS,
  TARGET_KINDS,
  type TabDef,
  type TabKey,
  type TargetKind,
  TEXT_SECTION_CHOICE,
  tabDef,
  UNITS,
} from "./schema.js";

export interface ReadResult {
  readonly workbook: Workbook;
  readonly problems: Problem[];
}

/** Finds a tab by name regardless of Unicode form, tone placement, case and spaces. */
export function findTab(grids: readonly NamedGrid[], name: string): NamedGrid | undefined {
  const key = matchKey(name);
  return grids.find((g) => matchKey(g.name) === key);
}

const YEAR_HEADER = /^(?:ket qua|kq)?\s*(?:nam hoc|nh)?\s*(\d{4}\s*[-–—/]\s*\d{2,4})$/;

/** The school year of a result column header ("Kết quả 2021-2022", "KQ NH 2021-2022"). */
function yearOfHeader(header: CellValue): string | undefined {
  if (typeof header !== "string") return undefined;
  const m = YEAR_HEADER.exec(foldKey(header));
  if (!m) return undefined;
  return parseSchoolYear(m[1]!).value ?? undefined;
}

function headerMatches(def: TabDef, header: CellValue): string | undefined {
  if (typeof header !== "string" || cleanText(header) === "") return undefined;
  const key = matchKey(header);
  for (const c of def.columns) {
    if (matchKey(c.header) === key || (c.aliases ?? []).some((a) => matchKey(a) === key)) {
      return c.key;
    }
  }
  return undefined;
}

/**
 * Lays out a tab: picks the header row (the one among the first ten that names the most
 * known columns) and maps every column.
 */
export function layoutTab(
  def: TabDef,
  name: string,
  grid: Grid,
  problems: Problem[] = [],
): TabLayout {
  let headerRow = 0;
  let best = -1;
  for (let r = 0; r < Math.min(10, grid.length); r++) {
    const row = grid[r] ?? [];
    const score = row.filter((h) => headerMatches(def, h) || yearOfHeader(h)).length;
    if (score > best) {
      best = score;
      headerRow = r;
    }
  }
  const header = grid[headerRow] ?? [];
  const columns: Record<string, number> = {};
  const yearColumns: { schoolYear: string; column: number }[] = [];
  const unknownColumns: { header: string; column: number }[] = [];
  header.forEach((h, column) => {
    const key = headerMatches(def, h);
    const year = def.yearColumns ? yearOfHeader(h) : undefined;
    const text = typeof h === "string" ? cleanText(h) : h == null ? "" : String(h);
    if (key !== undefined) {
      if (columns[key] === undefined) columns[key] = column;
      else problems.push(at(name, a1(headerRow, column), dup(text)));
    } else if (year !== undefined) {
      if (yearColumns.some((y) => y.schoolYear === year)) {
        problems.push(at(name, a1(headerRow, column), dup(text)));
      } else yearColumns.push({ schoolYear: year, column });
    } else if (text !== "") unknownColumns.push({ header: text, column });
  });
  for (const c of def.columns) {
    if (c.required && columns[c.key] === undefined && grid.length > 0) {
      problems.push(
        at(
          name,
          a1(headerRow, 0),
          issue("error", "missing-header", MESSAGES.missingHeader(c.header)),
        ),
      );
    }
  }
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  return { key: def.key, name, headerRow, columns, yearColumns, unknownColumns, width };
}

function dup(header: string) {
  return issue("warning", "duplicate-header", MESSAGES.duplicateHeader(header));
}

/** Row reader bound to a tab: looks up cells by column key and records problems in place. */
class RowReader {
  /** Columns whose content makes a row count (input columns and year columns). */
  private readonly inputColumns: readonly number[];

  constructor(
    readonly layout: TabLayout,
    readonly grid: Grid,
    readonly problems: Problem[],
    inputKeys: readonly string[],
  ) {
    this.inputColumns = [
      ...inputKeys.map((k) => layout.columns[k]),
      ...layout.yearColumns.map((y) => y.column),
    ].filter((c): c is number => c !== undefined);
  }

  raw(r: number, key: string): CellValue {
    const c = this.layout.columns[key];
    return c === undefined ? undefined : this.grid[r]?.[c];
  }

  /** Whether the tab has the column; a missing one is reported once, at the header row. */
  has(key: string): boolean {
    return this.layout.columns[key] !== undefined;
  }

  cell(r: number, key: string): string {
    const c = this.layout.columns[key];
    return c === undefined ? "" : a1(r, c);
  }

  take<T>(r: number, key: string, parsed: Parsed<T>): T | undefined {
    if (parsed.issue) this.problems.push(at(this.layout.name, this.cell(r, key), parsed.issue));
    return parsed.value ?? undefined;
  }

  text(r: number, key: string): string | undefined {
    return this.take(r, key, parseText(this.raw(r, key)));
  }

  long(r: number, key: string): string | undefined {
    return this.take(r, key, parseLongText(this.raw(r, key)));
  }

  /** True when no input cell of the row holds anything. */
  blank(r: number): boolean {
    const row = this.grid[r];
    if (!row) return true;
    for (const c of this.inputColumns) if (hasContent(row[c])) return false;
    return true;
  }
}

/**
 * Whether a cell holds something, as the parsers would see it (a formula error or spaces
 * alone do not count). Decided without parsing for the common cases: it runs on every input
 * cell of every row.
 */
function hasContent(value: CellValue): boolean {
  if (value === null || value === undefined || value === "") return false;
  if (typeof value === "string") {
    const first = value.charCodeAt(0);
    if (first > 32 && first !== 35 /* "#" */ && first < 127) return true;
  } else if (typeof value === "boolean") return true;
  return parseText(value).value !== null;
}

function reader(
  key: TabKey,
  grids: readonly NamedGrid[],
  problems: Problem[],
  required: boolean,
): RowReader | undefined {
  const def = tabDef(key);
  const found = findTab(grids, def.name);
  if (!found) {
    problems.push(
      at(
        def.name,
        "",
        issue(required ? "error" : "warning", "missing-tab", MESSAGES.missingTab(def.name)),
      ),
    );
    return undefined;
  }
  const layout = layoutTab(def, found.name, found.values, problems);
  const inputs = def.columns.filter((c) => !c.computed).map((c) => c.key);
  return new RowReader(layout, found.values, problems, inputs);
}

function* dataRows(rr: RowReader): Generator<number> {
  for (let r = rr.layout.headerRow + 1; r < rr.grid.length; r++) {
    if (!rr.blank(r)) yield r;
  }
}

function splitList(text: string): string[] {
  return text
    .split(/[;\n]+/)
    .map((s) => cleanText(s.replace(/^[-–•+]\s*/, "")))
    .filter((s) => s !== "");
}

function readInfo(rr: RowReader | undefined): Info {
  const values: Partial<Record<InfoKey, string>> = {};
  const cells: Partial<Record<InfoKey, string>> = {};
  const extra: { key: string; value: string }[] = [];
  let reportDate: Info["reportDate"];
  if (rr) {
    for (const r of dataRows(rr)) {
      const keyText = rr.text(r, "infoKey");
      if (!keyText) continue;
      const key = findChoice(INFO_KEY_CHOICE, keyText);
      const value = rr.long(r, "infoValue") ?? "";
      if (!key) {
        extra.push({ key: keyText, value });
        continue;
      }
      if (values[key]) {
        // The first filled row counts; a second one is reported, not silently preferred.
        if (value !== "") {
          rr.problems.push(
            at(
              rr.layout.name,
              rr.cell(r, "infoValue"),
              issue(
                "warning",
                "duplicate-info",
                MESSAGES.duplicateInfo(INFO_KEY_CHOICE.labels[key], cells[key] ?? ""),
              ),
            ),
          );
        }
        continue;
      }
      values[key] = value;
      cells[key] = rr.cell(r, "infoValue");
      if (key === "reportDate" && value !== "") {
        reportDate = rr.take(r, "infoValue", parseDate(rr.raw(r, "infoValue")));
        if (reportDate) values[key] = reportDate.text;
      }
    }
  }
  const recipients = values.recipients ? splitList(values.recipients) : [];
  return { values, cells, reportDate, recipients, extra };
}

function schoolYearsOf(
  info: Info,
  infoTab: string,
  layout: TabLayout | undefined,
  problems: Problem[],
): string[] {
  const fromInfo: string[] = [];
  if (info.values.schoolYears) {
    for (const part of info.values.schoolYears.split(/[;,\n]+/)) {
      if (cleanText(part) === "") continue;
      const p = parseSchoolYear(part);
      if (p.value) fromInfo.push(p.value);
      else if (p.issue) problems.push(at(infoTab, info.cells.schoolYears ?? "", p.issue));
    }
  }
  const fromColumns = layout?.yearColumns.map((y) => y.schoolYear) ?? [];
  if (fromInfo.length > 0 && layout) {
    for (const y of layout.yearColumns) {
      if (!fromInfo.includes(y.schoolYear)) {
        problems.push(
          at(
            layout.name,
            a1(layout.headerRow, y.column),
            issue(
              "warning",
              "year-outside-term",
              MESSAGES.yearOutsideTerm(y.schoolYear, fromInfo.join(", ")),
            ),
          ),
        );
      }
    }
  }
  const all = [...new Set([...fromInfo, ...fromColumns])].sort();
  return all;
}

/**
 * A figure read from a cell. Its A1 address is made only when asked for: a sheet has tens of
 * thousands of figures and few of them are ever named in a message or placeholder.
 */
class CellFigure implements Figure {
  constructor(
    readonly measure: Measure | null,
    readonly text: string,
    private readonly row: number,
    private readonly column: number,
  ) {}

  get cell(): string {
    return a1(this.row, this.column);
  }

  toJSON(): { measure: Measure | null; text: string; cell: string } {
    return { measure: this.measure, text: this.text, cell: this.cell };
  }
}

const NO_FIGURE: Figure = { measure: null, text: "", cell: "" };

function figure(rr: RowReader, r: number, column: number | undefined, unit: UnitKind): Figure {
  if (column === undefined) return NO_FIGURE;
  const { parsed, text } = readFigure(rr.grid[r]?.[column], unit);
  if (parsed.issue) rr.problems.push(at(rr.layout.name, a1(r, column), parsed.issue));
  return new CellFigure(parsed.value, text, r, column);
}

interface ReadFigure {
  readonly parsed: Parsed<Measure>;
  readonly text: string;
}

/** Figures already read, per unit: a sheet repeats "100%", "dưới 1%", "thứ 9" row after row. */
const FIGURE_MEMO: Record<UnitKind, Map<string | number, ReadFigure>> = {
  percent: new Map(),
  money: new Map(),
  rank: new Map(),
  count: new Map(),
  level: new Map(),
};

function readFigure(raw: CellValue, unit: UnitKind): ReadFigure {
  if (typeof raw !== "string" && typeof raw !== "number") return readFigureOnce(raw, unit);
  const memo = FIGURE_MEMO[unit];
  let found = memo.get(raw);
  if (found === undefined) {
    found = readFigureOnce(raw, unit);
    if (memo.size >= 20_000) memo.clear();
    memo.set(raw, found);
  }
  return found;
}

function readFigureOnce(raw: CellValue, unit: UnitKind): ReadFigure {
  const parsed = parseMeasure(raw, unit);
  return { parsed, text: figureText(raw, parsed.value, unit) };
}

/**
 * The figure as the sheet shows it. Sheets hands a cell formatted "99,3%" over as the number
 * 0.993, and a money cell as 1157274000: those are written back the Vietnamese way, so that
 * tables and sentences quoting the cell say "99,3%" and "1.157.274.000".
 */
function figureText(raw: CellValue, measure: Measure | null, unit: UnitKind): string {
  if (typeof raw === "number" && measure?.kind === "amount") {
    return unit === "percent" ? formatMeasure(measure) : formatNumber(raw);
  }
  return parseText(raw).value ?? "";
}

/** Reads "Giải thưởng: Học sinh, Thành phố" in the source column. */
function readSource(text: string): AwardSource | undefined {
  const m = /^(?:giai thuong|giai)\s*:?\s*(.*)$/.exec(foldKey(text));
  if (!m) return undefined;
  const original = cleanText(text).replace(/^[^:]*:\s*/, "");
  const parts = original.split(/[,;|]/).map((s) => cleanText(s));
  const source: { recipient?: AwardSource["recipient"]; level?: AwardSource["level"] } = {};
  for (const p of parts) {
    if (p === "") continue;
    const level = findChoice(LEVELS, p) ?? findChoice(LEVELS, p.replace(/^cấp\s+/i, ""));
    const recipient = findChoice(RECIPIENTS, p);
    if (level) source.level = level;
    else if (recipient) source.recipient = recipient;
    else return undefined;
  }
  return source;
}

/** The target kind a target's wording implies, when the kind column is blank. */
function impliedKind(target: Measure | null): TargetKind {
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

function readIndicators(rr: RowReader | undefined, problems: Problem[]): Indicator[] {
  if (!rr) return [];
  const out: Indicator[] = [];
  const seen = new Map<string, string>();
  for (const r of dataRows(rr)) {
    const codeText = rr.text(r, "code");
    const label = rr.long(r, "label");
    const codeCell = rr.cell(r, "code") || a1(r, 0);
    if (!codeText) {
      problems.push(
        at(rr.layout.name, codeCell, issue("error", "missing-code", MESSAGES.missingCode())),
      );
      continue;
    }
    const code = cleanText(codeText);
    const codeKey = matchKey(code);
    const prior = seen.get(codeKey);
    if (prior) {
      problems.push(
        at(
          rr.layout.name,
          codeCell,
          issue("error", "duplicate-code", MESSAGES.duplicateCode(code, prior)),
        ),
      );
      continue;
    }
    seen.set(codeKey, codeCell);
    if (!label) {
      problems.push(
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
    const target = figure(rr, r, rr.layout.columns.target, unit);
    let kind: TargetKind = kindChoice?.key ?? impliedKind(target.measure);
    const kindStated = kindChoice?.key !== undefined;
    if (kindStated && !kindFits(kind, target.measure) && target.measure) {
      problems.push(
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
      kind = impliedKind(target.measure);
    }
    const results: Record<string, Figure> = {};
    for (const y of rr.layout.yearColumns) results[y.schoolYear] = figure(rr, r, y.column, unit);
    const sectionChoice = rr.take(r, "section", parseChoice(rr.raw(r, "section"), SECTIONS));
    const sourceText = rr.text(r, "source");
    let source: AwardSource | undefined;
    if (sourceText) {
      source = readSource(sourceText);
      if (!source) {
        problems.push(
          at(
            rr.layout.name,
            rr.cell(r, "source"),
            issue("warning", "unknown-source", MESSAGES.unknownSource(sourceText)),
          ),
        );
      }
    }
    out.push({
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
      target,
      results,
      termResult: figure(rr, r, rr.layout.columns.termResult, unit),
      source,
      nextTarget: figure(rr, r, rr.layout.columns.nextTarget, unit),
      pattern: rr.long(r, "pattern"),
      note: rr.text(r, "note"),
    });
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

function readAwards(rr: RowReader | undefined): Award[] {
  if (!rr) return [];
  const out: Award[] = [];
  for (const r of dataRows(rr)) {
    const recipient = rr.take(r, "recipient", parseChoice(rr.raw(r, "recipient"), RECIPIENTS));
    const level = rr.take(r, "level", parseChoice(rr.raw(r, "level"), LEVELS));
    const award = rr.long(r, "award");
    if (!award && rr.has("award")) {
      rr.problems.push(
        at(
          rr.layout.name,
          rr.cell(r, "award"),
          issue("warning", "empty-required", MESSAGES.emptyRequired(HEADERS.award)),
        ),
      );
    }
    const countParsed = parseInteger(rr.raw(r, "count"));
    out.push({
      row: r,
      schoolYear: rr.take(r, "schoolYear", parseSchoolYear(rr.raw(r, "schoolYear"))),
      recipient: recipient?.key,
      recipientText: recipient?.text ?? "",
      level: level?.key,
      levelText: level?.text,
      award: award ?? "",
      count: awardCount(rr.take(r, "count", countParsed), countParsed),
      names: rr.long(r, "names"),
      note: rr.text(r, "note"),
    });
  }
  return out;
}

/**
 * A blank count means one award (a row names one prize or title); an unreadable count is
 * reported and counts nothing, so no tally includes a number nobody typed.
 */
function awardCount(count: number | undefined, parsed: Parsed<number>): number {
  if (count !== undefined) return count;
  return parsed.issue ? 0 : 1;
}

function readMembers(rr: RowReader | undefined): MemberEntry[] {
  if (!rr) return [];
  const out: MemberEntry[] = [];
  for (const r of dataRows(rr)) {
    const period = rr.take(r, "period", parsePeriod(rr.raw(r, "period")));
    const item = rr.take(r, "memberItem", parseChoice(rr.raw(r, "memberItem"), MEMBER_ITEM_CHOICE));
    if (!period || !item) {
      if (!period && rr.has("period") && parseText(rr.raw(r, "period")).value === null) {
        rr.problems.push(
          at(
            rr.layout.name,
            rr.cell(r, "period"),
            issue("warning", "empty-required", MESSAGES.emptyRequired(HEADERS.period)),
          ),
        );
      }
      continue;
    }
    const value = rr.text(r, "value") ?? "";
    // A figure ("17", "17 đồng chí") is a count; a rating ("Hoàn thành tốt nhiệm vụ") is not,
    // and is no problem. A negative or fractional figure is.
    const parsed = value === "" ? undefined : parseInteger(rr.raw(r, "value"));
    const count =
      parsed && parsed.issue?.code !== "not-a-number" ? rr.take(r, "value", parsed) : undefined;
    out.push({
      row: r,
      period,
      item: item.key,
      itemText: item.text,
      count,
      value,
      valueCell: rr.cell(r, "value"),
      names: rr.long(r, "names"),
      note: rr.text(r, "note"),
    });
  }
  return out;
}

function readFunding(rr: RowReader | undefined): FundingLine[] {
  if (!rr) return [];
  const out: FundingLine[] = [];
  const totalKeys = FUNDING_TOTAL_WORDS.map((w) => matchKey(w));
  for (const r of dataRows(rr)) {
    const item = rr.long(r, "fundingItem") ?? "";
    const amount = rr.take(r, "amount", parseMoney(rr.raw(r, "amount")));
    const source = rr.take(
      r,
      "fundingSource",
      parseChoice(rr.raw(r, "fundingSource"), FUNDING_SOURCES),
    );
    if (amount === undefined) {
      if (rr.has("amount") && parseText(rr.raw(r, "amount")).value === null) {
        rr.problems.push(
          at(
            rr.layout.name,
            rr.cell(r, "amount"),
            issue("warning", "empty-required", MESSAGES.emptyRequired(HEADERS.amount)),
          ),
        );
      }
      continue;
    }
    const itemKey = matchKey(item);
    out.push({
      row: r,
      schoolYear: rr.take(r, "schoolYear", parseSchoolYear(rr.raw(r, "schoolYear"))),
      group: rr.text(r, "fundingGroup") ?? "",
      item,
      source: source?.key,
      sourceText: source?.text,
      amount,
      amountCell: rr.cell(r, "amount"),
      isStatedTotal: !source && totalKeys.some((t) => itemKey === t || itemKey.startsWith(`${t} `)),
      note: rr.text(r, "note"),
    });
  }
  return out;
}

function readTexts(rr: RowReader | undefined): TextBlock[] {
  if (!rr) return [];
  const out: TextBlock[] = [];
  for (const r of dataRows(rr)) {
    const section = rr.take(
      r,
      "textSection",
      parseChoice(rr.raw(r, "textSection"), TEXT_SECTION_CHOICE),
    );
    const body = rr.long(r, "textBody");
    if (!section?.key || !body) continue;
    out.push({ row: r, section: section.key, heading: rr.text(r, "textHeading"), body });
  }
  return out;
}

/** Reads every tab of the template from named grids. Never throws on bad input. */
export function readWorkbook(grids: readonly NamedGrid[]): ReadResult {
  const problems: Problem[] = [];
  const infoRr = reader("info", grids, problems, false);
  const indicatorRr = reader("indicators", grids, problems, true);
  const awardRr = reader("awards", grids, problems, false);
  const memberRr = reader("members", grids, problems, false);
  const fundingRr = reader("funding", grids, problems, false);
  const textRr = reader("texts", grids, problems, false);
  const info = readInfo(infoRr);
  if (infoRr) {
    for (const key of REPORT_INFO) {
      if (!info.values[key]) {
        problems.push(
          at(
            infoRr.layout.name,
            info.cells[key] ?? "",
            issue("warning", "missing-info", MESSAGES.missingInfo(INFO_KEY_CHOICE.labels[key])),
          ),
        );
      }
    }
  }
  // Problems on the info tab name it as the workbook spells it, not as the schema does.
  const infoTab = infoRr?.layout.name ?? tabDef("info").name;
  const schoolYears = schoolYearsOf(info, infoTab, indicatorRr?.layout, problems);
  if (schoolYears.length === 0) {
    problems.push(
      at(
        infoTab,
        info.cells.schoolYears ?? "",
        issue("warning", "no-school-years", MESSAGES.noSchoolYears()),
      ),
    );
  }
  const layouts: Partial<Record<TabKey, TabLayout>> = {};
  for (const rr of [infoRr, indicatorRr, awardRr, memberRr, fundingRr, textRr]) {
    if (rr) layouts[rr.layout.key] = rr.layout;
  }
  const workbook: Workbook = {
    info,
    schoolYears,
    indicators: readIndicators(indicatorRr, problems),
    awards: readAwards(awardRr),
    members: readMembers(memberRr),
    funding: readFunding(fundingRr),
    texts: readTexts(textRr),
    layouts,
  };
  for (const a of workbook.awards)
    checkYear(a.schoolYear, schoolYears, awardRr, a.row, "schoolYear", problems);
  for (const f of workbook.funding)
    checkYear(f.schoolYear, schoolYears, fundingRr, f.row, "schoolYear", problems);
  return { workbook, problems };
}

function checkYear(
  year: string | undefined,
  years: readonly string[],
  rr: RowReader | undefined,
  row: number,
  key: string,
  problems: Problem[],
): void {
  if (!rr || !year || years.length === 0 || years.includes(year)) return;
  problems.push(
    at(
      rr.layout.name,
      rr.cell(row, key),
      issue("warning", "year-outside-term", MESSAGES.yearOutsideTerm(year, years.join(", "))),
    ),
  );
}

/** What the report's header, opening and signature need. */
const REPORT_INFO: readonly InfoKey[] = [
  "unitName",
  "superiorBody",
  "term",
  "plan",
  "place",
  "reportDate",
  "signer",
];

/** The schema's tab order, for sorting problems. */
export const TAB_ORDER: readonly string[] = SCHEMA.map((t) => t.name);
