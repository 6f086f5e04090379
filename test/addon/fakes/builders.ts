/** In-memory data validations, conditional-format rules and charts, with their builders. */
import type {
  BooleanCondition,
  Charts,
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  EmbeddedChart,
  EmbeddedChartBuilder,
  Range,
} from "../../../src/addon/gas.js";
import { type Calls, counted } from "./calls.js";

type G = typeof GoogleAppsScript;
/** Enum values stand in as their names, as Apps Script enums print. */
export const DataValidationCriteria = {
  VALUE_IN_LIST: "VALUE_IN_LIST",
  CUSTOM_FORMULA: "CUSTOM_FORMULA",
} as unknown as G["Spreadsheet"]["DataValidationCriteria"];
export const BooleanCriteria = {
  TEXT_EQUAL_TO: "TEXT_EQUAL_TO",
  TEXT_CONTAINS: "TEXT_CONTAINS",
  CELL_EMPTY: "CELL_EMPTY",
} as unknown as G["Spreadsheet"]["BooleanCriteria"];
export const ProtectionType = {
  RANGE: "RANGE",
  SHEET: "SHEET",
} as unknown as G["Spreadsheet"]["ProtectionType"];
export const ChartType = { COLUMN: "COLUMN", LINE: "LINE" } as unknown as G["Charts"]["ChartType"];
export const FakeCharts: Charts = { ChartType };

export class FakeDataValidation implements DataValidation {
  constructor(
    readonly _type: GoogleAppsScript.Spreadsheet.DataValidationCriteria,
    readonly _values: unknown[],
    readonly _allowInvalid: boolean,
    readonly _help: string,
  ) {}
  getCriteriaType() {
    return this._type;
  }
  getCriteriaValues() {
    return [...this._values];
  }
  getAllowInvalid() {
    return this._allowInvalid;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilder {
  private values: string[] = [];
  private allowInvalid = true;
  private help = "";
  private type: GoogleAppsScript.Spreadsheet.DataValidationCriteria | undefined;
  constructor(private readonly calls: Calls) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "DataValidationBuilder", calls);
  }
  requireValueInList(values: string[], _showDropdown: boolean) {
    this.type = DataValidationCriteria.VALUE_IN_LIST;
    this.values = [...values];
    return this;
  }
  setAllowInvalid(allow: boolean) {
    this.allowInvalid = allow;
    return this;
  }
  setHelpText(text: string) {
    this.help = text;
    return this;
  }
  build(): DataValidation {
    if (!this.type) throw new Error("Data validation has no criteria");
    const rule = new FakeDataValidation(
      this.type,
      [this.values, true],
      this.allowInvalid,
      this.help,
    );
    return counted(rule, "DataValidation", this.calls);
  }
}

export class FakeBooleanCondition implements BooleanCondition {
  constructor(
    readonly _type: GoogleAppsScript.Spreadsheet.BooleanCriteria,
    readonly _values: unknown[],
    readonly _background: string | null,
    readonly _font: string | null,
  ) {}
  getCriteriaType() {
    return this._type;
  }
  getCriteriaValues() {
    return [...this._values];
  }
  getBackground() {
    return this._background;
  }
  getFontColor() {
    return this._font;
  }
}

export class FakeConditionalFormatRule implements ConditionalFormatRule {
  constructor(
    readonly _ranges: Range[],
    readonly _condition: FakeBooleanCondition | null,
  ) {}
  getRanges() {
    return [...this._ranges];
  }
  getBooleanCondition() {
    return this._condition;
  }
}

export class FakeConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilder {
  private type: GoogleAppsScript.Spreadsheet.BooleanCriteria | undefined;
  private values: unknown[] = [];
  private background: string | null = null;
  private font: string | null = null;
  private ranges: Range[] = [];
  constructor(private readonly calls: Calls) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "ConditionalFormatRuleBuilder", calls);
  }
  whenTextEqualTo(text: string) {
    this.type = BooleanCriteria.TEXT_EQUAL_TO;
    this.values = [text];
    return this;
  }
  whenTextContains(text: string) {
    this.type = BooleanCriteria.TEXT_CONTAINS;
    this.values = [text];
    return this;
  }
  setBackground(color: string | null) {
    this.background = color;
    return this;
  }
  setFontColor(color: string | null) {
    this.font = color;
    return this;
  }
  setRanges(ranges: Range[]) {
    this.ranges = [...ranges];
    return this;
  }
  build(): ConditionalFormatRule {
    if (this.ranges.length === 0) throw new Error("Conditional format rule has no ranges");
    const condition = this.type
      ? new FakeBooleanCondition(this.type, this.values, this.background, this.font)
      : null;
    return counted(
      new FakeConditionalFormatRule(this.ranges, condition),
      "ConditionalFormatRule",
      this.calls,
    );
  }
}

let nextChartId = 1;

export class FakeChart implements EmbeddedChart {
  constructor(
    readonly _id: number,
    readonly _type: unknown,
    readonly _ranges: Range[],
    readonly _options: Record<string, unknown>,
    readonly _position: readonly number[],
    readonly _headers: number,
  ) {}
  getChartId() {
    return this._id;
  }
  getRanges() {
    return [...this._ranges];
  }
  getNumHeaders() {
    return this._headers;
  }
  getOptions() {
    const options = this._options;
    return { get: (option: string) => options[option] ?? null };
  }
  getContainerInfo() {
    const [row, column] = this._position;
    return { getAnchorRow: () => row!, getAnchorColumn: () => column! };
  }
}

export class FakeChartBuilder implements EmbeddedChartBuilder {
  private type: unknown;
  private ranges: Range[] = [];
  private options: Record<string, unknown> = {};
  private position: number[] = [1, 1, 0, 0];
  private headers = -1;
  constructor(private readonly calls: Calls) {
    // biome-ignore lint/correctness/noConstructorReturn: counting proxy
    return counted(this, "EmbeddedChartBuilder", calls);
  }
  addRange(range: Range) {
    this.ranges.push(range);
    return this;
  }
  setChartType(type: GoogleAppsScript.Charts.ChartType) {
    this.type = type;
    return this;
  }
  setNumHeaders(headers: number) {
    this.headers = headers;
    return this;
  }
  setOption(option: string, value: unknown) {
    this.options[option] = value;
    return this;
  }
  setPosition(row: number, column: number, offsetX: number, offsetY: number) {
    this.position = [row, column, offsetX, offsetY];
    return this;
  }
  build(): EmbeddedChart {
    if (this.type === undefined) throw new Error("Chart type not set");
    const chart = new FakeChart(
      nextChartId++,
      this.type,
      this.ranges,
      this.options,
      this.position,
      this.headers,
    );
    return counted(chart, "EmbeddedChart", this.calls);
  }
}
