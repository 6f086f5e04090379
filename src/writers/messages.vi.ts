/** What the shared writers and the XLSX reader say (Vietnamese); every shell shows the same. */

export const WRITER_TEXT = {
  notXlsx: (file: string) =>
    `Không đọc được "${file}": file không phải Excel .xlsx hoặc đã hỏng. Hãy mở bằng Excel/Google Sheets và lưu lại dạng .xlsx.`,
  encryptedXlsx: (file: string) =>
    `Không đọc được "${file}": file có mật khẩu — hãy bỏ mật khẩu rồi lưu lại (Excel: Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu; LibreOffice: Tệp → Lưu thành, bỏ chọn "Lưu với mật khẩu").`,
  oldXls: (file: string) =>
    `Không đọc được "${file}": đây là file Excel 97–2003 (.xls), tongket chỉ đọc .xlsx. Nội dung không sao, chỉ cần đổi định dạng: mở file bằng Excel → Tệp → Lưu thành → chọn "Sổ làm việc Excel (*.xlsx)" (hoặc LibreOffice → Tệp → Lưu thành → "Excel 2007-365 (.xlsx)").`,
  ods: (file: string) =>
    `Không đọc được "${file}": đây là bảng tính OpenDocument (.ods), tongket chỉ đọc .xlsx. Nội dung không sao, chỉ cần đổi định dạng: mở file bằng LibreOffice Calc → Tệp → Lưu thành → chọn "Excel 2007-365 (.xlsx)" (Google Sheets: Tệp → Tải xuống → Microsoft Excel (.xlsx)).`,
  noSheets: (file: string) =>
    `Không đọc được "${file}": sổ làm việc không có trang tính nào. Hãy mở bằng Excel/LibreOffice, kiểm tra các trang (tab) rồi lưu lại.`,
  chartsOnly: (file: string) =>
    `Không đọc được "${file}": sổ làm việc chỉ có trang biểu đồ, không có trang tính chứa dữ liệu. Hãy dùng file có các tab Thông tin, Chỉ tiêu… (lệnh "tongket template" tạo file mẫu).`,
  templateTitle: (unit: string) => `Tổng kết — ${unit}`,
  blankTemplateTitle: "Tổng kết — mẫu trống",
} as const;
