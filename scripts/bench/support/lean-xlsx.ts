/**
 * A bare XLSX from named grids, for the roll-up bench: one worksheet per grid, strings inline,
 * numbers as numbers, no styles. The template writer takes about half a second a workbook
 * (styles, validations, formulas), which for a thousand distinct workbooks would be most of
 * the bench; this takes a few milliseconds, and the reader gives back the same grids
 * (test/writers/lean-xlsx.test.ts).
 */
import { strToU8, zipSync } from "fflate";
import type { NamedGrid } from "../../../src/core/workbook/model.js";

const xmlText = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function column(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  }
  return s;
}

function sheetXml(grid: NamedGrid): string {
  const rows = grid.values.map((row, r) => {
    const cells = row.map((v, c) => {
      const ref = `${column(c)}${r + 1}`;
      if (v === null || v === undefined || v === "") return "";
      if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      const text = v instanceof Date ? v.toISOString() : String(v);
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
    });
    return `<row r="${r + 1}">${cells.join("")}</row>`;
  });
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export function leanXlsx(grids: readonly NamedGrid[]): Uint8Array {
  const sheets = grids.map((g, k) => ({ g, n: k + 1 }));
  const files: Record<string, Uint8Array> = {
    "[Content_Types].xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map(({ n }) => `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("")}</Types>`),
    "_rels/.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    "xl/workbook.xml": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>${sheets.map(({ g, n }) => `<sheet name="${xmlText(g.name)}" sheetId="${n}" r:id="rId${n}"/>`).join("")}</sheets></workbook>`),
    "xl/_rels/workbook.xml.rels": strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map(({ n }) => `<Relationship Id="rId${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`).join("")}</Relationships>`),
  };
  for (const { g, n } of sheets) files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(g));
  return zipSync(files, { level: 1 });
}
