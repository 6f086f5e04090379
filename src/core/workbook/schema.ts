/**
 * The workbook template, defined once. The add-on's set-up, the sample and blank workbooks,
 * the readers and the writers all derive from these definitions.
 */
import {
  FUNDING_SOURCE_ALIASES,
  FUNDING_SOURCE_LABELS,
  HEADER_ALIASES,
  HEADERS,
  INDICATOR_SECTIONS,
  INFO_KEYS,
  LEVEL_ALIASES,
  LEVEL_LABELS,
  MEMBER_ITEMS,
  OUTLINE_CONTENT_LABELS,
  RECIPIENT_LABELS,
  TAB_NAMES,
  TARGET_KIND_ALIASES,
  TARGET_KIND_LABELS,
  TEXT_SECTIONS,
  UNIT_LABELS,
} from "../vocabulary/vi.js";

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

export type TabKey = "info" | "indicators" | "awards" | "members" | "funding" | "texts" | "outline";

export interface TabDef {
  readonly key: TabKey;
  readonly name: string;
  readonly columns: readonly ColumnDef[];
  /** Indicators carry one result column per school year, found by their header. */
  readonly yearColumns?: { readonly after: string; readonly width: number };
}

export const TARGET_KINDS: Choice<keyof typeof TARGET_KIND_LABELS> = {
  labels: TARGET_KIND_LABELS,
  aliases: TARGET_KIND_ALIASES,
  strict: true,
};
export type TargetKind = keyof typeof TARGET_KIND_LABELS;

export const UNITS: Choice<keyof typeof UNIT_LABELS> = {
  labels: UNIT_LABELS,
  aliases: {
    percent: ["phần trăm", "tỉ lệ", "tỷ lệ"],
    money: ["đ", "vnđ", "vnd", "đồng"],
    rank: ["thứ", "xếp thứ", "hạng"],
    level: ["mức", "danh hiệu", "mức độ"],
    pupils: ["HS"],
    teachers: ["GV"],
    members: ["đồng chí", "đ/c"],
    prizes: ["giải thưởng"],
  },
  strict: false,
};
export type UnitKey = keyof typeof UNIT_LABELS;

export const SECTIONS: Choice<keyof typeof INDICATOR_SECTIONS> = {
  labels: INDICATOR_SECTIONS,
  strict: false,
};
export type SectionKey = keyof typeof INDICATOR_SECTIONS;

export const RECIPIENTS: Choice<keyof typeof RECIPIENT_LABELS> = {
  labels: RECIPIENT_LABELS,
  aliases: {
    pupil: ["HS"],
    teacher: ["GV"],
    staff: ["CB-GV-NV", "Cá nhân"],
    school: ["Trường", "Nhà trường", "Tập thể"],
    pioneers: ["Liên đội", "Đội"],
    youth: ["Đoàn thanh niên", "Chi đoàn"],
  },
  strict: false,
};
export type RecipientKey = keyof typeof RECIPIENT_LABELS;

export const LEVELS: Choice<keyof typeof LEVEL_LABELS> = {
  labels: LEVEL_LABELS,
  aliases: LEVEL_ALIASES,
  strict: true,
};
export type LevelKey = keyof typeof LEVEL_LABELS;
/** Highest level first, the order used in tables and charts. */
export const LEVEL_ORDER: readonly LevelKey[] = [
  "national",
  "city",
  "district",
  "commune",
  "school",
];

export const FUNDING_SOURCES: Choice<keyof typeof FUNDING_SOURCE_LABELS> = {
  labels: FUNDING_SOURCE_LABELS,
  aliases: FUNDING_SOURCE_ALIASES,
  strict: true,
};
export type FundingSourceKey = keyof typeof FUNDING_SOURCE_LABELS;

export const MEMBER_ITEM_CHOICE: Choice<keyof typeof MEMBER_ITEMS> = {
  labels: MEMBER_ITEMS,
  aliases: {
    total: ["Tổng số", "Tổng số đảng viên"],
    official: ["Chính thức"],
    probationary: ["Dự bị"],
    university: ["Đại học", "Trình độ đại học"],
    politicalTraining: ["Trung cấp chính trị", "TC chính trị", "Trung cấp lý luận chính trị"],
    itCertificate: ["Chứng chỉ tin học"],
    admitted: ["Kết nạp", "Kết nạp mới"],
    cellRating: ["Xếp loại chi bộ hằng năm", "Đánh giá chi bộ"],
  },
  strict: false,
};
export type MemberItemKey = keyof typeof MEMBER_ITEMS;

export const TEXT_SECTION_CHOICE: Choice<keyof typeof TEXT_SECTIONS> = {
  labels: TEXT_SECTIONS,
  strict: true,
};
export type TextSectionKey = keyof typeof TEXT_SECTIONS;

export const INFO_KEY_CHOICE: Choice<keyof typeof INFO_KEYS> = {
  labels: INFO_KEYS,
  aliases: {
    unitName: ["Chi bộ", "Tên đơn vị", "Đơn vị"],
    schoolName: ["Trường"],
    superiorBody: ["Đảng bộ", "Cấp trên"],
    superiorCommittee: ["Đảng ủy", "Cấp ủy"],
    nextTerm: ["Nhiệm kỳ sau", "Nhiệm kì tới"],
    term: ["Nhiệm kì"],
    schoolYears: ["Năm học"],
    plan: ["Căn cứ", "Kế hoạch"],
    place: ["Địa điểm", "Nơi ban hành"],
    reportDate: ["Ngày", "Ngày ban hành"],
  },
  strict: false,
};
export type InfoKey = keyof typeof INFO_KEYS;

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
      col("parent", "text", 9),
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
