/** Synthetic workbooks of any size for the benchmarks, built from the bundled sample. */
import { SAMPLE } from "../../../src/core/workbook/sample/hoa-binh.js";
import type { TemplateData } from "../../../src/core/workbook/template.js";

/** The sample's indicators repeated with fresh codes and groups until there are `n`. */
export function bigWorkbook(n: number): TemplateData {
  const base = SAMPLE.rows.indicators ?? [];
  const indicators = [];
  const results: Record<string, readonly unknown[]> = {};
  for (let k = 0; k < n; k++) {
    const row = base[k % base.length]!;
    const round = Math.floor(k / base.length);
    const code = `${row.code}-${round}`;
    const parent = row.parent ? `${row.parent}-${round}` : "";
    indicators.push({ ...row, code, parent, group: row.group ? `${row.group} ${round}` : "" });
    const r = SAMPLE.results?.[String(row.code)];
    if (r) results[code] = r;
  }
  return { ...SAMPLE, rows: { ...SAMPLE.rows, indicators }, results } as TemplateData;
}
