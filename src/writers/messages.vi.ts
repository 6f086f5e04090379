/** What the shared writers and the XLSX reader say (Vietnamese); every shell shows the same. */

export const WRITER_TEXT = {
  notXlsx: (file: string) =>
    `Không đọc được "${file}": file không phải Excel .xlsx hoặc đã hỏng. Hãy mở bằng Excel/Google Sheets và lưu lại dạng .xlsx.`,
  templateTitle: (unit: string) => `Tổng kết — ${unit}`,
  blankTemplateTitle: "Tổng kết — mẫu trống",
} as const;
