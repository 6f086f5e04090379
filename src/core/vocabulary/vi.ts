/**
 * The domain's Vietnamese words: tab names, headers, enum labels and the aliases and words the
 * readers recognise. Messages live in `../i18n/messages.ts`; the shells keep their own.
 */

import type { Severity } from "../base/problems.js";
import type {
  AnyTabKey,
  FundingSourceKey,
  InfoKey,
  JudgementKey,
  LevelKey,
  MemberItemKey,
  RecipientKey,
  SchoolLevelKey,
  ScopeKey,
  SectionKey,
  TargetKind,
  TextSectionKey,
  TrendKey,
  UnitKey,
} from "./keys.js";
import { LOCAL_REFORM_SCHOOL_YEAR, type ProvinceKind } from "./keys.js";

export const TAB_NAMES: Readonly<Record<AnyTabKey, string>> = {
  info: "Thông tin",
  indicators: "Chỉ tiêu",
  awards: "Giải thưởng",
  members: "Đảng viên",
  funding: "Kinh phí",
  texts: "Nội dung",
  outline: "Mẫu báo cáo",
  summary: "Tổng hợp",
  charts: "Biểu đồ",
  notes: "Ghi chú xuất",
  lists: "Danh mục",
  guide: "Hướng dẫn",
};

export const HEADERS = {
  infoKey: "Mục",
  infoValue: "Giá trị",
  infoNote: "Ghi chú",
  code: "Mã",
  section: "Mục",
  group: "Nhóm",
  parent: "Thuộc mã",
  label: "Nội dung chỉ tiêu",
  unit: "Đơn vị",
  kind: "Loại chỉ tiêu",
  target: "Chỉ tiêu",
  resultPrefix: "Kết quả",
  termResult: "Kết quả cả nhiệm kỳ",
  source: "Nguồn số liệu",
  nextTarget: "Chỉ tiêu nhiệm kỳ tới",
  pattern: "Mẫu câu",
  note: "Ghi chú",
  judgement: "Đánh giá",
  yearJudgements: "Đánh giá từng năm",
  gap: "Chênh lệch",
  trend: "Xu hướng",
  scope: "Phạm vi thời gian",
  schoolYear: "Năm học",
  recipient: "Đối tượng",
  level: "Cấp",
  award: "Giải thưởng / danh hiệu",
  count: "Số lượng",
  names: "Họ tên",
  period: "Thời điểm",
  memberItem: "Mục",
  value: "Giá trị",
  fundingGroup: "Nhóm",
  fundingItem: "Nội dung",
  fundingSource: "Nguồn",
  amount: "Số tiền (đồng)",
  textSection: "Mục",
  textHeading: "Tiêu đề",
  textBody: "Nội dung",
  outlineLevel: "Cấp đề mục",
  outlineHeading: "Đề mục",
  outlineContent: "Nội dung dưới đề mục",
} as const;

/** Header spellings people also use, matched like the headers themselves. */
export const HEADER_ALIASES: Partial<Record<keyof typeof HEADERS, readonly string[]>> = {
  code: ["Mã chỉ tiêu", "Ma"],
  label: ["Chỉ tiêu cụ thể", "Tên chỉ tiêu", "Nội dung"],
  kind: ["Loại", "Kiểu chỉ tiêu"],
  target: ["Chỉ tiêu đề ra", "Mục tiêu"],
  termResult: ["Kết quả nhiệm kỳ", "Kết quả cả nhiệm kì", "Kết quả nhiệm kì"],
  nextTarget: ["Chỉ tiêu nhiệm kì tới", "Chỉ tiêu nhiệm kỳ sau"],
  parent: ["Trong đó thuộc", "Chỉ tiêu cha"],
  award: ["Giải thưởng", "Danh hiệu"],
  amount: ["Số tiền", "Kinh phí", "Số tiền (đ)"],
  count: ["Số giải", "SL"],
  names: ["Họ và tên", "Tên"],
  period: ["Năm", "Thời gian"],
  source: ["Nguồn"],
  fundingSource: ["Nguồn kinh phí"],
  scope: ["Phạm vi", "Thời hạn chỉ tiêu", "Phạm vi chỉ tiêu"],
};

export const JUDGEMENT_LABELS: Readonly<Record<JudgementKey, string>> = {
  exceeded: "Vượt chỉ tiêu",
  met: "Đạt chỉ tiêu",
  notMet: "Chưa đạt",
  noData: "Chưa có số liệu",
  noTarget: "Không đặt chỉ tiêu",
};

/** Symbols shown beside judgement labels, so the meaning never rests on colour alone. */
export const JUDGEMENT_SYMBOLS: Readonly<Record<JudgementKey, string>> = {
  exceeded: "▲",
  met: "✔",
  notMet: "✘",
  noData: "…",
  noTarget: "–",
};

/** Phrases used inside generated sentences ("… (vượt chỉ tiêu)"). */
export const JUDGEMENT_PHRASES: Readonly<Record<JudgementKey, string>> = {
  exceeded: "vượt chỉ tiêu",
  met: "đạt chỉ tiêu",
  notMet: "chưa đạt chỉ tiêu",
  noData: "chưa có số liệu",
  noTarget: "không đặt chỉ tiêu",
};

export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, string>> = {
  atLeast: "Tối thiểu (≥)",
  atMost: "Tối đa (≤ hoặc dưới)",
  range: "Khoảng (từ … đến …)",
  exact: "Bằng đúng",
  increase: "Năm sau cao hơn năm trước",
  decrease: "Năm sau thấp hơn năm trước (thứ hạng)",
  qualitative: "Định tính (mức, danh hiệu)",
  none: "Chỉ theo dõi",
};

export const TARGET_KIND_ALIASES: Record<TargetKind, readonly string[]> = {
  atLeast: ["Tối thiểu", "Ít nhất", "Từ … trở lên", ">=", "≥", "Không thấp hơn"],
  atMost: ["Tối đa", "Dưới", "Không quá", "<=", "≤", "<"],
  range: ["Khoảng", "Trong khoảng", "Từ … đến …"],
  exact: ["Bằng", "=", "Đúng bằng"],
  increase: ["Tăng hằng năm", "Tăng dần", "Năm sau cao hơn", "Tăng"],
  decrease: [
    "Giảm hằng năm",
    "Giảm dần",
    "Thứ hạng tốt lên",
    "Năm sau tốt hơn năm trước (thứ hạng)",
  ],
  qualitative: ["Định tính", "Mức", "Danh hiệu"],
  none: ["Theo dõi", "Không đặt chỉ tiêu", "Không có chỉ tiêu"],
};

/** The time scopes of a target (the "Phạm vi thời gian" dropdown), in the keys' order. */
export const SCOPE_LABELS: Readonly<Record<ScopeKey, string>> = {
  yearly: "Hằng năm",
  term: "Trong nhiệm kỳ (cộng các năm)",
  termEnd: "Đến cuối nhiệm kỳ",
  schoolYear: "Trong một năm học (ghi rõ năm học)",
  average: "Bình quân các năm học",
};

/** Other words people type in the scope column, matched like the labels. */
export const SCOPE_ALIASES: Readonly<Partial<Record<ScopeKey, readonly string[]>>> = {
  yearly: ["Hàng năm", "Mỗi năm", "Từng năm", "Các năm học", "Năm nào cũng"],
  term: [
    "Trong nhiệm kỳ",
    "Trong nhiệm kì",
    "Cả nhiệm kỳ",
    "Cả nhiệm kì",
    "Toàn nhiệm kỳ",
    "Nhiệm kỳ",
  ],
  termEnd: ["Cuối nhiệm kỳ", "Đến cuối nhiệm kì", "Cuối nhiệm kì", "Đến hết nhiệm kỳ"],
  schoolYear: ["Một năm học", "Trong năm học", "Năm học"],
  average: ["Bình quân", "Trung bình", "Trung bình các năm", "Bình quân mỗi năm"],
};

export const UNIT_LABELS: Readonly<Record<UnitKey, string>> = {
  percent: "%",
  money: "đồng",
  rank: "thứ hạng",
  level: "mức/danh hiệu",
  pupils: "học sinh",
  teachers: "giáo viên",
  members: "đảng viên",
  prizes: "giải",
  people: "người",
  lessons: "bài",
  count: "số lượng",
};

/** Other words people type for the same values, matched like the labels. */
export const UNIT_ALIASES: Readonly<Partial<Record<UnitKey, readonly string[]>>> = {
  percent: ["phần trăm", "tỉ lệ", "tỷ lệ"],
  money: ["đ", "vnđ", "vnd", "đồng"],
  rank: ["thứ", "xếp thứ", "hạng"],
  level: ["mức", "danh hiệu", "mức độ"],
  pupils: ["HS"],
  teachers: ["GV"],
  members: ["đồng chí", "đ/c"],
  prizes: ["giải thưởng"],
};

export const INDICATOR_SECTIONS: Readonly<Record<SectionKey, string>> = {
  politics: "Chính trị, tư tưởng",
  universal: "Phổ cập giáo dục và duy trì sĩ số",
  quality: "Chất lượng giáo dục toàn diện",
  staff: "Chất lượng đội ngũ",
  facilities: "Cơ sở vật chất, kiểm định chất lượng",
  emulation: "Danh hiệu thi đua",
  party: "Công tác xây dựng Đảng",
};

export const RECIPIENT_LABELS: Readonly<Record<RecipientKey, string>> = {
  pupil: "Học sinh",
  teacher: "Giáo viên",
  staff: "Cán bộ, giáo viên, nhân viên",
  member: "Đảng viên",
  school: "Tập thể nhà trường",
  union: "Công đoàn",
  pioneers: "Liên đội",
  youth: "Chi đoàn",
  cell: "Chi bộ",
};

/** Other words people type for the same values, matched like the labels. */
export const RECIPIENT_ALIASES: Readonly<Partial<Record<RecipientKey, readonly string[]>>> = {
  pupil: ["HS"],
  teacher: ["GV"],
  staff: ["CB-GV-NV", "Cá nhân"],
  school: ["Trường", "Nhà trường", "Tập thể"],
  pioneers: ["Liên đội", "Đội"],
  youth: ["Đoàn thanh niên", "Chi đoàn"],
};

export const LEVEL_LABELS: Readonly<Record<LevelKey, string>> = {
  national: "Bộ / Trung ương",
  city: "Thành phố / Tỉnh",
  district: "Huyện / Quận",
  commune: "Xã / Phường",
  school: "Trường / Cơ sở",
};

export const LEVEL_ALIASES: Record<LevelKey, readonly string[]> = {
  national: ["Bộ", "Trung ương", "Quốc gia", "Toàn quốc", "Cấp Bộ"],
  city: ["Thành phố", "Tỉnh", "TP", "Cấp thành phố", "Cấp tỉnh", "Sở"],
  district: ["Huyện", "Quận", "Thị xã", "Cấp huyện", "Phòng"],
  commune: ["Xã", "Phường", "Thị trấn", "Cấp xã"],
  school: ["Trường", "Cơ sở", "Cấp trường", "Cấp cơ sở"],
};

/** A way of writing a level in a report, and the school years and places it applies to. */
export interface LevelWord {
  readonly level: LevelKey;
  readonly word: string;
  /** First school year it applies to; none: always before {@link until}. */
  readonly from?: string;
  /** Last school year it applies to; none: still in use. */
  readonly until?: string;
  /** Only where the province-level body is of this kind. */
  readonly province?: ProvinceKind;
  /** Only when the level cell was typed as one of these words ("Quận" → "cấp quận"). */
  readonly typed?: readonly string[];
}

const BEFORE_REFORM = "2024-2025";

/**
 * Levels by period, most specific first. Until the school year 2024-2025 there were districts
 * (huyện, quận, thị xã, thành phố thuộc tỉnh); from 1 July 2025 ({@link LOCAL_REFORM_SCHOOL_YEAR})
 * there is no district level and communes and wards were merged ("cấp xã/phường"). The
 * province level reads "cấp tỉnh" or "cấp thành phố" as the unit's province is, never both.
 */
export const LEVEL_WORDS: readonly LevelWord[] = [
  { level: "national", word: "cấp Bộ" },
  { level: "city", province: "city", word: "cấp thành phố" },
  { level: "city", word: "cấp tỉnh" },
  { level: "district", until: BEFORE_REFORM, typed: ["Quận", "Cấp quận"], word: "cấp quận" },
  { level: "district", until: BEFORE_REFORM, typed: ["Thị xã", "Cấp thị xã"], word: "cấp thị xã" },
  { level: "district", until: BEFORE_REFORM, word: "cấp huyện" },
  { level: "commune", until: BEFORE_REFORM, typed: ["Phường", "Cấp phường"], word: "cấp phường" },
  { level: "commune", until: BEFORE_REFORM, word: "cấp xã" },
  { level: "commune", from: LOCAL_REFORM_SCHOOL_YEAR, word: "cấp xã/phường" },
  { level: "school", word: "cấp trường" },
];

/** A level the lists do not know, in a report; and the word put before a typed one. */
export const LEVEL_OTHER_WORD = "các cấp khác";
export const LEVEL_PREFIX = "cấp";

/** The words that say what the unit's province-level body is, at the start of its name. */
export const PROVINCE_WORDS: Readonly<Record<ProvinceKind, readonly string[]>> = {
  province: ["tỉnh", "cấp tỉnh"],
  city: ["thành phố", "TP", "cấp thành phố"],
};

/** The centrally-run cities, by name: "Hà Nội" typed alone is a city, "Nghệ An" a province. */
export const CENTRAL_CITIES: readonly string[] = [
  "Hà Nội",
  "Hồ Chí Minh",
  "Hải Phòng",
  "Đà Nẵng",
  "Cần Thơ",
  "Huế",
];

export const FUNDING_SOURCE_LABELS: Readonly<Record<FundingSourceKey, string>> = {
  state: "Ngân sách nhà nước",
  social: "Xã hội hoá",
  local: "Địa phương",
  other: "Khác",
};

export const FUNDING_SOURCE_ALIASES: Record<FundingSourceKey, readonly string[]> = {
  state: ["Ngân sách", "NS", "NSNN"],
  social: ["XHH", "Xã hội hóa"],
  local: ["Địa phương hỗ trợ", "Chính quyền địa phương"],
  other: [],
};

/** The stated-total marker in Kinh phí: a row whose content starts with it. */
export const FUNDING_TOTAL_WORDS = ["Tổng cộng", "Tổng"] as const;

export const MEMBER_ITEMS: Readonly<Record<MemberItemKey, string>> = {
  total: "Tổng số đảng viên",
  official: "Đảng viên chính thức",
  probationary: "Đảng viên dự bị",
  university: "Trình độ đại học trở lên",
  politicalTraining: "Hoàn thành trung cấp lý luận chính trị",
  itCertificate: "Có chứng chỉ tin học",
  admitted: "Kết nạp đảng viên mới",
  cellRating: "Xếp loại chi bộ",
  excellentMembers: "Đảng viên hoàn thành xuất sắc nhiệm vụ",
  goodMembers: "Đảng viên hoàn thành tốt nhiệm vụ",
};

/** Other words people type for the same values, matched like the labels. */
export const MEMBER_ITEM_ALIASES: Readonly<Partial<Record<MemberItemKey, readonly string[]>>> = {
  total: ["Tổng số", "Tổng số đảng viên"],
  official: ["Chính thức"],
  probationary: ["Dự bị"],
  university: ["Đại học", "Trình độ đại học"],
  politicalTraining: ["Trung cấp chính trị", "TC chính trị", "Trung cấp lý luận chính trị"],
  itCertificate: ["Chứng chỉ tin học"],
  admitted: ["Kết nạp", "Kết nạp mới"],
  cellRating: ["Xếp loại chi bộ hằng năm", "Đánh giá chi bộ"],
};

export const TEXT_SECTIONS: Readonly<Record<TextSectionKey, string>> = {
  advantages: "Thuận lợi",
  difficulties: "Khó khăn",
  politics: "Lãnh đạo công tác chính trị, tư tưởng",
  politicsLimits: "Hạn chế trong công tác chính trị, tư tưởng",
  teaching: "Lãnh đạo thực hiện nhiệm vụ dạy và học",
  staff: "Xây dựng đội ngũ cán bộ, giáo viên",
  facilities: "Tăng cường nguồn lực, cơ sở vật chất",
  socialisation: "Công tác xã hội hoá giáo dục",
  partyBuilding: "Công tác tổ chức cán bộ và xây dựng chi bộ",
  organisations: "Lãnh đạo chính quyền và các đoàn thể",
  inspection: "Công tác kiểm tra, giám sát và kỉ luật Đảng",
  strengths: "Ưu điểm",
  strengthCauses: "Nguyên nhân của ưu điểm",
  weaknesses: "Tồn tại",
  weaknessCauses: "Nguyên nhân của tồn tại",
  lessons: "Bài học kinh nghiệm",
  committeeRules: "Kiểm điểm: thực hiện quy chế làm việc",
  committeeLeadership: "Kiểm điểm: công tác lãnh đạo, chỉ đạo",
  committeeLimits: "Kiểm điểm: tồn tại, hạn chế",
  goals: "Mục tiêu, phương hướng",
  tasksPolitical: "Giải pháp: nhiệm vụ chính trị",
  tasksIdeology: "Giải pháp: chính trị, tư tưởng",
  tasksParty: "Giải pháp: tổ chức cán bộ, xây dựng chi bộ",
  tasksOrganisations: "Giải pháp: chính quyền và đoàn thể",
  tasksFacilities: "Giải pháp: cơ sở vật chất",
  tasksInspection: "Giải pháp: kiểm tra, giám sát",
  closing: "Kết luận",
  congressElection: "Đại hội: kết quả bầu cử",
  nextYearTasks: "Năm học tới: nhiệm vụ, giải pháp",
  midtermTasks: "Nửa nhiệm kỳ còn lại: nhiệm vụ, giải pháp",
};

export const INFO_KEYS: Readonly<Record<InfoKey, string>> = {
  unitName: "Tên chi bộ",
  schoolName: "Tên trường",
  superiorBody: "Đảng bộ cấp trên",
  superiorCommittee: "Cấp ủy cấp trên",
  term: "Nhiệm kỳ",
  nextTerm: "Nhiệm kỳ tới",
  schoolYears: "Các năm học",
  plan: "Căn cứ (kế hoạch)",
  documentNumber: "Số hiệu văn bản",
  place: "Địa danh",
  reportDate: "Ngày báo cáo",
  signerTitle: "Chức vụ người ký",
  signer: "Người ký",
  recipients: "Nơi nhận",
  congressOrdinal: "Đại hội lần thứ",
  congressDate: "Ngày đại hội",
  congressSummoned: "Số đảng viên được triệu tập",
  congressPresent: "Số đảng viên dự đại hội",
  managingBody: "Cơ quan quản lý trường",
  schoolDocumentNumber: "Số hiệu văn bản của trường",
  principalTitle: "Chức vụ người ký (trường)",
  principal: "Người ký (trường)",
  resolutionNumber: "Số nghị quyết đại hội",
  congressChair: "Người ký nghị quyết (đoàn chủ tịch)",
  province: "Tỉnh / thành phố",
};

/** Other words people type for the same values, matched like the labels. */
export const INFO_KEY_ALIASES: Readonly<Partial<Record<InfoKey, readonly string[]>>> = {
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
  province: ["Tỉnh", "Thành phố", "Tỉnh, thành phố", "Tỉnh/thành phố", "Tỉnh/TP"],
};

export const TREND_WORDS: Readonly<Record<TrendKey, string>> = {
  up: "tăng",
  down: "giảm",
  flat: "giữ nguyên",
  mixed: "không đều",
  better: "tiến bộ",
  worse: "đi xuống",
};

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  error: "Lỗi",
  warning: "Cảnh báo",
  info: "Lưu ý",
};

/** Words around figures as a report writes them (format.ts), and yes/no cells as text (parse.ts). */
export const FIGURE_WORDS = {
  rank: (n: string) => `thứ ${n}`,
  rankOrBetter: (n: string) => `thứ ${n} trở lên`,
  below: (v: string) => `dưới ${v}`,
  atMost: (v: string) => `tối đa ${v}`,
  above: (v: string) => `trên ${v}`,
  atLeast: (v: string) => `từ ${v} trở lên`,
  money: (n: string) => `${n} đồng`,
  yes: "Có",
  no: "Không",
} as const;

/**
 * What a "Mẫu báo cáo" row may put under its heading (its dropdown). Keys: a part of the
 * draft, or "staff:" / "indicators:" / "table:" / "yearResults:" / "progress:" and a section.
 */
export const OUTLINE_CONTENT_LABELS: Readonly<Record<string, string>> = {
  none: "(chỉ đề mục)",
  plan: "Câu mở đầu: căn cứ kế hoạch",
  membership: "Số lượng, chất lượng đảng viên",
  partyChanges: "Kết nạp đảng viên, xếp loại chi bộ",
  funding: "Kinh phí đầu tư",
  prizes: "Giải của học sinh (bảng, biểu đồ)",
  titles: "Danh hiệu của nhà trường, đoàn thể",
  personalAwards: "Khen thưởng cá nhân",
  rateChart: "Biểu đồ các tỉ lệ",
  notMet: "Các chỉ tiêu chưa đạt",
  behind: "Các chỉ tiêu chậm tiến độ (sơ kết)",
  nextTargets: "Chỉ tiêu nhiệm kỳ tới (theo mục)",
  addedSections: "Các mục chỉ tiêu tự thêm",
  "addedSections:yearResults": "Các mục chỉ tiêu tự thêm: kết quả năm học",
  "addedSections:progress": "Các mục chỉ tiêu tự thêm: tiến độ giữa nhiệm kỳ",
  ...Object.fromEntries(
    Object.entries(TEXT_SECTIONS).map(([k, v]) => [`staff:${k}`, `Nội dung: ${v}`]),
  ),
  ...Object.fromEntries(
    Object.entries(INDICATOR_SECTIONS).flatMap(([k, v]) => [
      [`indicators:${k}`, `Chỉ tiêu: ${v}`],
      [`table:${k}`, `Bảng chỉ tiêu – kết quả: ${v}`],
      [`yearResults:${k}`, `Kết quả năm học: ${v}`],
      [`progress:${k}`, `Tiến độ giữa nhiệm kỳ: ${v}`],
    ]),
  ),
  "indicators:other": "Chỉ tiêu: các mục khác",
  "table:other": "Bảng chỉ tiêu – kết quả: các mục khác",
  // The kinds' own outlines use these too, so "Mẫu báo cáo" written from them reads back whole.
  "yearResults:other": "Kết quả năm học: các mục khác",
  "progress:other": "Tiến độ giữa nhiệm kỳ: các mục khác",
  "indicators:unsorted": "Chỉ tiêu: các dòng chưa ghi mục",
  "table:unsorted": "Bảng chỉ tiêu – kết quả: các dòng chưa ghi mục",
  "yearResults:unsorted": "Kết quả năm học: các dòng chưa ghi mục",
  "progress:unsorted": "Tiến độ giữa nhiệm kỳ: các dòng chưa ghi mục",
};

/** School levels as the roll-up names them (its tabs and notes). */
export const SCHOOL_LEVEL_LABELS: Readonly<Record<SchoolLevelKey, string>> = {
  preschool: "Mầm non",
  primary: "Tiểu học",
  lowerSecondary: "THCS",
  upperSecondary: "THPT",
  combined: "Liên cấp",
  unknown: "Chưa rõ cấp học",
};

/** Short prefixes of the roll-up's indicator tabs when schools of several levels are mixed. */
export const SCHOOL_LEVEL_SHORT: Readonly<Record<SchoolLevelKey, string>> = {
  preschool: "MN",
  primary: "TH",
  lowerSecondary: "THCS",
  upperSecondary: "THPT",
  combined: "LC",
  unknown: "KR",
};

/**
 * Words that name a level inside a school's or cell's name ("Trường TH&THCS …", "Chi bộ
 * Trường Mầm non …"), matched folded as whole words. A name naming two levels is "Liên cấp".
 */
export const SCHOOL_LEVEL_WORDS: Readonly<
  Record<Exclude<SchoolLevelKey, "unknown">, readonly string[]>
> = {
  preschool: ["mầm non", "mẫu giáo", "nhà trẻ", "MN", "MG"],
  primary: ["tiểu học", "TH"],
  lowerSecondary: ["trung học cơ sở", "THCS", "PTCS"],
  upperSecondary: ["trung học phổ thông", "THPT", "PTTH"],
  combined: ["liên cấp", "nhiều cấp học"],
};

/** Keys of a Thông tin row that states the level ("Cấp học: THCS"); not a template row. */
export const SCHOOL_LEVEL_INFO_KEYS = ["Cấp học", "Bậc học", "Cấp"] as const;
