/** Messages and help words of the command line (Vietnamese). */

/** What the command line says. */
import { TAB_NAMES } from "../core/index.js";

export const CLI = {
  description:
    "Tổng kết: kiểm tra bảng chỉ tiêu, xuất file Excel lưu trữ và dự thảo báo cáo tổng kết của chi bộ, nhà trường.",
  templateDescription: "Ghi file mẫu (có số liệu mẫu, hoặc để trống với --blank).",
  draftDescription:
    "Soạn dự thảo báo cáo tổng kết (Word .docx hoặc Markdown .md) từ file Excel đã điền.",
  optDraftOutput: "file sẽ ghi: .docx hoặc .md",
  optKind:
    "loại văn bản: bao-cao-nhiem-ky (báo cáo tổng kết nhiệm kỳ, mặc định), nghi-quyet (nghị quyết đại hội chi bộ), nam-hoc (báo cáo tổng kết năm học), so-ket (sơ kết giữa nhiệm kỳ)",
  optNamHoc: "năm học của báo cáo nam-hoc, ví dụ 2024-2025 (mặc định: năm học cuối có số liệu)",
  draftBadKind: (typed: string, known: string) =>
    `Không có loại văn bản "${typed}". Chọn một trong: ${known}.`,
  draftBadYear: (typed: string) => `"${typed}" không phải năm học (ghi như 2024-2025).`,
  draftYearNotInSheet: (year: string, years: string) =>
    `Bảng không có năm học ${year} (các năm học trong bảng: ${years || "chưa có"}).`,
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
  nextOnlyHeading: "Chỉ tiêu nhiệm kỳ tới (chưa đặt chỉ tiêu, chưa có kết quả nhiệm kỳ này)",
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
  didYouMean: (name: string) => `Có phải bạn muốn gõ "${name}"?`,
  repeatedOutput: (first: string, second: string) =>
    `-o chỉ được ghi một lần (đã có "${first}", lại thêm "${second}").`,
  templateBadExtension: (file: string) =>
    `"${file}": file mẫu là file Excel, tên phải có đuôi .xlsx (ví dụ tongket-mau.xlsx).`,
  exitCodesHelp: [
    "Mã thoát:",
    "  0  không có lỗi",
    "  1  bảng có lỗi (file vẫn được ghi, kèm danh sách lỗi)",
    "  2  tham số sai, không đọc được file vào hoặc không ghi được file ra",
  ].join("\n"),
} as const;

/** Placeholders of arguments and option values in the help. */
export const PLACEHOLDERS = {
  input: "[file-excel]",
  sheet: "<ID-hoặc-đường-dẫn>",
  credentials: "<file-khoá.json>",
  output: "<file-ghi-ra>",
  kind: "<loại-báo-cáo>",
  schoolYear: "<năm-học>",
  workbooks: "<file-hoặc-thư-mục...>",
  draft: "<file-dự-thảo>",
} as const;

/** A worked example closing each command's help. */
export const CLI_EXAMPLES = {
  template: [
    "Ví dụ:",
    "  tongket template --blank -o tong-ket-2025.xlsx",
    "  (ghi mẫu trống; điền vào rồi kiểm tra bằng tongket check tong-ket-2025.xlsx)",
  ].join("\n"),
  check: [
    "Ví dụ:",
    "  tongket check tong-ket-2025.xlsx",
    "  tongket check --sheet https://docs.google.com/spreadsheets/d/… --credentials khoa.json",
  ].join("\n"),
  export: [
    "Ví dụ:",
    "  tongket export tong-ket-2025.xlsx -o luu-tru-2025.xlsx",
    "  (thêm --force để ghi đè file luu-tru-2025.xlsx đã có)",
  ].join("\n"),
  "tong-hop": [
    "Ví dụ:",
    "  tongket tong-hop bao-cao-cac-truong/ -o tong-hop-2025.xlsx",
    "  tongket tong-hop a.xlsx b.xlsx c.xlsx -o tong-hop.xlsx --du-thao tong-hop.docx",
    "  (đọc lần lượt từng file; file không đọc được được liệt kê, các file khác vẫn được tổng hợp)",
  ].join("\n"),
  draft: [
    "Ví dụ:",
    "  tongket draft tong-ket-2025.xlsx -o bao-cao-2025.docx",
    "  tongket draft tong-ket-2025.xlsx -o bao-cao-2025.md   (kèm ảnh biểu đồ .png bên cạnh)",
  ].join("\n"),
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
  /** Why no answer came, by the system's code (the code itself is never shown). */
  networkReasons: {
    ECONNREFUSED: "máy chủ từ chối kết nối",
    ECONNRESET: "kết nối bị ngắt giữa chừng",
    ENOTFOUND: "không tìm thấy địa chỉ máy chủ — máy có đang nối mạng không?",
    EAI_AGAIN: "không tra được địa chỉ máy chủ — máy có đang nối mạng không?",
    ETIMEDOUT: "quá thời gian chờ trả lời",
    TimeoutError: "quá thời gian chờ trả lời",
    ENETUNREACH: "không có đường mạng tới máy chủ",
    EHOSTUNREACH: "không có đường mạng tới máy chủ",
    CERT_HAS_EXPIRED: "chứng chỉ bảo mật không hợp lệ (đồng hồ máy tính có sai không?)",
  } as Readonly<Record<string, string>>,
  networkUnknown: "không có phản hồi",
} as const;

/** Files the command line reads and writes: what went wrong, in words a user can act on. */
export const FILES = {
  isDirectory: (path: string) =>
    `"${path}" là một thư mục, không phải file. Hãy ghi cả tên file trong thư mục đó.`,
  notReadable: (file: string) => `Không có quyền đọc file "${file}".`,
  notRegular: (file: string) =>
    `"${file}" không phải một file thường (là ống dẫn, thiết bị hoặc socket): hãy chỉ tới file .xlsx đã lưu trên đĩa.`,
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
    ENOENT: "thư mục không còn nữa (đã bị xoá hoặc đổi tên?)",
    EMFILE: "máy đang mở quá nhiều file; hãy thử lại",
    EBUSY: "file đang được chương trình khác mở (Excel, Word?); hãy đóng lại rồi thử lại",
  } as Readonly<Record<string, string>>,
  /** When the system gives no code we know (the code itself is never shown). */
  unknownReason: "lỗi hệ thống khi ghi file; hãy thử lại, hoặc ghi vào thư mục khác",
  /** Renaming over a file failed the way Windows fails on a file open in Excel or Word. */
  openElsewhere:
    "file đang được mở trong chương trình khác (Excel, Word?); hãy đóng file rồi chạy lại",
  outputIsInput: (file: string, input: string) =>
    `"${file}" chính là file đầu vào "${input}": không ghi đè file đang đọc, kể cả với --force. Hãy chọn tên file khác.`,
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

/** `tongket tong-hop`: the roll-up of many schools' workbooks. */
export const ROLLUP_CLI = {
  description:
    "Tổng hợp nhiều file Excel của các chi bộ, nhà trường thành một file so sánh (và dự thảo báo cáo tổng hợp) cho cấp ủy, cơ quan quản lý giáo dục.",
  argWorkbooks: "các file .xlsx của đơn vị, hoặc thư mục chứa chúng",
  optOutput: "file sẽ ghi: .xlsx (bảng tổng hợp), hoặc .docx / .md (dự thảo báo cáo tổng hợp)",
  optDraft: "ghi thêm dự thảo báo cáo tổng hợp (.docx hoặc .md) trong cùng lần chạy",
  needOutput: "Hãy ghi tên file kết quả bằng -o TONG-HOP.xlsx (hoặc .docx, .md cho dự thảo).",
  badOutput: (file: string) =>
    `"${file}": chỉ ghi được bảng tổng hợp .xlsx, hoặc dự thảo .docx (Word) / .md (Markdown).`,
  badDraft: (file: string) =>
    `"${file}": dự thảo chỉ ghi được dạng .docx (Word) hoặc .md (Markdown).`,
  noWorkbooks: (args: string) => `Không có file .xlsx nào để tổng hợp trong: ${args}.`,
  reading: (done: number, total: number, file: string) => `Đang đọc ${done}/${total}: ${file}`,
  problem: (file: string, where: string, severity: string, message: string) =>
    `${file} › ${where} ${severity}: ${message}`,
  moreProblems: (file: string, n: number) =>
    `${file} › … và ${n} vấn đề khác (xem bằng tongket check ${file})`,
  failed: (file: string, message: string) => `${file} › không đọc được, đã bỏ qua: ${message}`,
  done: (schools: number, failed: number, common: number, byLabel: number) =>
    `Đã tổng hợp ${schools} đơn vị${failed > 0 ? `, ${failed} file không đọc được (bỏ qua)` : ""}; ${common} chỉ tiêu chung${byLabel > 0 ? `, ${byLabel} chỉ tiêu khớp theo nội dung cần xác nhận (trang "Ghi chú")` : ""}.`,
} as const;
