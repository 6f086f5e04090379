/**
 * Words of the report kinds' outlines: titles, summary lines and headings that name a slot
 * (`{nhiem_ky}`: filled from Thông tin, see outputs/draft/outline.ts). The headings the term
 * report shares with the others stay in DRAFT (messages.ts).
 */
export const KIND_TEXTS = {
  report: "BÁO CÁO",
  term: {
    label: "Báo cáo tổng kết nhiệm kỳ của Chi bộ",
    summaryResults: "Tổng kết thực hiện Nghị quyết Chi bộ nhiệm kỳ {nhiem_ky}",
    summaryNext: "Phương hướng, nhiệm vụ, giải pháp nhiệm kỳ {nhiem_ky_toi}",
    opening:
      "{ten_chi_bo} trình bày Báo cáo kết quả thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ {nhiem_ky}; phương hướng, nhiệm vụ, giải pháp nhiệm kỳ {nhiem_ky_toi} như sau:",
    part1Title: "TỔNG KẾT THỰC HIỆN NGHỊ QUYẾT CHI BỘ NHIỆM KỲ {nhiem_ky}",
    part2Title: "KIỂM ĐIỂM CỦA TẬP THỂ CHI ỦY NHIỆM KỲ {nhiem_ky}",
    part3Title: "PHƯƠNG HƯỚNG, NHIỆM VỤ, GIẢI PHÁP NHIỆM KỲ {nhiem_ky_toi}",
  },
  resolution: {
    label: "Nghị quyết Đại hội Chi bộ",
    title: "NGHỊ QUYẾT",
    summary: "Đại hội {ten_chi_bo} nhiệm kỳ {nhiem_ky_toi}",
    congress: "ĐẠI HỘI {ten_chi_bo}",
    congressTerm: "NHIỆM KỲ {nhiem_ky_toi}",
    opening:
      "Đại hội {ten_chi_bo} nhiệm kỳ {nhiem_ky_toi} họp {ngay_dai_hoi}, có {dang_vien_co_mat}/{dang_vien_trieu_tap} đảng viên được triệu tập có mặt. Sau khi thảo luận Báo cáo chính trị của Chi ủy về kết quả thực hiện Nghị quyết nhiệm kỳ {nhiem_ky} và phương hướng, nhiệm vụ nhiệm kỳ {nhiem_ky_toi},",
    decides: "QUYẾT NGHỊ:",
    approveReport:
      "Tán thành những nội dung cơ bản của Báo cáo chính trị về kết quả thực hiện Nghị quyết nhiệm kỳ {nhiem_ky}",
    goalsAndTargets: "Mục tiêu và các chỉ tiêu chủ yếu nhiệm kỳ {nhiem_ky_toi}",
    tasks: "Nhiệm vụ và giải pháp",
    approveReview: "Tán thành Báo cáo kiểm điểm của Chi ủy nhiệm kỳ {nhiem_ky}",
    election: "Kết quả bầu cử",
    implementation: "Tổ chức thực hiện",
    implementationText:
      "Đại hội giao Chi ủy nhiệm kỳ {nhiem_ky_toi} cụ thể hoá Nghị quyết thành chương trình hành động, lãnh đạo nhà trường và các đoàn thể tổ chức thực hiện; mỗi đảng viên gương mẫu thực hiện thắng lợi Nghị quyết.",
    adopted:
      "Nghị quyết được Đại hội {ten_chi_bo} nhiệm kỳ {nhiem_ky_toi} thông qua {ngay_dai_hoi}.",
    onBehalf: "T/M ĐOÀN CHỦ TỊCH",
  },
  year: {
    label: "Báo cáo tổng kết năm học của nhà trường",
    nation: "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    motto: "Độc lập - Tự do - Hạnh phúc",
    summary: "Tổng kết năm học {nam_hoc}",
    opening:
      "{ten_truong} báo cáo kết quả thực hiện nhiệm vụ năm học {nam_hoc} và phương hướng, nhiệm vụ năm học tới như sau:",
    situation: "ĐẶC ĐIỂM TÌNH HÌNH",
    results: "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM HỌC {nam_hoc}",
    assessment: "ĐÁNH GIÁ CHUNG",
    nextYear: "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM HỌC TỚI",
    /** "Nơi nhận" when Thông tin's "Nơi nhận (trường)" is empty (NĐ 30: "Lưu: VT"). */
    recipients: ["{co_quan_quan_ly} (để báo cáo)", "Lưu: VT"],
    defaultSignerTitle: "HIỆU TRƯỞNG",
    points: " điểm phần trăm",
    same: "bằng năm học trước",
    up: (d: string) => `tăng ${d} so với năm học trước`,
    down: (d: string) => `giảm ${d} so với năm học trước`,
    rankUp: (d: string) => `tăng ${d} bậc so với năm học trước`,
    rankDown: (d: string) => `giảm ${d} bậc so với năm học trước`,
    column: (y: string) => `Năm học ${y}`,
    before: "Năm học trước",
  },
  midterm: {
    label: "Báo cáo sơ kết giữa nhiệm kỳ của Chi bộ",
    summary: "Sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội {ten_chi_bo} nhiệm kỳ {nhiem_ky}",
    opening:
      "{ten_chi_bo} sơ kết kết quả nửa đầu nhiệm kỳ thực hiện Nghị quyết Đại hội chi bộ nhiệm kỳ {nhiem_ky} như sau:",
    results: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NGHỊ QUYẾT",
    indicators: "Các chỉ tiêu so với Nghị quyết",
    party: "Công tác xây dựng Chi bộ",
    limits: "HẠN CHẾ, NGUYÊN NHÂN",
    tasks: "NHIỆM VỤ, GIẢI PHÁP NỬA NHIỆM KỲ CÒN LẠI",
    tableHeaders: ["Chỉ tiêu Nghị quyết đề ra", "Thực hiện đến nay", "Tiến độ", "Còn phải đạt"],
    progress: {
      onTrack: "Đúng tiến độ",
      behind: "Chậm tiến độ",
      reached: "Đã đạt",
      notDue: "Chưa đến hạn",
      noData: "Chưa có số liệu",
      gap: "Thiếu số liệu",
    },
    soFar: (n: string) => `đến nay ${n}`,
    nothingLeft: "–",
    shortYears: (years: string) => `năm học ${years} chưa đạt`,
    keepLevel: (target: string) => `giữ ${target} các năm còn lại`,
    behindIntro: "Theo số liệu, các chỉ tiêu sau đang chậm tiến độ:",
    fillYears: (years: string) => `bổ sung số liệu năm học ${years}`,
    gapIntro: "Các chỉ tiêu sau còn thiếu số liệu, chưa đánh giá được tiến độ:",
    gapYears: (years: string) => `năm học ${years} chưa có số liệu`,
  },
} as const;

/** Problems of the "Mẫu báo cáo" tab. */
export const OUTLINE_MESSAGES = {
  badLevel: (typed: string) =>
    `Cấp đề mục "${typed}" không dùng được: ghi 1 (phần), 2 (I, II…), 3 (1, 2…) hoặc 4 (1.1…). Dòng này bị bỏ qua.`,
  noHeading: "Dòng có cấp đề mục nhưng chưa ghi đề mục; dòng này bị bỏ qua.",
  badContent: (typed: string) =>
    `Nội dung "${typed}" không có trong danh sách chọn; dòng này bị bỏ qua.`,
  untakenSection: (section: string) =>
    `Mục chỉ tiêu "${section}" có số liệu nhưng không đề mục nào trong "Mẫu báo cáo" nhận: các chỉ tiêu này không có trong dự thảo.`,
  /** The rows of Chỉ tiêu with no "Mục", named as a section in the warning above. */
  unsortedRows: "(các dòng chưa ghi mục)",
  untakenText: (key: string) =>
    `Nội dung "${key}" đã viết nhưng không đề mục nào trong "Mẫu báo cáo" nhận: đoạn này không có trong dự thảo.`,
} as const;
