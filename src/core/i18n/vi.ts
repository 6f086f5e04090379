/**
 * Every Vietnamese string a user reads: tab names, headers, enum labels, judgements and
 * problem messages. Code refers to these by key; nothing user-facing is written elsewhere.
 */

export const TAB_NAMES = {
  info: "Thông tin",
  indicators: "Chỉ tiêu",
  awards: "Giải thưởng",
  members: "Đảng viên",
  funding: "Kinh phí",
  texts: "Nội dung",
  summary: "Tổng hợp",
  charts: "Biểu đồ",
  notes: "Ghi chú xuất",
  lists: "Danh mục",
} as const;

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
};

export const JUDGEMENT_LABELS = {
  exceeded: "Vượt chỉ tiêu",
  met: "Đạt chỉ tiêu",
  notMet: "Chưa đạt",
  noData: "Chưa có số liệu",
  noTarget: "Không đặt chỉ tiêu",
} as const;

/** Symbols shown beside judgement labels, so the meaning never rests on colour alone. */
export const JUDGEMENT_SYMBOLS = {
  exceeded: "▲",
  met: "✔",
  notMet: "✘",
  noData: "…",
  noTarget: "–",
} as const;

/** Phrases used inside generated sentences ("… (vượt chỉ tiêu)"). */
export const JUDGEMENT_PHRASES = {
  exceeded: "vượt chỉ tiêu",
  met: "đạt chỉ tiêu",
  notMet: "chưa đạt chỉ tiêu",
  noData: "chưa có số liệu",
  noTarget: "không đặt chỉ tiêu",
} as const;

export const TARGET_KIND_LABELS = {
  atLeast: "Tối thiểu (≥)",
  atMost: "Tối đa (≤ hoặc dưới)",
  range: "Khoảng (từ … đến …)",
  exact: "Bằng đúng",
  increase: "Năm sau cao hơn năm trước",
  decrease: "Năm sau thấp hơn năm trước (thứ hạng)",
  qualitative: "Định tính (mức, danh hiệu)",
  none: "Chỉ theo dõi",
} as const;

export const TARGET_KIND_ALIASES: Record<keyof typeof TARGET_KIND_LABELS, readonly string[]> = {
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

export const UNIT_LABELS = {
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
} as const;

export const INDICATOR_SECTIONS = {
  politics: "Chính trị, tư tưởng",
  universal: "Phổ cập giáo dục và duy trì sĩ số",
  quality: "Chất lượng giáo dục toàn diện",
  staff: "Chất lượng đội ngũ",
  facilities: "Cơ sở vật chất, kiểm định chất lượng",
  emulation: "Danh hiệu thi đua",
  party: "Công tác xây dựng Đảng",
} as const;

export const RECIPIENT_LABELS = {
  pupil: "Học sinh",
  teacher: "Giáo viên",
  staff: "Cán bộ, giáo viên, nhân viên",
  member: "Đảng viên",
  school: "Tập thể nhà trường",
  union: "Công đoàn",
  pioneers: "Liên đội",
  youth: "Chi đoàn",
  cell: "Chi bộ",
} as const;

export const LEVEL_LABELS = {
  national: "Bộ / Trung ương",
  city: "Thành phố / Tỉnh",
  district: "Huyện / Quận",
  commune: "Xã / Phường",
  school: "Trường / Cơ sở",
} as const;

export const LEVEL_ALIASES: Record<keyof typeof LEVEL_LABELS, readonly string[]> = {
  national: ["Bộ", "Trung ương", "Quốc gia", "Toàn quốc", "Cấp Bộ"],
  city: ["Thành phố", "Tỉnh", "TP", "Cấp thành phố", "Cấp tỉnh", "Sở"],
  district: ["Huyện", "Quận", "Thị xã", "Cấp huyện", "Phòng"],
  commune: ["Xã", "Phường", "Thị trấn", "Cấp xã"],
  school: ["Trường", "Cơ sở", "Cấp trường", "Cấp cơ sở"],
};

export const FUNDING_SOURCE_LABELS = {
  state: "Ngân sách nhà nước",
  social: "Xã hội hoá",
  local: "Địa phương",
  other: "Khác",
} as const;

export const FUNDING_SOURCE_ALIASES: Record<keyof typeof FUNDING_SOURCE_LABELS, readonly string[]> =
  {
    state: ["Ngân sách", "NS", "NSNN"],
    social: ["XHH", "Xã hội hóa"],
    local: ["Địa phương hỗ trợ", "Chính quyền địa phương"],
    other: [],
  };

/** The stated-total marker in Kinh phí: a row whose content starts with it. */
export const FUNDING_TOTAL_WORDS = ["Tổng cộng", "Tổng"] as const;

export const MEMBER_ITEMS = {
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
} as const;

export const TEXT_SECTIONS = {
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
} as const;

export const INFO_KEYS = {
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
} as const;

export const TREND_WORDS = {
  up: "tăng",
  down: "giảm",
  flat: "giữ nguyên",
  mixed: "không đều",
  better: "tiến bộ",
  worse: "đi xuống",
} as const;

export const SEVERITY_LABELS = { error: "Lỗi", warning: "Cảnh báo", info: "Lưu ý" } as const;

/** Problem messages. Each names what is wrong in words a school secretary uses. */
export const MESSAGES = {
  formulaError: (code: string) => `Ô có lỗi công thức ${code}; coi như chưa có số liệu.`,
  notANumber: (text: string) => `"${text}" không phải là một con số.`,
  negative: (text: string) => `"${text}" là số âm; số lượng và số tiền không thể âm.`,
  percentOver100: (text: string) => `"${text}" vượt quá 100%.`,
  notInteger: (text: string) => `"${text}" phải là số nguyên (số người, số giải…).`,
  fractionMismatch: (percent: string, part: number, whole: number, actual: string) =>
    `Tỉ lệ ${percent} không khớp với ${part}/${whole} (= ${actual}).`,
  fractionOverWhole: (part: number, whole: number) => `${part}/${whole}: phần lớn hơn tổng.`,
  badSchoolYear: (text: string) =>
    `"${text}" không phải năm học hợp lệ; hãy ghi dạng 2021-2022 (hai năm liền nhau).`,
  badDate: (text: string) => `"${text}" không phải ngày hợp lệ; hãy ghi dạng 03/10/2022.`,
  unknownChoice: (text: string, choices: string) =>
    `"${text}" không có trong danh sách (${choices}); vẫn giữ nguyên giá trị đã nhập.`,
  missingTab: (tab: string) => `Không tìm thấy trang "${tab}".`,
  missingHeader: (header: string) => `Không tìm thấy cột "${header}" ở dòng tiêu đề.`,
  duplicateHeader: (header: string) => `Cột "${header}" xuất hiện hai lần; chỉ dùng cột đầu tiên.`,
  duplicateCode: (code: string, other: string) => `Mã "${code}" đã dùng ở ô ${other}.`,
  missingCode: () => "Dòng có nội dung nhưng chưa có mã chỉ tiêu.",
  unknownParent: (code: string) => `Không có chỉ tiêu mã "${code}" để làm chỉ tiêu cha.`,
  childAboveParent: (child: string, parent: string, year: string) =>
    `Tỉ lệ "trong đó" (${child}) lớn hơn tỉ lệ của chỉ tiêu cha (${parent}) ở ${year}.`,
  targetKindMismatch: (kind: string, target: string) =>
    `Chỉ tiêu "${target}" không hợp với loại "${kind}".`,
  unreadableTarget: (target: string) =>
    `Không hiểu chỉ tiêu "${target}"; coi như chỉ tiêu định tính.`,
  missingResult: (year: string) => `Chưa nhập kết quả năm học ${year}.`,
  yearOutsideTerm: (year: string, years: string) =>
    `Năm học ${year} không thuộc các năm học của nhiệm kỳ (${years}).`,
  membersDontAdd: (official: number, probationary: number, total: number) =>
    `Đảng viên chính thức (${official}) cộng dự bị (${probationary}) không bằng tổng số (${total}).`,
  fundingTotalMismatch: (stated: string, sum: string) =>
    `Tổng đã ghi ${stated} đồng khác tổng các khoản ${sum} đồng.`,
  missingInfo: (key: string) => `Chưa điền "${key}" ở trang Thông tin.`,
  duplicateInfo: (key: string, first: string) =>
    `"${key}" đã được điền ở ô ${first}; dòng này không được dùng.`,
  noSchoolYears: () =>
    'Chưa có năm học nào: hãy điền "Các năm học" ở trang Thông tin hoặc thêm cột "Kết quả 2021-2022".',
  resultSourceIgnored: (source: string) =>
    `Kết quả lấy từ "${source}"; số đã nhập ở ô này không được dùng.`,
  unknownSource: (source: string) =>
    `Không hiểu nguồn số liệu "${source}"; hãy ghi dạng "Giải thưởng: Học sinh, Thành phố".`,
  emptyRequired: (header: string) => `Chưa điền "${header}".`,
  trendNeedsYears: () => "Cần số liệu ít nhất hai năm học để so sánh năm sau với năm trước.",
} as const;

/** Titles and headers of the summary tab ("Tổng hợp"). */
export const SUMMARY = {
  title: (unit: string, term: string) =>
    `TỔNG HỢP KẾT QUẢ — ${unit}${term ? ` — nhiệm kỳ ${term}` : ""}`,
  judgements: "Kết quả thực hiện chỉ tiêu",
  series: "Số liệu theo năm học",
  awards: "Giải thưởng theo năm học, cấp và đối tượng",
  awardSeries: "Giải thưởng qua các năm (năm sau cao hơn năm trước)",
  funding: "Kinh phí theo nguồn",
  members: "Đảng viên (số liệu mới nhất)",
  problems: "Những điểm cần xem lại",
  wholeTerm: "Cả nhiệm kỳ",
  total: "Tổng cộng",
  chart: "Biểu đồ",
  growth: "Tăng/giảm",
  severity: "Mức độ",
  tab: "Trang",
  cell: "Ô",
  message: "Nội dung",
  noProblems: "Không có vấn đề nào.",
  other: "Khác",
  noYear: "(không ghi năm)",
} as const;

/** What the command line says. */
export const CLI = {
  description:
    "Tổng kết: kiểm tra bảng chỉ tiêu, xuất file Excel lưu trữ và dự thảo báo cáo tổng kết của chi bộ, nhà trường.",
  templateDescription: "Ghi file mẫu (có số liệu mẫu, hoặc để trống với --blank).",
  draftDescription:
    "Soạn dự thảo báo cáo tổng kết (Word .docx hoặc Markdown .md) từ file Excel đã điền.",
  optDraftOutput: "file sẽ ghi: .docx hoặc .md",
  draftNeedsOutput: "Cần chỉ rõ file sẽ ghi bằng -o, đuôi .docx hoặc .md.",
  draftBadExtension: (file: string) =>
    `"${file}": chỉ ghi được file .docx (Word) hoặc .md (Markdown).`,
  draftProblems: (errors: number, warnings: number) =>
    `Bảng còn ${errors} lỗi, ${warnings} cảnh báo: xem bằng "tongket check"; chỗ thiếu số liệu được đánh dấu trong dự thảo.`,
  checkDescription: "Đọc file Excel, liệt kê các vấn đề và bảng đánh giá chỉ tiêu.",
  optOutput: "đường dẫn file sẽ ghi",
  optBlank: "ghi mẫu trống thay vì mẫu có số liệu",
  optForce: "cho phép ghi đè file đã có",
  optJson: "in kết quả dạng JSON (cho máy đọc)",
  argFile: "file Excel (.xlsx) cần đọc",
  helpOption: "xem hướng dẫn",
  versionOption: "xem phiên bản",
  usageError: (detail: string) => `Lỗi cách dùng: ${detail}\nXem hướng dẫn: tongket --help`,
  fileNotFound: (file: string) => `Không tìm thấy file "${file}".`,
  notXlsx: (file: string) =>
    `Không đọc được "${file}": file không phải Excel .xlsx hoặc đã hỏng. Hãy mở bằng Excel/Google Sheets và lưu lại dạng .xlsx.`,
  exists: (file: string) => `File "${file}" đã có. Thêm --force nếu muốn ghi đè.`,
  cannotWrite: (file: string, reason: string) => `Không ghi được "${file}": ${reason}`,
  wrote: (file: string) => `Đã ghi ${file}`,
  checking: (file: string) => `Kiểm tra: ${file}`,
  unitLine: (unit: string, term: string, years: string) =>
    `${unit || "(chưa có tên đơn vị)"}${term ? ` — nhiệm kỳ ${term}` : ""}${years ? ` — năm học ${years}` : ""}`,
  problemsHeading: (errors: number, warnings: number, notes: number) =>
    `Vấn đề: ${errors} lỗi, ${warnings} cảnh báo, ${notes} lưu ý`,
  noProblems: "Không có vấn đề nào.",
  judgementsHeading: "Đánh giá chỉ tiêu",
  tableHeaders: ["Mã", "Nội dung chỉ tiêu", "Chỉ tiêu", "Kết quả", "Đánh giá"] as const,
  unexpected: (message: string) => `Lỗi không mong đợi: ${message}`,
  helpCommand: "xem hướng dẫn của một lệnh",
  helpTitles: {
    "Usage:": "Cách dùng:",
    "Options:": "Tuỳ chọn:",
    "Commands:": "Lệnh:",
    "Arguments:": "Tham số:",
    "Global Options:": "Tuỳ chọn chung:",
  } as Readonly<Record<string, string>>,
  missingArgument: (name: string) => `thiếu tham số bắt buộc "${name}".`,
  unknownOption: (name: string) => `không có tuỳ chọn "${name}".`,
  unknownCommand: (name: string) => `không có lệnh "${name}".`,
  excessArguments: "thừa tham số.",
  optionMissingArgument: (name: string) => `tuỳ chọn "${name}" cần một giá trị.`,
} as const;

/** The report draft: headings, fixed lines and the words of generated sentences. */
export const DRAFT = {
  party: "ĐẢNG CỘNG SẢN VIỆT NAM",
  numberLine: (n: string) => `Số ${n || "…"}-BC/CB`,
  placeDate: (place: string, d: string, m: string, y: string) =>
    `${place || "…"}, ngày ${d} tháng ${m} năm ${y}`,
  title: "BÁO CÁO",
  summaryResults: (term: string) => `Tổng kết thực hiện Nghị quyết Chi bộ nhiệm kỳ ${term}`,
  summaryNext: (next: string) => `Phương hướng, nhiệm vụ, giải pháp nhiệm kỳ ${next}`,
  openingPlan: (plan: string) => `Thực hiện ${plan};`,
  opening: (unit: string, term: string, next: string) =>
    `${unit} trình bày Báo cáo kết quả thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ ${term}; phương hướng, nhiệm vụ, giải pháp nhiệm kỳ ${next} như sau:`,
  part1: "PHẦN THỨ NHẤT",
  part1Title: (term: string) => `TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT CHI BỘ NHIỆM KỲ ${term}`,
  part2: "PHẦN THỨ HAI",
  part2Title: (term: string) => `KIỂM ĐIỂM CỦA TẬP THỂ CHI ỦY NHIỆM KỲ ${term}`,
  part3: "PHẦN THỨ BA",
  part3Title: (next: string) => `PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ ${next}`,
  situation: "ĐẶC ĐIỂM TÌNH HÌNH",
  advantages: "Thuận lợi",
  difficulties: "Khó khăn",
  results: "KẾT QUẢ ĐẠT ĐƯỢC TRÊN CÁC LĨNH VỰC",
  politics: "Lãnh đạo công tác chính trị, tư tưởng",
  politicsLimits: "Tuy nhiên, trong công tác lãnh đạo chính trị, tư tưởng vẫn còn hạn chế:",
  teaching: "Công tác lãnh đạo thực hiện nhiệm vụ dạy và học",
  teachingResults:
    "Trong nhiệm kỳ vừa qua, về công tác dạy và học chi bộ đã chỉ đạo nhà trường đạt được một số kết quả sau:",
  universal: "Công tác phổ cập giáo dục và duy trì sĩ số",
  quality: "Chất lượng giáo dục toàn diện",
  prizes: "Học sinh đạt giải các cấp",
  staff: "Xây dựng đội ngũ cán bộ, giáo viên",
  facilities: "Tăng cường nguồn lực xây dựng cơ sở vật chất, kiểm định chất lượng",
  socialisation: "Công tác xã hội hoá giáo dục",
  partyBuilding: "Công tác tổ chức cán bộ và xây dựng chi bộ",
  organisations: "Lãnh đạo xây dựng chính quyền và các đoàn thể chính trị trong nhà trường",
  emulation: "Danh hiệu thi đua",
  inspection: "Công tác kiểm tra, giám sát và kỉ luật Đảng",
  otherIndicators: "Các chỉ tiêu khác",
  missingText: (tab: string, section: string) => `[chưa có nội dung: ${tab} — ${section}]`,
  assessment: "NHẬN XÉT, ĐÁNH GIÁ CHUNG",
  strengthsAndCauses: "Ưu điểm, nguyên nhân",
  strengths: "Ưu điểm",
  causes: "Nguyên nhân",
  weaknessesAndCauses: "Tồn tại, nguyên nhân",
  weaknesses: "Tồn tại",
  weaknessCauses: "Nguyên nhân dẫn đến tồn tại",
  lessons: "BÀI HỌC KINH NGHIỆM",
  ordinals: ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là", "Sáu là", "Bảy là", "Tám là"],
  committeeRules: "THỰC HIỆN QUY CHẾ LÀM VIỆC CỦA CHI BỘ",
  committeeLeadership: "CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO CỦA CHI ỦY",
  committeeLimits: "NHỮNG TỒN TẠI, HẠN CHẾ",
  goals: "MỤC TIÊU, PHƯƠNG HƯỚNG",
  targetsAndTasks: "CHỈ TIÊU, NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU",
  mainTargets: "Chỉ tiêu chính",
  tasks: "Nhiệm vụ và những giải pháp chủ yếu",
  tasksPolitical: "Lãnh đạo thực hiện nhiệm vụ chính trị của nhà trường",
  tasksIdeology: "Lãnh đạo công tác chính trị, tư tưởng",
  tasksParty: "Công tác tổ chức cán bộ và xây dựng chi bộ",
  tasksOrganisations: "Lãnh đạo xây dựng chính quyền và các đoàn thể chính trị trong nhà trường",
  tasksFacilities: "Chỉ đạo công tác xây dựng cơ sở vật chất",
  tasksInspection: "Công tác kiểm tra, giám sát và kỉ luật Đảng",
  nextYearsIntro: "Các năm học phấn đấu:",
  recipientsLabel: "Nơi nhận:",
  onBehalf: "T/M CHI BỘ",
  defaultSignerTitle: "BÍ THƯ",
  tableHeaders: ["Chỉ tiêu đề ra", "Kết quả đạt được", "Đánh giá"] as const,
  prizeTableYear: "Năm học",
  chartTitle: "Số giải của học sinh theo năm học và cấp",
  chartCaption: "Biểu đồ: số giải của học sinh theo năm học và cấp",
  chartAxis: "Số giải",
  rateChartTitle: "Các tỉ lệ qua các năm học",
  rateChartCaption: "Biểu đồ: các tỉ lệ qua các năm học",
  rateChartAxis: "Tỉ lệ (%)",
  missing: (cell: string) => `[chưa có số liệu: ${cell}]`,
  missingDate: "ngày … tháng … năm …",
  // Sentence words.
  members: (total: string) => `Tổng số đảng viên: ${total} đồng chí.`,
  membersSplit: (official: string, probationary: string) =>
    `Trong đó đảng viên chính thức ${official} đồng chí, dự bị ${probationary} đồng chí.`,
  memberItem: (label: string, n: string) => `${label}: ${n} đồng chí`,
  memberNames: (names: readonly string[]) => ` (${names.map((n) => `đồng chí ${n}`).join(", ")})`,
  rankWord: "thứ",
  memberPeriod: (period: string) => `Số liệu tại thời điểm ${period}.`,
  admitted: (people: string) =>
    `Làm tốt công tác phát triển đảng: trong nhiệm kỳ chi bộ đã kết nạp ${people}.`,
  admittedPerson: (name: string, period: string) => `đồng chí ${name} (${period})`,
  cellRatings: (list: string) => `Xếp loại chi bộ: ${list}.`,
  cellRating: (periods: string, rating: string) => `năm ${periods} đạt ${rating}`,
  titlesIntro: "Danh hiệu thi đua của nhà trường và các đoàn thể:",
  titleLine: (who: string, list: string) => `${who}: ${list}.`,
  titleYear: (years: string, award: string) => `năm học ${years} đạt ${award}`,
  wholeTerm: "trong nhiệm kỳ",
  awardLine: (who: string, list: string) => `${who}: ${list}.`,
  awardItem: (count: string, award: string, when: string) =>
    `${count ? `${count} ` : ""}${award}${when ? ` (${when})` : ""}`,
  prizeYear: (year: string, list: string) => `Năm học ${year}: ${list}.`,
  prizeLevel: (count: string, level: string) => `${count} giải ${level}`,
  prizeSeries: (level: string, list: string) => `Giải ${level}: ${list}.`,
  funding: (total: string, group: string, sources: string) =>
    `Trong nhiệm kỳ, ${group}: ${total}${sources ? ` (trong đó ${sources})` : ""}.`,
  fundingSource: (label: string, amount: string) => `${label} ${amount}`,
  fundingYears: (group: string, list: string, total: string) => `${group}: ${list}; cộng ${total}.`,
  fundingYear: (year: string, amount: string) => `năm học ${year}: ${amount}`,
  fundingStated: (stated: string) => ` Tổng đã ghi trong bảng: ${stated}.`,
  fundingDefaultGroup: "kinh phí đầu tư",
  fundingTotal: (total: string) => `Tổng kinh phí các nguồn trong nhiệm kỳ: ${total}.`,
  ratePrefix: "Tỉ lệ",
  rateWords: ["tỉ lệ", "tỷ lệ"] as const,
  reached: "đạt",
  ranked: "xếp",
  inWhich: "trong đó",
  year: (y: string) => `năm học ${y}`,
  targetWas: (t: string) => `chỉ tiêu ${t}`,
  seriesUp: "năm sau cao hơn năm trước",
  seriesNotEveryYear: "chưa phải năm sau cũng cao hơn năm trước",
  rankUp: "thứ hạng năm sau tốt hơn năm trước",
  rankNotEveryYear: "thứ hạng chưa phải năm sau cũng tốt hơn năm trước",
  trendWords: {
    up: "tăng qua các năm",
    down: "giảm qua các năm",
    flat: "giữ ổn định qua các năm",
    mixed: "chưa đều giữa các năm",
  },
  notMetIntro: "Theo số liệu, các chỉ tiêu sau chưa đạt:",
  notMetItem: (label: string, target: string, result: string) =>
    `${label}: chỉ tiêu ${target}, kết quả ${result}.`,
  strive: "Phấn đấu",
  striveTrend: (label: string, target: string) => `${label}: phấn đấu ${target}.`,
  /** Units written after a count ("12 giải"); percents, ranks and levels are written otherwise. */
  units: Object.fromEntries(
    Object.entries(UNIT_LABELS).filter(([k]) => !["percent", "rank", "level", "count"].includes(k)),
  ) as Readonly<Record<string, string>>,
  levelWords: {
    national: "cấp Bộ",
    city: "cấp thành phố",
    district: "cấp huyện",
    commune: "cấp xã",
    school: "cấp trường",
    other: "các cấp khác",
  } as const,
  levelPrefix: "cấp",
  /** Placeholders of the "Mẫu câu" column: name → what it stands for (README lists them). */
  placeholders: {
    chi_tieu: "nội dung chỉ tiêu",
    chi_tieu_de_ra: "chỉ tiêu đề ra",
    ket_qua: "kết quả (cả nhiệm kỳ, hoặc các năm học)",
    danh_gia: "đánh giá (vượt / đạt / chưa đạt chỉ tiêu)",
    nam_hoc: "kết quả một năm học, ví dụ {nam_hoc:2021-2022}",
    xu_huong: "xu hướng qua các năm",
    don_vi: "đơn vị",
    chi_tieu_toi: "chỉ tiêu nhiệm kỳ tới",
  } as const,
  unknownPlaceholder: (name: string, known: string) =>
    `Mẫu câu có chỗ trống "{${name}}" không có trong danh sách (${known}); giữ nguyên chữ đã gõ.`,
  unknownPatternYear: (year: string) =>
    `Mẫu câu ghi năm học ${year} nhưng bảng không có cột kết quả năm học này.`,
} as const;

/** What the Google Sheets add-on says: menu, toasts, dialogs. */
export const ADDON = {
  menuTitle: "Tổng kết",
  menuSetUp: "Thiết lập / sửa bảng tính",
  menuCompute: "Tính kết quả và tổng hợp",
  menuFormat: "Định dạng (màu đánh giá, số)",
  menuCheck: "Kiểm tra dữ liệu",
  menuCharts: "Vẽ biểu đồ",
  toastTitle: "Tổng kết",
  busy: "Một người khác đang chạy Tổng kết trên bảng tính này. Vui lòng đợi một lát rồi thử lại; chưa có gì được ghi.",
  failed: (message: string) =>
    `Tổng kết gặp lỗi và đã dừng: ${message}\nDữ liệu đã nhập không bị thay đổi. Hãy thử lại hoặc báo cho người phụ trách.`,
  setUpDone: (tabs: number, columns: number) =>
    tabs === 0 && columns === 0
      ? "Bảng tính đã đủ các trang và cột; không cần sửa gì."
      : `Đã thêm ${tabs} trang và ${columns} cột còn thiếu.`,
  reading: "Đang đọc dữ liệu…",
  computing: "Đang tính đánh giá…",
  writing: "Đang ghi kết quả…",
  computeDone: (indicators: number, errors: number, warnings: number) =>
    `Đã tính ${indicators} chỉ tiêu. Có ${errors} lỗi, ${warnings} cảnh báo (xem "Kiểm tra dữ liệu").`,
  noIndicatorTab: `Chưa có trang "${TAB_NAMES.indicators}". Hãy chạy "Thiết lập / sửa bảng tính" trước.`,
  noComputedColumns: `Trang "${TAB_NAMES.indicators}" chưa có các cột đánh giá. Hãy chạy "Thiết lập / sửa bảng tính" để thêm cột.`,
  formatDone: "Đã định dạng số, màu đánh giá và dòng tiêu đề.",
  chartsDone: (charts: number) => `Đã vẽ lại ${charts} biểu đồ ở trang "${TAB_NAMES.charts}".`,
  noChartData: "Chưa có số liệu giải thưởng hay tỉ lệ theo năm học để vẽ biểu đồ.",
  checkTitle: "Kiểm tra dữ liệu",
  checkSummary: (errors: number, warnings: number, notes: number) =>
    `${errors} lỗi, ${warnings} cảnh báo, ${notes} lưu ý`,
  checkNone: "Không có vấn đề nào. Dữ liệu đã sẵn sàng.",
  goTo: "Đi tới ô",
  goToTab: "Mở trang",
  goToFailed: "Không mở được ô này:",
  noSuchTab: (tab: string) => `Không tìm thấy trang "${tab}".`,
  badCell: (cell: string) => `"${cell}" không phải địa chỉ ô hợp lệ.`,
  computedNote: "Cột do Tổng kết tự tính; nội dung sẽ bị ghi lại mỗi lần tính.",
  choiceHelp:
    "Chọn trong danh sách, hoặc gõ cách gọi khác; Tổng kết sẽ hiểu các cách gọi quen thuộc.",
  summaryNote: "Trang do Tổng kết tạo lại mỗi lần chạy; không nhập số liệu ở đây.",
} as const;

/** Problem messages and phrases the core used to write inline, moved here by the core tests. */
export const CORE_MESSAGES = {
  fractionAsPercent: (text: string, percent: string) => `"${text}" được hiểu là ${percent}%.`,
  resultNotAFigure: (result: string, target: string) =>
    `Kết quả "${result}" không phải là số nên không so được với chỉ tiêu "${target}".`,
  membersOverTotal: (value: string, total: string) =>
    `${value} lớn hơn tổng số đảng viên (${total}).`,
  inSchoolYear: (year: string) => `năm học ${year}`,
  wholeTerm: "cả nhiệm kỳ",
} as const;

/** The archive export: command line, notes tab, document properties. */
export const ARCHIVE = {
  exportDescription:
    "Xuất file Excel lưu trữ: mọi trang của bảng tính, các cột đánh giá đã tính, trang Tổng hợp và trang ghi chú.",
  argInput: "file Excel (.xlsx) cần xuất (hoặc dùng --sheet)",
  optSheet: "ID hoặc đường dẫn Google Sheet (đọc trực tiếp bằng tài khoản dịch vụ)",
  optCredentials: "file khoá JSON của tài khoản dịch vụ (mặc định: GOOGLE_APPLICATION_CREDENTIALS)",
  needOutput: "Hãy ghi tên file kết quả bằng -o FILE.xlsx.",
  needInput: "Hãy ghi file .xlsx cần đọc, hoặc --sheet ID_HOẶC_ĐƯỜNG_DẪN của Google Sheet.",
  bothInputs: "Chỉ dùng một nguồn: hoặc file .xlsx, hoặc --sheet, không dùng cả hai.",
  progress: (done: number, total: number) => `Đang ghi ${done}/${total} dòng…`,
  exported: (file: string, indicators: number, problems: number) =>
    `Đã xuất ${file}: ${indicators} chỉ tiêu, ${problems} điểm cần xem lại (trang "Tổng hợp").`,
  title: (unit: string, term: string) =>
    `Tổng kết — ${unit || "(chưa có tên đơn vị)"}${term ? ` — nhiệm kỳ ${term}` : ""}`,
  subject: (unit: string, term: string) =>
    `Bản lưu trữ số liệu chỉ tiêu, kết quả, giải thưởng, đảng viên và kinh phí${unit ? ` — ${unit}` : ""}${term ? `, nhiệm kỳ ${term}` : ""}`,
  keywords: (unit: string, term: string, years: string) =>
    ["tổng kết", unit, term ? `nhiệm kỳ ${term}` : "", years].filter((s) => s !== "").join("; "),
  sourceFile: (file: string) => `File ${file}`,
  sourceSheet: (title: string, id: string) =>
    `Google Sheet${title ? ` "${title}"` : ""} (ID ${id})`,
  notesTitle: "GHI CHÚ VỀ FILE LƯU TRỮ",
  notesHeader: ["Mục", "Nội dung"] as const,
  madeAt: "Thời điểm xuất (giờ Việt Nam)",
  source: "Nguồn số liệu",
  version: "Phiên bản tongket",
  unit: "Đơn vị",
  term: "Nhiệm kỳ",
  schoolYears: "Các năm học",
  indicators: "Số chỉ tiêu",
  problems: "Số điểm cần xem lại",
  computedNote: "Cột tính sẵn",
  computedText:
    "Các cột Đánh giá, Đánh giá từng năm, Chênh lệch và Xu hướng (nền xám) do tongket tính từ số liệu; trang Tổng hợp cũng vậy.",
  formatNote: "Cách ghi số",
  formatText:
    "Tỉ lệ lưu dạng số phần trăm, số tiền tính bằng đồng; ô ghi dạng khoảng (99%–100%), thứ hạng hay mức độ giữ nguyên chữ như đã nhập.",
  untitledSheet: "Trang",
  judgementNote: "Ký hiệu đánh giá",
  judgementText:
    "▲ Vượt chỉ tiêu, ✔ Đạt chỉ tiêu, ✘ Chưa đạt, … Chưa có số liệu, – Không đặt chỉ tiêu.",
} as const;

/** Reading the live Google Sheet. Credentials are never part of any message. */
export const SHEETS = {
  badId: (text: string) =>
    `"${text}" không phải ID hay đường dẫn Google Sheet (dạng https://docs.google.com/spreadsheets/d/…).`,
  noCredentials:
    "Chưa có khoá tài khoản dịch vụ: dùng --credentials FILE.json hoặc đặt biến môi trường GOOGLE_APPLICATION_CREDENTIALS.",
  keyNotFound: (file: string) => `Không tìm thấy file khoá tài khoản dịch vụ "${file}".`,
  keyMalformed: (file: string, why: string) =>
    `File khoá "${file}" không dùng được: ${why}. Hãy tải lại khoá JSON của tài khoản dịch vụ trong Google Cloud Console.`,
  keyNotJson: "không phải JSON",
  keyNotServiceAccount: 'không phải khoá tài khoản dịch vụ (thiếu "type": "service_account")',
  keyMissingField: (field: string) => `thiếu trường "${field}"`,
  keyBadPrivateKey: "khoá riêng (private_key) bị hỏng",
  keyRejected: (email: string) =>
    `Google không chấp nhận khoá của tài khoản dịch vụ ${email} (khoá đã bị xoá, tài khoản bị vô hiệu hoá, hoặc đồng hồ máy tính bị sai).`,
  notShared: (email: string) =>
    `Tài khoản dịch vụ chưa được quyền xem bảng tính này. Hãy mở Google Sheet, bấm "Chia sẻ" và thêm ${email} với quyền "Người xem", rồi chạy lại.`,
  apiDisabled: (email: string) =>
    `Google Sheets API chưa được bật cho dự án của tài khoản dịch vụ ${email}. Hãy bật "Google Sheets API" trong Google Cloud Console rồi chạy lại.`,
  notFound: (id: string) =>
    `Không tìm thấy Google Sheet có ID ${id}. Hãy kiểm tra lại đường dẫn (có thể bảng tính đã bị xoá).`,
  quota: (attempts: number) =>
    `Google đang giới hạn số lần đọc (vượt hạn mức); đã thử ${attempts} lần. Hãy đợi khoảng một phút rồi chạy lại.`,
  network: (detail: string) =>
    `Không kết nối được tới Google (${detail}). Hãy kiểm tra kết nối mạng rồi chạy lại.`,
  server: (status: number) => `Máy chủ Google báo lỗi (mã ${status}). Hãy chạy lại sau ít phút.`,
} as const;

/** Files the command line reads and writes: what went wrong, in words a user can act on. */
export const FILES = {
  isDirectory: (path: string) =>
    `"${path}" là một thư mục, không phải file. Hãy ghi cả tên file trong thư mục đó.`,
  notReadable: (file: string) => `Không có quyền đọc file "${file}".`,
  /** Why a file could not be written, by the system's error code. */
  reasons: {
    EACCES: "không có quyền ghi vào thư mục này",
    EPERM: "không có quyền ghi vào thư mục này",
    EROFS: "ổ đĩa chỉ cho đọc",
    ENOSPC: "ổ đĩa đã đầy",
    EDQUOT: "đã hết dung lượng được phép dùng",
    EISDIR: "đường dẫn là một thư mục",
    ENOTDIR: "một phần của đường dẫn là file chứ không phải thư mục",
    EEXIST: "một phần của đường dẫn là file chứ không phải thư mục",
    ENAMETOOLONG: "tên file quá dài",
    EMFILE: "máy đang mở quá nhiều file; hãy thử lại",
    EBUSY: "file đang được chương trình khác mở (Excel, Word?); hãy đóng lại rồi thử lại",
  } as Readonly<Record<string, string>>,
  /** When the system gives no code we know. */
  unknownReason: (code: string) => `lỗi hệ thống${code ? ` (${code})` : ""}`,
  noResponse: "không có phản hồi",
  templateTitle: (unit: string) => `Tổng kết — ${unit}`,
  blankTemplateTitle: "Tổng kết — mẫu trống",
} as const;

/** Words of the command line's usage lines that commander writes in English. */
export const CLI_USAGE_WORDS: Readonly<Record<string, string>> = {
  "[options]": "[tuỳ chọn]",
  "[command]": "[lệnh]",
};

/** `tongket check` when there is nothing to judge. */
export const CHECK_TEXT = {
  noIndicators: `Chưa có chỉ tiêu nào ở trang "${TAB_NAMES.indicators}": hãy nhập các dòng chỉ tiêu rồi kiểm tra lại.`,
} as const;

/** The INPUT argument of `draft` (export's says "cần xuất"; the draft reads its figures from it). */
export const DRAFT_CLI = {
  argInput: "file Excel (.xlsx) lấy số liệu để soạn báo cáo (hoặc dùng --sheet)",
} as const;

/** `tongket export` arguments. */
export const EXPORT_CLI = {
  badExtension: (file: string) =>
    `"${file}": file lưu trữ là file Excel, tên phải có đuôi .xlsx (ví dụ luu-tru.xlsx).`,
} as const;

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
