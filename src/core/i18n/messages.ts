/** Messages the core prints: problems, the summary, the archive and the draft. */

/** Problem messages. Each names what is wrong in words a school secretary uses. */
import { UNIT_LABELS } from "../vocabulary/vi.js";

export const MESSAGES = {
  formulaError: (code: string) => `Ô có lỗi công thức ${code}; coi như chưa có số liệu.`,
  notANumber: (text: string) => `"${text}" không phải là một con số.`,
  negative: (text: string) => `"${text}" là số âm; số lượng và số tiền không thể âm.`,
  reversedRange: (text: string) =>
    `"${text}": khoảng ghi số lớn trước số nhỏ, không rõ ý; hãy ghi số nhỏ trước (ví dụ "99%-100%").`,
  rankZero: (text: string) => `"${text}": thứ hạng bắt đầu từ thứ 1, không có "thứ 0".`,
  percentOver100: (text: string) => `"${text}" vượt quá 100%.`,
  notInteger: (text: string) => `"${text}" phải là số nguyên (số người, số giải…).`,
  fractionMismatch: (percent: string, part: number, whole: number, actual: string) =>
    `Tỉ lệ ${percent} không khớp với ${part}/${whole} (= ${actual}).`,
  fractionOverWhole: (part: number, whole: number) => `${part}/${whole}: phần lớn hơn tổng.`,
  badSchoolYear: (text: string) =>
    `"${text}" không phải năm học hợp lệ; hãy ghi dạng 2021-2022 (hai năm liền nhau).`,
  badDate: (text: string) => `"${text}" không phải ngày hợp lệ; hãy ghi dạng 03/10/2022.`,
  tooLarge: (text: string) =>
    `"${text}" lớn quá mức có thể (quá một triệu tỷ); hãy kiểm tra lại, có thể gõ thừa chữ số. Số này không được tính.`,
  moneyFraction: (text: string, rounded: string) =>
    `"${text}" có phần lẻ dưới một đồng; đã làm tròn thành ${rounded} đồng. Hãy ghi số tiền nguyên đồng.`,
  duplicateTab: (tab: string, first: string) =>
    `Trang "${tab}" trùng tên với trang "${first}" (chỉ khác dấu, chữ hoa hay khoảng trắng); chỉ đọc trang "${first}", trang này bị bỏ qua. Hãy gộp hai trang hoặc đổi tên trang này.`,
  badYearHeader: (header: string) =>
    `Tiêu đề cột "${header}" không phải một năm học (hai năm liền nhau, ví dụ "Kết quả 2021-2022"); số liệu trong cột này chưa được đọc. Hãy sửa tiêu đề.`,
  dateInFigure: (shown: string) =>
    `Ô chứa một ngày (${shown}) trong cột không ghi ngày: có lẽ bảng tính đã tự đổi số liệu gõ như "4-5", "10/2022" thành ngày. Số liệu này không được dùng; hãy gõ lại dưới dạng chữ (thêm dấu ' ở đầu, ví dụ '4-5) hoặc định dạng cột là "Văn bản thuần túy".`,
  invalidDate: () =>
    "Ô chứa một ngày ngoài phạm vi bảng tính ghi được (trước năm 1900 hoặc sau năm 9999); hãy nhập lại ngày.",
  unknownChoice: (text: string, choices: string) =>
    `"${text}" không có trong danh sách (${choices}); vẫn giữ nguyên giá trị đã nhập.`,
  missingTab: (tab: string) => `Không tìm thấy trang "${tab}".`,
  missingHeader: (header: string) => `Không tìm thấy cột "${header}" ở dòng tiêu đề.`,
  duplicateHeader: (header: string) => `Cột "${header}" xuất hiện hai lần; chỉ dùng cột đầu tiên.`,
  duplicateCode: (code: string, other: string) => `Mã "${code}" đã dùng ở ô ${other}.`,
  missingCode: () => "Dòng có nội dung nhưng chưa có mã chỉ tiêu.",
  ownParent: (code: string) =>
    `Chỉ tiêu "${code}" ghi chính nó ở cột "Thuộc mã": một chỉ tiêu không thể là phần của chính nó. Hãy xoá hoặc sửa mã chỉ tiêu cha.`,
  parentCycle: (chain: string) =>
    `Các chỉ tiêu thuộc nhau thành vòng (${chain}): không có chỉ tiêu nào là chỉ tiêu cha thật. Hãy sửa cột "Thuộc mã".`,
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
  formulaWithoutValue: () =>
    "Ô có công thức nhưng file chưa lưu giá trị của nó (nên không đọc được số): mở file bằng Excel/LibreOffice và lưu lại một lần để lưu giá trị.",
  noSchoolYears: () =>
    'Chưa có năm học nào: hãy điền "Các năm học" ở trang Thông tin hoặc thêm cột "Kết quả 2021-2022".',
  resultDiffersFromTally: (typed: string, counted: string, tab: string, when: string) =>
    `Ô ghi ${typed} nhưng trang "${tab}" đếm được ${counted} (${when}); dùng số đếm được. Hãy sửa ô hoặc bổ sung dòng giải thưởng.`,
  resultSourceIgnored: (source: string) =>
    `Kết quả lấy từ "${source}"; số đã nhập ở ô này không được dùng.`,
  unknownSource: (source: string) =>
    `Không hiểu nguồn số liệu "${source}"; hãy ghi dạng "Giải thưởng: Học sinh, Thành phố".`,
  emptyRequired: (header: string) => `Chưa điền "${header}".`,
  levelNotInYear: (level: string, year: string, from: string) =>
    `Năm học ${year} không còn ${level}: từ ngày 01/7/2025 (năm học ${from}) không còn cấp huyện. Giải này do cấp nào trao? Hãy chọn lại cấp (xã/phường, tỉnh/thành phố…).`,
  cityLevelInProvince: (typed: string) =>
    `Đơn vị ở tỉnh nên "${typed}" được hiểu là cấp tỉnh và báo cáo ghi "cấp tỉnh". Nếu đây là thành phố thuộc tỉnh (trước 01/7/2025 là cấp huyện), hãy chọn "Huyện / Quận".`,
  provinceUnknown: (key: string) =>
    `Chưa rõ đơn vị ở tỉnh hay thành phố trực thuộc trung ương nên báo cáo ghi "cấp tỉnh"; hãy điền "${key}" ở trang Thông tin (ví dụ "Tỉnh Nghệ An" hoặc "Thành phố Hà Nội").`,
  awardYearGap: (who: string, level: string, year: string) =>
    `Không có dòng giải thưởng nào của ${who} ${level} năm học ${year} (năm trước và năm sau đều có): không có giải, hay chưa nhập? Nếu không có giải, hãy thêm một dòng ghi số lượng 0.`,
  scopeNeedsYear: () =>
    'Phạm vi "một năm học" cần ghi rõ năm học nào (ví dụ "Năm học 2022-2023"); tạm đánh giá từng năm.',
  scopeYearNotInTerm: (year: string) =>
    `Chỉ tiêu tính trong năm học ${year} nhưng bảng không có cột kết quả năm học này.`,
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
  funding: "Kinh phí theo nhóm và nguồn",
  groupSum: "Cộng",
  statedTotal: "Tổng đã ghi trong bảng",
  allGroups: "Các nhóm",
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

/** The report draft: headings, fixed lines and the words of generated sentences. */
export const DRAFT = {
  party: "ĐẢNG CỘNG SẢN VIỆT NAM",
  /** "Số 03-BC/CB"; a number typed in full ("03-BC/CB", "Số 03-BC/CB") is used as typed. */
  numberLine: (n: string, symbol = "BC/CB") => {
    const typed = n.replace(/^\s*số\s*:?\s*/i, "").trim();
    return typed.includes("/") ? `Số ${typed}` : `Số ${typed || "…"}-${symbol}`;
  },
  placeDate: (place: string, d: string, m: string, y: string) =>
    `${place || "…"}, ngày ${d} tháng ${m} năm ${y}`,
  dateWords: (d: string, m: string, y: string) => `ngày ${d} tháng ${m} năm ${y}`,
  /** NĐ 30: "Số: 05/BC-THHB"; a number without its symbol gets "/BC-…" for the school to finish. */
  stateNumberLine: (n: string, symbol: string) => {
    const typed = n.replace(/^\s*số\s*:?\s*/i, "").trim();
    return typed.includes("/") ? `Số: ${typed}` : `Số: ${typed || "…"}/${symbol}-…`;
  },
  openingPlan: (plan: string) => `Thực hiện ${plan};`,
  part1: "PHẦN THỨ NHẤT",
  part2: "PHẦN THỨ HAI",
  part3: "PHẦN THỨ BA",
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
  lowRateChartTitle: "Các tỉ lệ cần giữ thấp qua các năm học",
  smallRateChartTitle: "Các tỉ lệ nhỏ qua các năm học",
  /** The caption of a second rates chart: its title after "Biểu đồ: ". */
  chartCaptionOf: (title: string) => `Biểu đồ: ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
  rateChartAxis: "Tỉ lệ (%)",
  missing: (cell: string) => `[chưa có số liệu: ${cell}]`,
  /** A count taken from award lines, for a school year with no such line typed. */
  missingAwardLine: (tab: string, line: readonly string[]) =>
    `[chưa có số liệu: ${tab} — chưa có dòng ${line.join(", ")}]`,
  missingDate: "ngày … tháng … năm …",
  notFilled: (cell: string) => `[chưa điền: ${cell}]`,
  /** Where to type a Thông tin value the tab has no row for: the tab and the key's label. */
  noInfoRow: (tab: string, key: string) => `${tab} — ${key}`,
  // Sentence words.
  members: (total: string) => `Tổng số đảng viên: ${total} đồng chí.`,
  membersSplit: (official: string, probationary: string) =>
    `Trong đó đảng viên chính thức ${official} đồng chí, dự bị ${probationary} đồng chí.`,
  membersDontAdd: (tab: string) =>
    ` Số chính thức cộng số dự bị không bằng tổng số: cần xem lại trang ${tab}.`,
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
  awardLine: (head: string, list: string) => `${head}: ${list}.`,
  /** An award of people, one line: "Giáo viên đạt chiến sĩ thi đua cơ sở (năm học 2021-2022)". */
  awardOnce: (head: string, when: string) => `${head} (${when}).`,
  awardHeld: (who: string, award: string) => `${who} đạt ${award}`,
  awardHad: (who: string, award: string) => `${who} có ${award}`,
  awardPeople: (when: string, count: string) => `${when} có ${count} đồng chí`,
  awardTimes: (when: string, count: string) => `${when} (${count} lượt)`,
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
  none: "không có",
  striveTrend: (label: string, target: string) => `${label}: phấn đấu ${target}.`,
  /** Units written after a count ("12 giải"); percents, ranks and levels are written otherwise. */
  units: Object.fromEntries(
    Object.entries(UNIT_LABELS).filter(([k]) => !["percent", "rank", "level", "count"].includes(k)),
  ) as Readonly<Record<string, string>>,
  /** A count the sheet has no line for (never 0): in tables and the archive. */
  noLine: "–",
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

/**
 * The years that kept a term from being met, in one sentence for the check table, the
 * archive and the draft: "năm học 2020-2021 đạt 24,1%, chưa đạt; các năm học sau đạt và vượt".
 */
export const SHORTFALL = {
  year: (year: string, verb: string, figure: string) =>
    `năm học ${year} ${verb} ${figure}, chưa đạt`,
  /** Where the other years lie: all after the short ones, all before them, or around. */
  after: "các năm học sau",
  before: "các năm học trước",
  others: "các năm học còn lại",
  oneYear: (year: string) => `năm học ${year}`,
  met: "đạt",
  exceeded: "vượt",
  both: "đạt và vượt",
  noData: (years: string) => `năm học ${years} chưa có số liệu`,
  /** The verb before a figure: a rate to keep low "là" its figure, a rank is "xếp". */
  verbs: { reached: DRAFT.reached, is: "là", ranked: DRAFT.ranked },
} as const;

/** How the draft says a target's time scope ("trong nhiệm kỳ đã kết nạp 4 …"). */
export const SCOPE_TEXT = {
  phrase: {
    term: "trong nhiệm kỳ",
    termEnd: "đến cuối nhiệm kỳ",
    average: "bình quân các năm học",
    schoolYear: (year: string) => `trong năm học ${year}`,
  },
  /** Before the verb of a label that starts with one: "trong nhiệm kỳ đã kết nạp …". */
  done: "đã",
  /** After a result in a table, what it is: a sum, a mean, one year's figure. */
  basis: {
    sum: "cộng các năm học",
    average: "bình quân các năm học",
    year: (year: string) => `năm học ${year}`,
  },
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
  levelReplaced: (ceased: string, successor: string, years: readonly string[]) =>
    `Từ ngày 01/7/2025 không còn ${ceased}: kết quả năm học ${years.join(", ")} được đếm từ các dòng Giải thưởng ${successor} và so với chỉ tiêu đặt cho ${ceased}. Khi đặt chỉ tiêu nhiệm kỳ tới, hãy ghi theo cấp mới.`,
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
