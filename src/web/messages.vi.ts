/** What the offline page and the add-on's dialog say (Vietnamese). */

export const WEB = {
  pageTitle: "Tổng kết — làm báo cáo từ file Excel",
  heading: "Tổng kết",
  intro:
    "Chọn file Excel (.xlsx) của bảng chỉ tiêu: trang này kiểm tra số liệu, đánh giá từng chỉ tiêu và soạn dự thảo báo cáo, bản lưu trữ. Mọi việc làm ngay trên máy này; file không được gửi đi đâu, không cần mạng.",
  pick: "Chọn file Excel (.xlsx)",
  dropHere: "…hoặc kéo file Excel thả vào đây.",
  templatesHeading: "Chưa có file? Tải file mẫu",
  templateBlank: "Tải mẫu trống (Excel)",
  templateSample: "Tải mẫu có số liệu ví dụ (Excel)",
  reading: (file: string) => `Đang đọc "${file}"…`,
  readDone: (file: string, unit: string) => `Đã đọc "${file}"${unit ? ` — ${unit}` : ""}.`,
  problemsHeading: (errors: number, warnings: number, notes: number) =>
    `Vấn đề cần xem: ${errors} lỗi, ${warnings} cảnh báo, ${notes} lưu ý`,
  noProblems: "Không có vấn đề nào. Dữ liệu đã sẵn sàng.",
  problemHeaders: ["Mức", "Trang", "Ô", "Nội dung"] as const,
  judgementsHeading: "Đánh giá chỉ tiêu",
  noIndicators: "Chưa có chỉ tiêu nào để đánh giá.",
  outputsHeading: "Tải về",
  draftDocx: "Tải dự thảo (Word)",
  draftMd: "Tải dự thảo (Markdown)",
  archiveXlsx: "Tải bản lưu trữ (Excel)",
  building: (what: string) => `Đang tạo ${what}…`,
  drawingCharts: "Đang vẽ biểu đồ…",
  built: (file: string) => `Đã tạo "${file}". Nếu trình duyệt hỏi, hãy chọn Lưu.`,
  whatDraft: "dự thảo báo cáo",
  whatArchive: "bản lưu trữ",
  whatTemplate: "file mẫu",
  failed: (message: string) =>
    `Không làm được: ${message} Dữ liệu của bạn không bị thay đổi; hãy thử lại, hoặc báo cho người phụ trách.`,
  unexpected: "đã xảy ra lỗi không mong đợi.",
  missingMarked:
    "Chỗ nào thiếu số liệu được đánh dấu [chưa có số liệu: …] trong dự thảo (tô vàng trong Word).",
  offline: "Trang này chạy hoàn toàn trên máy, không cần mạng.",
  /** File names: the unit and the date say what the file is. */
  draftName: (unit: string, date: string) => `Dự thảo báo cáo - ${unit} - ${date}`,
  archiveName: (unit: string, date: string) => `Lưu trữ tổng kết - ${unit} - ${date}`,
  blankTemplateName: "Tổng kết - mẫu trống.xlsx",
  sampleTemplateName: "Tổng kết - mẫu có số liệu.xlsx",
  noUnit: "chưa có tên đơn vị",
} as const;

/** The add-on's dialog (draft, archive, Google Doc). */
export const DIALOG = {
  titleDraft: "Tạo dự thảo báo cáo",
  titleArchive: "Xuất bản lưu trữ (Excel)",
  titleDoc: "Tạo Google Doc",
  readingSheet: "Đang đọc bảng tính…",
  problemsFirst: "Trước khi tải về, hãy xem các vấn đề sau (bấm để tới ô):",
  goTo: "Đi tới ô",
  goToTab: "Mở trang",
  goToFailed: "Không mở được ô này:",
  download: "Tải về",
  makeDoc: "Tạo Google Doc",
  savingDoc: "Đang lưu vào Google Drive và chuyển thành Google Doc…",
  docReady: "Đã tạo Google Doc:",
  openDoc: "Mở Google Doc",
  downloadStarted: (file: string) =>
    `Đã gửi "${file}" cho trình duyệt tải về. Nếu không thấy file tải về, trình duyệt có thể đã chặn việc tải từ hộp thoại này:`,
  downloadRefused:
    'hãy bấm "Tạo Google Doc" để lưu dự thảo vào Google Drive của bạn, rồi mở và tải về từ đó (Tệp → Tải xuống).',
  archiveRefused:
    "hãy tải bản lưu trữ từ Google Sheets (Tệp → Tải xuống → Microsoft Excel), hoặc dùng trang Tổng kết ngoại tuyến với file đó.",
  readFailed: (message: string) => `Không đọc được bảng tính: ${message}`,
  docFailed: (message: string) =>
    `Không tạo được Google Doc: ${message} Bạn vẫn có thể bấm "Tải về" để lấy file Word.`,
} as const;
