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
} as const;
