/**
 * Words the readers recognise inside cells, one list per job. Written as people type them;
 * the readers match them folded (marks removed, "đ" as "d", lower case: see `foldKey`), so
 * "tỷ" and "ty", "hằng năm" and "hàng năm" are one word. Where two words share a beginning
 * the longer is taken ("giải thưởng" before "giải": see `anyOf`).
 */

/** Currency words after a money figure: "1.157.274.000 đ", "10 triệu đồng", "VNĐ". */
export const CURRENCY_WORDS = ["VNĐ", "đồng", "đ"] as const;

/** Scale words in money and what each multiplies by: "10 triệu", "1,2 tỷ". */
export const MONEY_SCALES: Readonly<Record<string, number>> = {
  nghìn: 1e3,
  ngàn: 1e3,
  triệu: 1e6,
  tỷ: 1e9,
  tỉ: 1e9,
};

/** Between the two ends of a range: "99%-100%", "từ 99,5% đến 100%". */
export const RANGE_WORDS = ["-", "–", "—", "đến", "tới", "→"] as const;
/** Before the low end of a range: "từ 10 đến 20". */
export const RANGE_FROM = "từ";

/** Words that only name what is counted: "12 giải", "17 đồng chí", "(15/24 đ/c)". */
export const COUNTED_WORDS = [
  "giải",
  "giải thưởng",
  "học sinh",
  "HS",
  "giáo viên",
  "GV",
  "đồng chí",
  "đ/c",
  "đảng viên",
  "người",
  "bài",
  "lượt",
  "em",
  "lớp",
  "phòng",
  "tập thể",
  "cá nhân",
] as const;

/** Words that only lead a figure in: "đạt 99%", "tỉ lệ 99%", "phấn đấu 100%". */
export const LEAD_IN_WORDS = [
  "đạt",
  "đạt được",
  "đạt tỉ lệ",
  "đạt tỷ lệ",
  "tỉ lệ",
  "tỷ lệ",
  "phấn đấu",
  "có",
] as const;

/** Bounds written before a figure ("dưới 1%", "tối thiểu 98%"), strict or closed. */
export const BOUND_WORDS = {
  above: ["trên", ">", "lớn hơn", "cao hơn", "hơn", "nhiều hơn"],
  atLeast: [">=", "≥", "=>", "tối thiểu", "ít nhất", "không thấp hơn", "không dưới", "từ"],
  below: ["dưới", "<", "nhỏ hơn", "ít hơn", "thấp hơn"],
  atMost: ["<=", "≤", "=<", "tối đa", "không quá", "không vượt quá", "không trên", "nhiều nhất"],
} as const;

/** Bounds written after a figure: "99% trở lên" (the better side), "5 trở xuống". */
export const BOUND_AFTER_WORDS = {
  orBetter: "trở lên",
  orWorse: ["trở xuống", "trở lại"],
} as const;

/** Ranks: "thứ 9", "xếp thứ 9", "hạng 3"; "tốp 10" and "trong top 10" are the first ten. */
export const RANK_WORDS = {
  rank: ["thứ", "hạng"],
  placed: "xếp",
  top: "top",
  among: ["trong", "thuộc"],
  beforeAmong: ["xếp", "nằm"],
} as const;

/** Trend targets: "năm sau cao hơn năm trước", "tăng dần", "giảm qua các năm", "tăng". */
export const TREND_TARGET_WORDS = {
  later: "năm sau",
  earlier: "năm trước",
  /** Between "năm sau" and "năm trước": what the later year has more of. */
  more: ["cao", "tốt", "tiến bộ", "nhiều", "hơn"],
  directions: ["tăng", "giảm"],
  steadily: ["dần", "đều", "hằng năm", "qua các năm", "qua từng năm"],
  /** A trend whose better side is lower figures. */
  lower: ["giảm", "thấp hơn"],
  /** A trend that says "better" without saying which way. */
  unspecified: ["tiến bộ", "tốt hơn"],
} as const;

/** "Không có", "không", "không học sinh": the figure none. */
export const NONE_WORDS = {
  noneAtAll: "không có",
  no: "không",
  of: ["HS", "học sinh", "trường hợp", "em"],
} as const;

/** Levels of a quality: "mức độ 3", "mức II". */
export const LEVEL_WORDS = ["mức độ", "mức"] as const;
export const ROMAN_LEVELS: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5 };

/** Before a school year: "Năm học 2021-2022", "NH 2021-2022". */
export const SCHOOL_YEAR_WORDS = ["năm học", "NH"] as const;
/** Before a school year in a result column's header: "Kết quả 2021-2022", "KQ NH 2021-2022". */
export const RESULT_WORDS = ["kết quả", "KQ"] as const;

/** Dates and periods: "ngày 03/10/2022", "3 tháng 10 năm 2022", "năm 2020", "tháng 01/2022". */
export const DATE_WORDS = { day: "ngày", month: "tháng", year: "năm" } as const;

/** The source column of an indicator that counts award lines: "Giải thưởng: Học sinh, Tỉnh". */
export const AWARD_SOURCE_WORDS = ["giải thưởng", "giải"] as const;
/** Before a level's name: "cấp tỉnh". */
export const LEVEL_PREFIX = "cấp";

/** Ordered titles, each list from lowest to highest: a later rung is better. */
export const TITLE_LADDERS: readonly (readonly string[])[] = [
  ["hoàn thành nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"],
  ["lao động tiên tiến", "lao động xuất sắc"],
  ["vững mạnh", "vững mạnh xuất sắc"],
  ["khá", "mạnh", "xuất sắc"],
];

/** "Chưa đạt …", "Không đạt …": words that deny what a result names. */
export const NEGATION_WORDS = ["chưa", "không"] as const;

/**
 * A target's time scope as people write it in the label or the target ("Kết nạp … trong
 * nhiệm kỳ", "6 phòng đến cuối nhiệm kỳ"). The reader tries them most specific first: one
 * named school year, the end of the term, the average, the whole term, each year.
 */
export const SCOPE_WORDS = {
  /** Followed by a school year: "trong năm học 2022-2023". */
  schoolYear: ["trong năm học", "vào năm học"],
  /** Followed by a calendar year: "đến năm 2025" (the term's end). */
  untilYear: ["đến năm", "tới năm"],
  termEnd: [
    "đến cuối nhiệm kỳ",
    "đến cuối nhiệm kì",
    "đến hết nhiệm kỳ",
    "đến hết nhiệm kì",
    "cuối nhiệm kỳ",
    "cuối nhiệm kì",
  ],
  average: ["bình quân"],
  /** "Trung bình" is also a grade ("học lực trung bình"): a scope only before these words. */
  averageMean: "trung bình",
  averageOver: [
    "mỗi năm",
    "hằng năm",
    "các năm",
    "cả nhiệm kỳ",
    "cả nhiệm kì",
    "nhiệm kỳ",
    "nhiệm kì",
  ],
  term: [
    "trong cả nhiệm kỳ",
    "trong cả nhiệm kì",
    "trong nhiệm kỳ",
    "trong nhiệm kì",
    "cả nhiệm kỳ",
    "cả nhiệm kì",
    "toàn nhiệm kỳ",
    "toàn nhiệm kì",
  ],
  yearly: ["hằng năm", "mỗi năm", "từng năm"],
} as const;

/**
 * Rates where lower is better: a sentence says the rate "là" its figure, never "đạt" it
 * ("tỉ lệ học sinh bỏ học năm học 2020-2021 là 0,3%"). Not when negated ("không có học
 * sinh bỏ học" is a rate to keep at 100%).
 */
export const LOWER_BETTER_WORDS = [
  "bỏ học",
  "yếu kém",
  // Not "yếu" alone: folded, it is also "yêu" ("yêu nước") and part of "chủ yếu".
  "loại yếu",
  "loại kém",
  "lực yếu",
  "lực kém",
  "mức yếu",
  "suy dinh dưỡng",
  "thấp còi",
  "thừa cân",
  "béo phì",
  "lưu ban",
  "cần cố gắng",
  "chưa hoàn thành",
  "chưa đạt",
  "vi phạm",
  "tai nạn",
] as const;
/** Words before a lower-is-better word that turn it round ("không có học sinh bỏ học"). */
export const LOWER_BETTER_NEGATIONS = [
  "không có",
  "không",
  "giảm",
  "hạn chế",
  "xóa",
  "xoá",
] as const;

/**
 * Verbs a label may start with ("Kết nạp quần chúng ưu tú …"): a sentence puts the figure
 * after the verb ("trong nhiệm kỳ đã kết nạp 4 quần chúng ưu tú …").
 */
export const ACTION_VERBS = [
  "kết nạp",
  "xây dựng",
  "mua sắm",
  "bồi dưỡng",
  "tổ chức",
  "đào tạo",
  "giới thiệu",
  "phát triển",
  "sửa chữa",
  "lắp đặt",
  "trang bị",
  "bổ sung",
  "tuyển dụng",
  "cải tạo",
  "làm mới",
] as const;

/**
 * Words that say what kind of body a document header names, before its proper name: an
 * administrative unit ("ỦY BAN NHÂN DÂN XÃ HÒA AN") leads its name and stays with it; a
 * kind of school or organ ("TRƯỜNG MẦM NON HÒA AN") does not. The header keeps the words
 * after the last of them on one line (outputs/draft/header-lines.ts).
 */
export const HEADER_NAME_WORDS = {
  unit: ["xã", "phường", "thị trấn", "đặc khu", "huyện", "quận", "thị xã", "thành phố", "tỉnh"],
  kind: [
    "trường",
    "mầm non",
    "mẫu giáo",
    "nhà trẻ",
    "tiểu học",
    "trung học cơ sở",
    "trung học phổ thông",
    "TH",
    "THCS",
    "THPT",
    "TH&THCS",
    "THCS&THPT",
    "liên cấp",
    "PTDTBT",
    "PTDTNT",
    "chi bộ",
    "đảng bộ",
    "đảng ủy",
    "ủy ban nhân dân",
    "phòng giáo dục và đào tạo",
    "sở giáo dục và đào tạo",
    "giáo dục và đào tạo",
  ],
} as const;

/**
 * Awards held by people, by how their name begins ("Chiến sĩ thi đua cơ sở", "Giấy khen của
 * …"): the draft counts them in comrades ("có 2 đồng chí"); other awards of people (a
 * "chuyên đề", a lesson) are said as had, not as people.
 */
export const PERSON_AWARD_WORDS = [
  "chiến sĩ thi đua",
  "CSTĐ",
  "lao động tiên tiến",
  "LĐTT",
  "bằng khen",
  "giấy khen",
  "nhà giáo",
  "giáo viên",
  "GV",
  "đảng viên",
  "cán bộ",
  "nhân viên",
] as const;
