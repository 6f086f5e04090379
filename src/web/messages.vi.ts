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
  writingDocx: "Đang ghi file Word…",
  writingZip: "Đang nén dự thảo và biểu đồ…",
  chartFailed: "trình duyệt không vẽ được biểu đồ.",
  downloadBlocked: "trình duyệt không cho tải file xuống.",
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
  /** File names: what the file is, the unit and the date. */
  draftName: (unit: string, date: string, what = "báo cáo") =>
    `Dự thảo ${what} - ${unit} - ${date}`,
  /** The report kind in a file name ("Dự thảo nghị quyết - …"), by kind id. */
  kindInName: {
    "bao-cao-nhiem-ky": "báo cáo",
    "nghi-quyet": "nghị quyết",
    "nam-hoc": "báo cáo năm học",
    "so-ket": "báo cáo sơ kết",
  },
  kindLabel: "Loại văn bản",
  /** Several files at once: the roll-up (tổng hợp) for the commune committee. */
  rollupHeadingOutputs: "Tổng hợp nhiều đơn vị",
  rollupHint:
    "Chọn (hoặc kéo thả) cùng lúc file Excel của nhiều trường, chi bộ để so sánh và tổng hợp.",
  rollupXlsx: "Tải bản tổng hợp (Excel)",
  rollupDocx: "Tải dự thảo tổng hợp (Word)",
  rollupReading: (k: number, n: number, file: string) => `Đang đọc file ${k}/${n}: "${file}"…`,
  rollupRead: (schools: number, failures: number) =>
    `Đã đọc ${schools} đơn vị${failures > 0 ? `; ${failures} file không đọc được` : ""}.`,
  rollupHeading: (schools: number, failures: number) =>
    `Tổng hợp ${schools} đơn vị${failures > 0 ? ` (${failures} file không đọc được)` : ""}`,
  rollupHeaders: ["File", "Đơn vị", "Lỗi", "Cảnh báo", "Không đọc được vì"] as const,
  whatRollup: "bản tổng hợp",
  rollupName: (date: string) => `Tổng hợp các đơn vị - ${date}`,
  rollupDraftName: (date: string) => `Dự thảo báo cáo tổng hợp - ${date}`,
  yearLabel: "Năm học",
  noYears: "(bảng tính chưa có năm học nào)",
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
  ready: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "Dữ liệu đã sẵn sàng."
      : `Có ${errors} lỗi, ${warnings} cảnh báo: file vẫn tạo được, nhưng nên sửa trước.`,
  downloadDocx: "Tải về (Word)",
  downloadXlsx: "Tải bản lưu trữ (Excel)",
  saveXlsx: "Lưu vào Google Drive",
  savingXlsx: "Đang lưu bản lưu trữ vào Google Drive…",
  xlsxReady: "Đã lưu bản lưu trữ vào Google Drive:",
  openFile: "Mở file",
  fallbackLink: (file: string) => `Bấm chuột phải vào đây, chọn "Lưu liên kết thành…": ${file}`,
  noData:
    "Hộp thoại không nhận được dữ liệu của bảng tính. Hãy đóng hộp thoại và chọn lại mục trong menu Tổng kết.",
  goToDone: (where: string) => `Đã mở ô ${where} trong bảng tính.`,
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
    'hãy bấm "Tạo Google Doc" để lưu dự thảo vào Google Drive của bạn, hoặc lưu liên kết dưới đây.',
  archiveRefused:
    'hãy bấm "Lưu vào Google Drive" để lưu bản lưu trữ vào Google Drive của bạn, hoặc lưu liên kết dưới đây.',
  readFailed: (message: string) => `Không đọc được bảng tính: ${message}`,
  docFailed: (message: string) =>
    `Không tạo được Google Doc: ${message} Bạn vẫn có thể bấm "Tải về (Word)" để lấy file Word.`,
  xlsxFailed: (message: string) =>
    `Không lưu được vào Google Drive: ${message} Bạn vẫn có thể bấm "Tải bản lưu trữ (Excel)".`,
} as const;
