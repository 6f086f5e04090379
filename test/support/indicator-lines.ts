/**
 * A workbook of a few indicator rows typed the way people type them, five school years, for
 * table-driven tests of the draft's sentences: one row a domain case.
 */
import type { NamedGrid } from "../../src/core/workbook/model.js";
import type { CellValue } from "../../src/core/workbook/parse.js";

export const YEARS = ["2020-2021", "2021-2022", "2022-2023", "2023-2024", "2024-2025"];

/** [code, section, label, unit, kind, target, five results, next-term target, scope]. */
export type Line = [
  string,
  string,
  string,
  string,
  string,
  CellValue,
  CellValue[],
  CellValue?,
  CellValue?,
];

export function indicatorGrids(lines: readonly Line[], extra: NamedGrid[] = []): NamedGrid[] {
  return [
    {
      name: "Thông tin",
      values: [
        ["Mục", "Giá trị"],
        ["Các năm học", YEARS.join("; ")],
      ],
    },
    {
      name: "Chỉ tiêu",
      values: [
        [
          "Mã",
          "Mục",
          "Nội dung chỉ tiêu",
          "Đơn vị",
          "Loại chỉ tiêu",
          "Phạm vi thời gian",
          "Chỉ tiêu",
          ...YEARS.map((y) => `Kết quả ${y}`),
          "Chỉ tiêu nhiệm kỳ tới",
        ],
        ...lines.map(([code, section, label, unit, kind, target, results, next, scope]) => [
          code,
          section,
          label,
          unit,
          kind,
          scope ?? "",
          target,
          ...YEARS.map((_, k) => results[k] ?? ""),
          next ?? "",
        ]),
      ],
    },
    ...extra,
  ];
}
