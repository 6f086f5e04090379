/**
 * The workbook template, defined once. The add-on's set-up, the sample and blank workbooks,
 * the readers and the writers all derive from these definitions.
 */
import {
  type FundingSourceKey,
  type InfoKey,
  LEVEL_KEYS,
  type LevelKey,
  type MemberItemKey,
  type RecipientKey,
  type ScopeKey,
  type SectionKey,
  type TabKey,
  type TargetKind,
  type TextSectionKey,
  type UnitKey,
} from "../vocabulary/keys.js";
import {
  FUNDING_SOURCE_ALIASES,
  FUNDING_SOURCE_LABELS,
  HEADER_ALIASES,
  HEADERS,
  INDICATOR_SECTIONS,
  INFO_KEY_ALIASES,
  INFO_KEYS,
  LEVEL_ALIASES,
  LEVEL_LABELS,
  MEMBER_ITEM_ALIASES,
  MEMBER_ITEMS,
  OUTLINE_CONTENT_LABELS,
  RECIPIENT_ALIASES,
  RECIPIENT_LABELS,
  SCOPE_ALIASES,
  SCOPE_LABELS,
  TAB_NAMES,
  TARGET_KIND_ALIASES,
  TARGET_KIND_LABELS,
  TEXT_SECTIONS,
  UNIT_ALIASES,
  UNIT_LABELS,
} from "../vocabulary/vi.js";

export type {
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
};

/** How a column's cells are parsed. */
export type ValueType =
  | "text"
  | "longText"
  | "integer"
  | "money"
  | "measure"
  | "schoolYear"
  | "period"
  | "choice";

/** A closed list of values with the words people use for them. */
export interface Choice<K extends string = string> {
  readonly labels: Readonly<Record<K, string>>;
  readonly aliases?: Readonly<Partial<Record<K, readonly string[]>>>;
  /** When true, a value outside the list is a warning; otherwise it is simply kept. */
  readonly strict: boolean;
}

export interface ColumnDef {
  readonly key: string;
  readonly header: string;
  readonly aliases?: readonly string[];
  readonly type: ValueType;
  readonly choice?: Choice;
  readonly required?: boolean;
  /** Written only by the tool; never read as input. */
  readonly computed?: boolean;
  /** Width in characters, for the template and the archive. */
  readonly width: number;
}

export interface TabDef {
  readonly key: TabKey;
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  /** Indicators carry one result column per school year, found by their header. */
  readonly yearColumns?: { readonly after: string; readonly width: number };
}

export const TARGET_KINDS: Choice<TargetKind> = {
  labels: TARGET_KIND_LABELS,
  aliases: TARGET_KIND_ALIASES,
  strict: true,
};

export const SCOPES: Choice<ScopeKey> = {
  labels: SCOPE_LABELS,
  aliases: SCOPE_ALIASES,
  strict: true,
};

export const UNITS: Choice<UnitKey> = {
  labels: UNIT_LABELS,
  aliases: UNIT_ALIASES,
  strict: false,
};

export const SECTIONS: Choice<SectionKey> = {
  labels: INDICATOR_SECTIONS,
  strict: false,
};

export const RECIPIENTS: Choice<RecipientKey> = {
  labels: RECIPIENT_LABELS,
  aliases: RECIPIENT_ALIASES,
  strict: false,
};

export const LEVELS: Choice<LevelKey> = {
  labels: LEVEL_LABELS,
  aliases: LEVEL_ALIASES,
  strict: true,
};
/** Highest level first, the order used in tables and charts. */
export const LEVEL_ORDER: readonly LevelKey[] = LEVEL_KEYS;

export const FUNDING_SOURCES: Choice<FundingSourceKey> = {
  labels: FUNDING_SOURCE_LABELS,
  aliases: FUNDING_SOURCE_ALIASES,
  strict: true,
};

export const MEMBER_ITEM_CHOICE: Choice<MemberItemKey> = {
  labels: MEMBER_ITEMS,
  aliases: MEMBER_ITEM_ALIASES,
  strict: false,
};

export const TEXT_SECTION_CHOICE: Choice<TextSectionKey> = {
  labels: TEXT_SECTIONS,
  strict: true,
};

export const INFO_KEY_CHOICE: Choice<InfoKey> = {
  labels: INFO_KEYS,
  aliases: INFO_KEY_ALIASES,
  strict: false,
};

function col(
  key: keyof typeof HEADERS,
  type: ValueType,
  width: number,
  extra: Partial<ColumnDef> = {},
): ColumnDef {
  return { key, header: HEADERS[key], aliases: HEADER_ALIASES[key], type, width, ...extra };
}

export const SCHEMA: readonly TabDef[] = [
  {
    key: "info",
    name: TAB_NAMES.info,
    columns: [
      col("infoKey", "choice", 28, { choice: INFO_KEY_CHOICE, required: true }),
      col("infoValue", "longText", 60),
      col("infoNote", "text", 30),
    ],
  },
  {
    key: "indicators",
    name: TAB_NAMES.indicators,
    yearColumns: { after: "target", width: 14 },
    columns: [
      col("code", "text", 8, { required: true }),
      col("section", "choice", 22, { choice: SECTIONS }),
      col("group", "text", 22),
      col("parent", "text", 10),
      col("label", "longText", 44, { required: true }),
      col("unit", "choice", 10, { choice: UNITS }),
      col("kind", "choice", 20, { choice: TARGET_KINDS }),
      col("target", "measure", 16),
      col("termResult", "measure", 16),
      col("source", "text", 22),
      col("nextTarget", "measure", 18),
      col("pattern", "longText", 30),
      col("note", "text", 24),
      col("judgement", "text", 20, { computed: true }),
      col("yearJudgements", "text", 34, { computed: true }),
      col("gap", "text", 12, { computed: true }),
      col("trend", "text", 24, { computed: true }),
      // Last, so that workbooks made before it keep every cell where it was.
      col("scope", "choice", 24, { choice: SCOPES }),
    ],
  },
  {
    key: "awards",
    name: TAB_NAMES.awards,
    columns: [
      col("schoolYear", "schoolYear", 12),
      col("recipient", "choice", 22, { choice: RECIPIENTS, required: true }),
      col("level", "choice", 18, { choice: LEVELS }),
      col("award", "longText", 40, { required: true }),
      col("count", "integer", 10),
      col("names", "longText", 30),
      col("note", "text", 24),
    ],
  },
  {
    key: "members",
    name: TAB_NAMES.members,
    columns: [
      col("period", "period", 12, { required: true }),
      col("memberItem", "choice", 34, { choice: MEMBER_ITEM_CHOICE, required: true }),
      col("value", "text", 24),
      col("names", "longText", 30),
      col("note", "text", 24),
    ],
  },
  {
    key: "funding",
    name: TAB_NAMES.funding,
    columns: [
      col("schoolYear", "schoolYear", 12),
      col("fundingGroup", "text", 26),
      col("fundingItem", "longText", 44, { required: true }),
      col("fundingSource", "choice", 20, { choice: FUNDING_SOURCES }),
      col("amount", "money", 18, { required: true }),
      col("note", "text", 24),
    ],
  },
  {
    key: "texts",
    name: TAB_NAMES.texts,
    columns: [
      col("textSection", "choice", 30, { choice: TEXT_SECTION_CHOICE, required: true }),
      col("textHeading", "text", 24),
      col("textBody", "longText", 90, { required: true }),
    ],
  },
];

export const OUTLINE_CONTENT: Choice = { labels: OUTLINE_CONTENT_LABELS, strict: true };

/**
 * "Mẫu báo cáo": optional, so not in SCHEMA (the template and set-up leave it out unless
 * asked). One row per heading; a row without level and heading adds content to the one above.
 */
export const OUTLINE_TAB: TabDef = {
  key: "outline",
  name: TAB_NAMES.outline,
  columns: [
    col("outlineLevel", "integer", 10),
    col("outlineHeading", "longText", 60),
    col("outlineContent", "choice", 44, { choice: OUTLINE_CONTENT }),
  ],
};

export function tabDef(key: TabKey): TabDef {
  const def = SCHEMA.find((t) => t.key === key);
  if (!def) throw new Error(`unknown tab ${key}`);
  return def;
}

/** Header of a school year's result column, e.g. "Kết quả 2021-2022". */
export function yearColumnHeader(schoolYear: string): string {
  return `${HEADERS.resultPrefix} ${schoolYear}`;
}

/** Every label of a choice, in definition order: what a dropdown offers. */
export function choiceLabels(choice: Choice): string[] {
  return Object.values(choice.labels);
}
