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
  /** The same input message as the XLSX template's dropdowns. */
  choiceHelp: TEMPLATE_GUIDE.choiceHelp,
  summaryNote: "Trang do Tổng kết tạo lại mỗi lần chạy; không nhập số liệu ở đây.",
} as const;
