/**
 * The domain's closed lists as language-free keys. Types come from these lists, not from the
 * label objects: a label may be reworded, or a second language added, without touching a type.
 * Order matters where it says so (dropdowns follow the label objects, which follow these).
 */

/** Tabs of the workbook the readers read, in the template's order ("Mẫu báo cáo" optional). */
export const INPUT_TAB_KEYS = [
  "info",
  "indicators",
  "awards",
  "members",
  "funding",
  "texts",
  "outline",
] as const;
export type TabKey = (typeof INPUT_TAB_KEYS)[number];

/** Every tab the tool names: the input tabs, then those the archive and the add-on write. */
export const TAB_KEYS = [
  ...INPUT_TAB_KEYS,
  "summary",
  "charts",
  "notes",
  "lists",
  "guide",
] as const;
export type AnyTabKey = (typeof TAB_KEYS)[number];

/** How a target is stated: a bound, a range, a trend, a state, or none (only tracked). */
export const TARGET_KIND_KEYS = [
  "atLeast",
  "atMost",
  "range",
  "exact",
  "increase",
  "decrease",
  "qualitative",
  "none",
] as const;
export type TargetKind = (typeof TARGET_KIND_KEYS)[number];

/**
 * The time a target holds for, and so how the years' results are judged against it:
 * each school year (the default), over the term (a sum of yearly counts, or the term's
 * result), by the end of the term (the last year with data), in one named school year, or
 * the average over the years.
 */
export const SCOPE_KEYS = ["yearly", "term", "termEnd", "schoolYear", "average"] as const;
export type ScopeKey = (typeof SCOPE_KEYS)[number];

/** What an indicator's figures count or measure. */
export const UNIT_KEYS = [
  "percent",
  "money",
  "rank",
  "level",
  "pupils",
  "teachers",
  "members",
  "prizes",
  "people",
  "lessons",
  "count",
] as const;
export type UnitKey = (typeof UNIT_KEYS)[number];

/** The report's sections an indicator belongs to. */
export const SECTION_KEYS = [
  "politics",
  "universal",
  "quality",
  "staff",
  "facilities",
  "emulation",
  "party",
] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

/** Who receives an award. */
export const RECIPIENT_KEYS = [
  "pupil",
  "teacher",
  "staff",
  "member",
  "school",
  "union",
  "pioneers",
  "youth",
  "cell",
] as const;
export type RecipientKey = (typeof RECIPIENT_KEYS)[number];

/** The level an award is given at, highest first (the order of tables and charts). */
export const LEVEL_KEYS = ["national", "city", "district", "commune", "school"] as const;
export type LevelKey = (typeof LEVEL_KEYS)[number];

/** What the unit's province-level body is: a province (tỉnh) or a centrally-run city. */
export const PROVINCE_KIND_KEYS = ["province", "city"] as const;
export type ProvinceKind = (typeof PROVINCE_KIND_KEYS)[number];

/**
 * The first school year of the two-level local government (from 1 July 2025): there is no
 * district level any more, and provinces and communes were merged.
 */
export const LOCAL_REFORM_SCHOOL_YEAR = "2025-2026";

/** Where money comes from. */
export const FUNDING_SOURCE_KEYS = ["state", "social", "local", "other"] as const;
export type FundingSourceKey = (typeof FUNDING_SOURCE_KEYS)[number];

/** What a membership line states. */
export const MEMBER_ITEM_KEYS = [
  "total",
  "official",
  "probationary",
  "university",
  "politicalTraining",
  "itCertificate",
  "admitted",
  "cellRating",
  "excellentMembers",
  "goodMembers",
] as const;
export type MemberItemKey = (typeof MEMBER_ITEM_KEYS)[number];

/** The judgement of a figure against its target. */
export const JUDGEMENT_KEYS = ["exceeded", "met", "notMet", "noData", "noTarget"] as const;
export type JudgementKey = (typeof JUDGEMENT_KEYS)[number];

/** How a yearly series moves. */
export const TREND_KEYS = ["up", "down", "flat", "mixed", "better", "worse"] as const;
export type TrendKey = (typeof TREND_KEYS)[number];

/** The written passages of the Nội dung tab, in the template's order. */
export const TEXT_SECTION_KEYS = [
  "advantages",
  "difficulties",
  "politics",
  "politicsLimits",
  "teaching",
  "staff",
  "facilities",
  "socialisation",
  "partyBuilding",
  "organisations",
  "inspection",
  "strengths",
  "strengthCauses",
  "weaknesses",
  "weaknessCauses",
  "lessons",
  "committeeRules",
  "committeeLeadership",
  "committeeLimits",
  "goals",
  "tasksPolitical",
  "tasksIdeology",
  "tasksParty",
  "tasksOrganisations",
  "tasksFacilities",
  "tasksInspection",
  "closing",
  "congressElection",
  "nextYearTasks",
  "midtermTasks",
] as const;
export type TextSectionKey = (typeof TEXT_SECTION_KEYS)[number];

/** The lines of the Thông tin tab, in the template's order. */
export const INFO_ITEM_KEYS = [
  "unitName",
  "schoolName",
  "superiorBody",
  "superiorCommittee",
  "term",
  "nextTerm",
  "schoolYears",
  "plan",
  "documentNumber",
  "place",
  "reportDate",
  "signerTitle",
  "signer",
  "recipients",
  "congressOrdinal",
  "congressDate",
  "congressSummoned",
  "congressPresent",
  "managingBody",
  "schoolDocumentNumber",
  "principalTitle",
  "principal",
  "schoolRecipients",
  "resolutionNumber",
  "congressChair",
  "province",
] as const;
export type InfoKey = (typeof INFO_ITEM_KEYS)[number];

/** A school's level (cấp học), for the roll-up: schools of different levels set different indicators. */
export const SCHOOL_LEVEL_KEYS = [
  "preschool",
  "primary",
  "lowerSecondary",
  "upperSecondary",
  "combined",
  "unknown",
] as const;
export type SchoolLevelKey = (typeof SCHOOL_LEVEL_KEYS)[number];
