/// <reference types="google-apps-script" />
/**
 * The slice of Apps Script the add-on uses, and nothing more. Each interface names only
 * methods the add-on calls; the assertions at the bottom make the compiler prove that the
 * real `GoogleAppsScript.*` objects satisfy them, so a call Apps Script does not have (or
 * has with another signature) fails to compile. The in-memory fakes in test/addon/fakes
 * implement these same interfaces.
 */
import G = GoogleAppsScript;

export interface Range
  extends Pick<
    G.Spreadsheet.Range,
    | "getValues"
    | "getFormulas"
    | "getNumberFormats"
    | "getFontWeights"
    | "getBackgrounds"
    | "getWraps"
    | "getA1Notation"
    | "getRow"
    | "getColumn"
    | "getNumRows"
    | "getNumColumns"
  > {
  setValues(values: unknown[][]): Range;
  setNumberFormats(formats: string[][]): Range;
  setNumberFormat(format: string): Range;
  setBackground(color: string | null): Range;
  setFontWeight(weight: "bold" | "normal" | null): Range;
  setFontWeights(weights: ("bold" | "normal" | null)[][]): Range;
  setBackgrounds(colors: (string | null)[][]): Range;
  setWrap(wrap: boolean): Range;
  setWraps(wraps: boolean[][]): Range;
  getDataValidations(): (DataValidation | null)[][];
  setDataValidation(rule: DataValidation | null): Range;
  protect(): Protection;
  activate(): Range;
  getSheet(): Sheet;
}

export type DataValidation = Pick<
  G.Spreadsheet.DataValidation,
  "getCriteriaType" | "getCriteriaValues" | "getAllowInvalid"
>;

export interface DataValidationBuilder {
  requireValueInList(values: string[], showDropdown: boolean): DataValidationBuilder;
  setAllowInvalid(allow: boolean): DataValidationBuilder;
  setHelpText(text: string): DataValidationBuilder;
  build(): DataValidation;
}

export type BooleanCondition = Pick<
  G.Spreadsheet.BooleanCondition,
  "getCriteriaType" | "getCriteriaValues" | "getBackground" | "getFontColor"
>;

export interface ConditionalFormatRule {
  getRanges(): Range[];
  getBooleanCondition(): BooleanCondition | null;
}

export interface ConditionalFormatRuleBuilder {
  whenTextEqualTo(text: string): ConditionalFormatRuleBuilder;
  whenTextContains(text: string): ConditionalFormatRuleBuilder;
  setBackground(color: string | null): ConditionalFormatRuleBuilder;
  setFontColor(color: string | null): ConditionalFormatRuleBuilder;
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder;
  build(): ConditionalFormatRule;
}

export interface Protection
  extends Pick<G.Spreadsheet.Protection, "getDescription" | "isWarningOnly" | "remove"> {
  setDescription(description: string): Protection;
  setWarningOnly(warningOnly: boolean): Protection;
  getRange(): Range;
}

export type ChartOptions = Pick<G.Charts.ChartOptions, "get">;

export type ContainerInfo = Pick<G.Spreadsheet.ContainerInfo, "getAnchorRow" | "getAnchorColumn">;

export interface EmbeddedChart
  extends Pick<G.Spreadsheet.EmbeddedChart, "getChartId" | "getNumHeaders"> {
  getRanges(): Range[];
  getOptions(): ChartOptions;
  getContainerInfo(): ContainerInfo;
}

export interface EmbeddedChartBuilder {
  addRange(range: Range): EmbeddedChartBuilder;
  setChartType(type: G.Charts.ChartType): EmbeddedChartBuilder;
  setNumHeaders(headers: number): EmbeddedChartBuilder;
  setOption(option: string, value: unknown): EmbeddedChartBuilder;
  setPosition(row: number, column: number, offsetX: number, offsetY: number): EmbeddedChartBuilder;
  build(): EmbeddedChart;
}

export interface Sheet
  extends Pick<
    G.Spreadsheet.Sheet,
    | "getName"
    | "getMaxRows"
    | "getMaxColumns"
    | "getFrozenRows"
    | "setFrozenRows"
    | "getLastRow"
    | "getLastColumn"
  > {
  getDataRange(): Range;
  getRange(row: number, column: number, numRows: number, numColumns: number): Range;
  getRange(a1Notation: string): Range;
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet;
  insertRowsAfter(afterPosition: number, howMany: number): Sheet;
  setColumnWidth(column: number, width: number): Sheet;
  clearContents(): Sheet;
  getProtections(type: G.Spreadsheet.ProtectionType): Protection[];
  protect(): Protection;
  getConditionalFormatRules(): ConditionalFormatRule[];
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void;
  getCharts(): EmbeddedChart[];
  removeChart(chart: EmbeddedChart): void;
  newChart(): EmbeddedChartBuilder;
  insertChart(chart: EmbeddedChart): void;
  activate(): Sheet;
}

export interface Spreadsheet
  extends Pick<G.Spreadsheet.Spreadsheet, "toast" | "getNumSheets" | "getName" | "getId"> {
  getSheets(): Sheet[];
  insertSheet(name: string, index: number): Sheet;
}

export interface Menu {
  addItem(caption: string, functionName: string): Menu;
  addSeparator(): Menu;
  addToUi(): void;
}

export interface HtmlOutput extends Pick<G.HTML.HtmlOutput, "getContent"> {
  setTitle(title: string): HtmlOutput;
  setWidth(width: number): HtmlOutput;
  setHeight(height: number): HtmlOutput;
}

export type PromptResponse = Pick<G.Base.PromptResponse, "getResponseText" | "getSelectedButton">;

export interface Ui {
  readonly Button: typeof G.Base.Button;
  readonly ButtonSet: typeof G.Base.ButtonSet;
  createAddonMenu(): Menu;
  alert(prompt: string): G.Base.Button;
  prompt(title: string, prompt: string, buttons: G.Base.ButtonSet): PromptResponse;
  showSidebar(html: HtmlOutput): void;
  showModalDialog(html: HtmlOutput, title: string): void;
}

export type Lock = Pick<G.Lock.Lock, "tryLock" | "releaseLock" | "hasLock">;

export interface SpreadsheetApp
  extends Pick<
    G.Spreadsheet.SpreadsheetApp,
    "ProtectionType" | "DataValidationCriteria" | "BooleanCriteria" | "flush"
  > {
  getActive(): Spreadsheet;
  getUi(): Ui;
  newDataValidation(): DataValidationBuilder;
  newConditionalFormatRule(): ConditionalFormatRuleBuilder;
}

export interface LockService {
  getDocumentLock(): Lock;
}

export interface HtmlService {
  createHtmlOutput(html: string): HtmlOutput;
  /** An HTML file of the project (`dialog` is dist/addon/dialog.html as clasp pushes it). */
  createHtmlOutputFromFile(filename: string): HtmlOutput;
}

export type Blob = Pick<G.Base.Blob, "getBytes" | "getContentType" | "getName">;

export interface Utilities {
  base64Decode(encoded: string): number[];
  newBlob(data: number[], contentType: string, name: string): Blob;
}

/**
 * The slice of the Drive advanced service (v3) the add-on uses. @types/google-apps-script has
 * no types for advanced services, so this one is not proven against Google's: its shape is
 * the REST method `files.create(resource, mediaData, optionalArgs)` as the advanced service
 * exposes it.
 */
export interface DriveFiles {
  create(
    resource: { name: string; mimeType: string },
    media: Blob,
    options: { fields: string },
  ): { id?: string; webViewLink?: string };
}

export interface DriveService {
  readonly Files: DriveFiles;
}

export type Charts = Pick<G.Charts.Charts, "ChartType">;

/**
 * Compares two Apps Script enum values by name. Apps Script enums print as their names; the
 * comparison does not rely on the service handing out the same object twice.
 */
export function sameEnum(a: unknown, b: unknown): boolean {
  return a !== null && a !== undefined && String(a) === String(b);
}

/** Compile-time proof that `Real` can stand where `Narrow` is expected. */
type Fits<Real extends Narrow, Narrow> = [Real, Narrow];

/** Never used at run time: the compiler checks every pair. */
export type RealServicesFit = [
  Fits<G.Spreadsheet.Range, Range>,
  Fits<G.Spreadsheet.DataValidation, DataValidation>,
  Fits<G.Spreadsheet.DataValidationBuilder, DataValidationBuilder>,
  Fits<G.Spreadsheet.ConditionalFormatRule, ConditionalFormatRule>,
  Fits<G.Spreadsheet.ConditionalFormatRuleBuilder, ConditionalFormatRuleBuilder>,
  Fits<G.Spreadsheet.Protection, Protection>,
  Fits<G.Spreadsheet.EmbeddedChart, EmbeddedChart>,
  Fits<G.Charts.ChartOptions, ChartOptions>,
  Fits<G.Spreadsheet.ContainerInfo, ContainerInfo>,
  Fits<G.Spreadsheet.EmbeddedChartBuilder, EmbeddedChartBuilder>,
  Fits<G.Spreadsheet.Sheet, Sheet>,
  Fits<G.Spreadsheet.Spreadsheet, Spreadsheet>,
  Fits<G.Base.Menu, Menu>,
  Fits<G.Base.PromptResponse, PromptResponse>,
  Fits<G.HTML.HtmlOutput, HtmlOutput>,
  Fits<G.Base.Ui, Ui>,
  Fits<G.Lock.Lock, Lock>,
  Fits<G.Spreadsheet.SpreadsheetApp, SpreadsheetApp>,
  Fits<G.Lock.LockService, LockService>,
  Fits<G.HTML.HtmlService, HtmlService>,
  Fits<G.Charts.Charts, Charts>,
  Fits<G.Base.Blob, Blob>,
  Fits<G.Utilities.Utilities, Utilities>,
];

/** The Drive advanced service, present only when appsscript.json enables it. */
declare const Drive: DriveService | undefined;

/** The services as the Apps Script globals provide them; read only when an action runs. */
export const apps = {
  spreadsheetApp: (): SpreadsheetApp => SpreadsheetApp,
  lockService: (): LockService => LockService,
  htmlService: (): HtmlService => HtmlService,
  charts: (): Charts => Charts,
  utilities: (): Utilities => Utilities,
  drive: (): DriveService | undefined => (typeof Drive === "undefined" ? undefined : Drive),
};
