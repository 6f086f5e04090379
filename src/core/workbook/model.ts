/** The typed workbook: what the readers make of the named grids. */
import type { CellValue, Measure, Period, UnitKind } from "./parse.js";
import type {
  FundingSourceKey,
  InfoKey,
  LevelKey,
  MemberItemKey,
  RecipientKey,
  ScopeKey,
  SectionKey,
  TabKey,
  TargetKind,
  TextSectionKey,
  UnitKey,
} from "./schema.js";

/** One tab as both `Range.getValues()` and a parsed XLSX give it: rows of cell values. */
export type Grid = CellValue[][];

/** A workbook as named grids, in tab order. */
export interface NamedGrid {
  readonly name: string;
  readonly values: Grid;
  /**
   * Cells (A1) holding a formula the file saved without its value (an XLSX written by a
   * program that does not calculate): their value is unknown, each is a problem at its cell.
   */
  readonly formulasWithoutValue?: readonly string[];
}

/** A figure as typed and as understood, with the cell it came from. */
export interface Figure {
  readonly measure: Measure | null;
  /** The cell's text as typed, for messages and for sentences that quote it. */
  readonly text: string;
  /** A1 address in its tab. */
  readonly cell: string;
}

/** Where a tab's columns are, found by header. */
export interface TabLayout {
  readonly key: TabKey;
  /** The tab's name as it appears in the workbook (may differ in form from the schema's). */
  readonly name: string;
  /** 0-based row index of the header row. */
  readonly headerRow: number;
  /** 0-based column index of each known column, by column key. */
  readonly columns: Readonly<Record<string, number>>;
  /** Result columns of school years, in sheet order. */
  readonly yearColumns: readonly { readonly schoolYear: string; readonly column: number }[];
  /** Columns the schema does not know: kept as they are. */
  readonly unknownColumns: readonly { readonly header: string; readonly column: number }[];
  /** Number of columns of the grid. */
  readonly width: number;
}

/** Results that come from the awards tab instead of being typed: "Giải thưởng: Học sinh, Thành phố". */
export interface AwardSource {
  readonly recipient?: RecipientKey;
  readonly level?: LevelKey;
}

/** The time a target holds for, and where the reader found it. */
export interface Scope {
  readonly key: ScopeKey;
  /** The school year of a one-year scope ("trong năm học 2022-2023"). */
  readonly schoolYear?: string;
  /** The "Phạm vi thời gian" column, the target's or the label's words, or none (each year). */
  readonly from: "column" | "target" | "label" | "default";
  /** The scope column's cell, when the scope was typed there. */
  readonly cell?: string;
}

export interface Indicator {
  /** 0-based row index in the grid. */
  readonly row: number;
  readonly code: string;
  readonly codeCell: string;
  readonly section?: SectionKey;
  readonly sectionText?: string;
  readonly group?: string;
  readonly parent?: string;
  readonly label: string;
  readonly unit: UnitKind;
  readonly unitKey?: UnitKey;
  readonly unitText?: string;
  readonly kind: TargetKind;
  /** True when the kind was typed; false when it was read off the target. */
  readonly kindStated: boolean;
  /**
   * Lower figures are better: the kind is a ceiling or a fall, or the label names something to
   * have less of ("bỏ học", "suy dinh dưỡng") and no typed kind says otherwise.
   */
  readonly lowerBetter: boolean;
  readonly target: Figure;
  /** Each year unless the sheet says otherwise. */
  readonly scope: Scope;
  readonly results: Readonly<Record<string, Figure>>;
  readonly termResult: Figure;
  readonly source?: AwardSource;
  readonly nextTarget: Figure;
  readonly pattern?: string;
  readonly note?: string;
}

export interface Award {
  readonly row: number;
  /** Blank: the whole term. */
  readonly schoolYear?: string;
  readonly recipient?: RecipientKey;
  readonly recipientText: string;
  readonly level?: LevelKey;
  /** The list's label of the level, or the text when the list does not know it. */
  readonly levelText?: string;
  /** The level cell as typed ("Tỉnh", "Quận", "Cấp huyện"): the words a report may echo. */
  readonly levelTyped?: string;
  /** A1 address of the level cell ("" when the tab has no level column). */
  readonly levelCell?: string;
  readonly award: string;
  readonly count: number;
  readonly names?: string;
  readonly note?: string;
}

export interface MemberEntry {
  readonly row: number;
  readonly period: Period;
  readonly item?: MemberItemKey;
  readonly itemText: string;
  /** The figure when it is a number. */
  readonly count?: number;
  /** The value as typed: a number or a rating ("Hoàn thành tốt nhiệm vụ"). */
  readonly value: string;
  readonly valueCell: string;
  readonly names?: string;
  readonly note?: string;
}

export interface FundingLine {
  readonly row: number;
  readonly schoolYear?: string;
  readonly group: string;
  readonly item: string;
  readonly source?: FundingSourceKey;
  readonly sourceText?: string;
  readonly amount: number;
  readonly amountCell: string;
  /** A row that states the total of its group ("Tổng cộng"), checked against the sum. */
  readonly isStatedTotal: boolean;
  readonly note?: string;
}

export interface TextBlock {
  readonly row: number;
  readonly section: TextSectionKey;
  readonly heading?: string;
  readonly body: string;
}

export interface Info {
  readonly values: Readonly<Partial<Record<InfoKey, string>>>;
  readonly cells: Readonly<Partial<Record<InfoKey, string>>>;
  readonly reportDate?: Period;
  /** The congress's date ("Ngày đại hội"), read as a date like the report's. */
  readonly congressDate?: Period;
  readonly recipients: readonly string[];
  /** Rows with keys the schema does not know, kept in order. */
  readonly extra: readonly { readonly key: string; readonly value: string }[];
}

export interface Workbook {
  readonly info: Info;
  /** The school years the report covers, oldest first. */
  readonly schoolYears: readonly string[];
  readonly indicators: readonly Indicator[];
  readonly awards: readonly Award[];
  readonly members: readonly MemberEntry[];
  readonly funding: readonly FundingLine[];
  readonly texts: readonly TextBlock[];
  readonly layouts: Readonly<Partial<Record<TabKey, TabLayout>>>;
}
