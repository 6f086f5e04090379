/** Messages of the Sheets add-on (Vietnamese). */

/** What the Google Sheets add-on says: menu, toasts, dialogs. */
import { TAB_NAMES, TEMPLATE_GUIDE } from "../core/index.js";

export const ADDON = {
  menuTitle: "Tổng kết",
  menuSetUp: "Thiết lập / sửa bảng tính",
  menuCompute: "Tính kết quả và tổng hợp",
  menuFormat: "Định dạng (màu đánh giá, số)",
  menuCheck: "Kiểm tra dữ liệu",
  menuCharts: "Vẽ biểu đồ",
  menuUpdateAll: "Cập nhật tất cả (tính, định dạng, biểu đồ)",
  menuOutline: "Tạo Mẫu báo cáo",
  menuDraft: "Tạo dự thảo báo cáo",
  menuArchive: "Xuất bản lưu trữ (Excel)",
  menuGoogleDoc: "Tạo Google Doc",
  dialogMissing:
    'Không tìm thấy hộp thoại của Tổng kết (file "dialog" của dự án Apps Script). Người phụ trách cần đưa lại mã lên (npm run push).',
  noDrive:
    "Dịch vụ Google Drive chưa được bật cho Tổng kết. Người phụ trách cần đưa lại mã lên (npm run push) để bật dịch vụ Drive.",
  badUpload: "Tổng kết không nhận được file hợp lệ từ hộp thoại; hãy thử lại.",
  driveFailed: (message: string) => `Google Drive không lưu được file: ${message}`,
  toastTitle: "Tổng kết",
  busy: "Một người khác đang chạy Tổng kết trên bảng tính này. Vui lòng đợi một lát rồi thử lại; chưa có gì được ghi.",
  failed: (reason: string) =>
    `Tổng kết gặp lỗi và đã dừng: ${reason}\nDữ liệu đã nhập không bị thay đổi. Hãy thử lại hoặc báo cho người phụ trách.`,
  errorTimeout:
    "Google Sheets phản hồi quá chậm hoặc thao tác chạy quá thời gian cho phép. Hãy thử lại; nếu bảng tính rất lớn, chạy riêng từng mục (Tính kết quả, Định dạng, Vẽ biểu đồ).",
  errorQuota:
    "đã vượt hạn mức sử dụng mà Google cho phép trong một khoảng thời gian. Hãy đợi vài phút (có khi đến hôm sau) rồi thử lại.",
  errorProtected:
    'có trang hoặc vùng ô đang được bảo vệ mà tài khoản của bạn không được sửa. Hãy nhờ chủ bảng tính cấp quyền (Dữ liệu → "Trang tính và dải ô được bảo vệ").',
  errorTooBig:
    "bảng tính đã chạm giới hạn số ô của Google Sheets (10 triệu ô). Hãy xoá bớt các trang, hàng hoặc cột trống không dùng rồi thử lại.",
  errorPermission:
    'tài khoản của bạn chưa có đủ quyền: cần quyền chỉnh sửa bảng tính này và đã bấm "Cho phép" khi Tổng kết hỏi quyền lần đầu.',
  errorService: "Google Sheets đang tạm gặp sự cố khi mở bảng tính. Hãy đợi một lát rồi thử lại.",
  errorUnknown:
    'đã xảy ra lỗi không lường trước. Chi tiết kỹ thuật đã được ghi vào nhật ký (Apps Script → "Lượt thực thi") để người phụ trách xem.',
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
  outlinePrompt: (labels: readonly string[]) =>
    `Trang "${TAB_NAMES.outline}" sẽ được tạo với dàn ý mặc định của một loại báo cáo, để sửa tuỳ ý (đổi thứ tự, đổi tên, bỏ hay thêm đề mục). Ghi số của loại báo cáo (để trống là 1):\n${labels.map((l, i) => `${i + 1}. ${l}`).join("\n")}`,
  outlineBadKind: (answer: string, labels: readonly string[]) =>
    `"${answer}" không phải loại báo cáo nào; chưa có gì được ghi. Hãy chạy lại và ghi một số từ 1 đến ${labels.length} (${labels.join("; ")}).`,
  outlineExists: `Bảng tính đã có trang "${TAB_NAMES.outline}"; Tổng kết không ghi đè trang này. Muốn lấy lại dàn ý mặc định, hãy đổi tên hoặc xoá trang đó rồi chạy lại.`,
  outlineDone: (label: string, rows: number) =>
    `Đã tạo trang "${TAB_NAMES.outline}" theo dàn ý "${label}" (${rows} dòng). Dự thảo báo cáo sẽ theo trang này.`,
  formatDone: "Đã định dạng số, màu đánh giá và dòng tiêu đề.",
  updateAllDone: (indicators: number, errors: number, warnings: number, charts: number) =>
    `Đã cập nhật tất cả: tính ${indicators} chỉ tiêu, định dạng, vẽ ${charts} biểu đồ. Có ${errors} lỗi, ${warnings} cảnh báo (xem "Kiểm tra dữ liệu").`,
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
  /** The same input message as the XLSX template's dropdowns. */
  choiceHelp: TEMPLATE_GUIDE.choiceHelp,
  summaryNote: "Trang do Tổng kết tạo lại mỗi lần chạy; không nhập số liệu ở đây.",
} as const;
