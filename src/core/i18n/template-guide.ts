/**
 * What the template says to the person who first opens it: the "Hướng dẫn" tab (what to fill,
 * in which order) and the input messages of its dropdowns. The XLSX template and the add-on's
 * set-up both show these words, so they live here once.
 */
import { HEADERS, INFO_KEYS, TAB_NAMES } from "../vocabulary/vi.js";

const tab = (name: string) => `"${name}"`;

export const TEMPLATE_GUIDE = {
  title: "Hướng dẫn điền bảng tính Tổng kết — điền lần lượt theo thứ tự dưới đây",
  /** Five steps, in the order a secretary fills the tabs. */
  steps: [
    `1. Trang ${tab(TAB_NAMES.info)}: ghi ${INFO_KEYS.unitName.toLowerCase()}, ${INFO_KEYS.schoolName.toLowerCase()}, ${INFO_KEYS.term.toLowerCase()} và "${INFO_KEYS.schoolYears}" (ví dụ 2025-2026; 2026-2027); mỗi năm học có một cột "${HEADERS.resultPrefix} …" ở trang ${tab(TAB_NAMES.indicators)}.`,
    `2. Trang ${tab(TAB_NAMES.indicators)}: mỗi dòng một chỉ tiêu — ${HEADERS.code}, ${HEADERS.label.toLowerCase()}, ${HEADERS.kind.toLowerCase()}, chỉ tiêu đề ra, rồi kết quả từng năm học (gõ như thường viết: 99,3%, 13, 1.157.274.000).`,
    `3. Các trang ${tab(TAB_NAMES.awards)}, ${tab(TAB_NAMES.members)}, ${tab(TAB_NAMES.funding)}: mỗi dòng một giải, một mục, một khoản; ở các cột có danh sách, chọn trong danh sách thả xuống.`,
    `4. Trang ${tab(TAB_NAMES.texts)}: các đoạn văn tự viết (thuận lợi, khó khăn, bài học kinh nghiệm…) cho từng mục của báo cáo.`,
    `5. Không gõ vào các cột tô xám (${HEADERS.judgement}, ${HEADERS.trend}…): Tổng kết tự tính. Điền xong, kiểm tra dữ liệu (menu Tổng kết trên Google Sheets, hoặc trang tongket trên máy) để xem lỗi ở từng ô, rồi xuất file lưu trữ và dự thảo báo cáo.`,
  ],
  /** Input message of a dropdown that also accepts the other names people use. */
  choiceHelp:
    "Chọn trong danh sách, hoặc gõ cách gọi khác; Tổng kết sẽ hiểu các cách gọi quen thuộc.",
  /** Input message of a dropdown whose other values are flagged. */
  strictChoiceHelp: "Chọn một giá trị trong danh sách; giá trị khác sẽ bị báo cảnh báo.",
  /** Warning shown when a value outside a strict list is typed (Excel and LibreOffice). */
  strictChoiceErrorTitle: "Không có trong danh sách",
  strictChoiceError: (header: string) =>
    `Giá trị này không có trong danh sách "${header}". Chọn Có (Yes) để vẫn giữ, Không (No) để sửa lại.`,
} as const;
